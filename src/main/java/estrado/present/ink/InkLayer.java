package estrado.present.ink;

import estrado.present.canvas.CanvasLayer;
import estrado.present.canvas.SlideViewport;
import estrado.timing.InkStroke;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * Draws the ink of the page on screen over a live slide view: one line per stroke, in canvas pixels, so a stroke
 * covers the same words in every window and follows a zoom. The stroke being drawn grows point by point. It lives
 * only in live views: exports draw ink from a run file, thumbnails never.
 */
public final class InkLayer extends CanvasLayer {
    private final Ink ink;
    private final ObservableValue<Page> page;
    private final ListChangeListener<Double> grow = this::growLive;
    private Polyline live;
    private Ink.Drawing liveOf;

    public InkLayer(Ink ink, SlideViewport viewport, ObservableValue<Page> page) {
        super(viewport);
        this.ink = ink;
        this.page = page;
        getStyleClass().add("ink-layer");
        ink.strokes().addListener((ListChangeListener<InkStroke>) c -> redraw());
        page.addListener((o, a, b) -> redraw());
        ink.drawingProperty().addListener((o, a, b) -> redraw());
        redraw();
    }

    /** The lines on screen now, the stroke being drawn last (tests compare their canvas points across windows). */
    public List<Polyline> lines() {
        return canvas.getChildren().stream().filter(javafx.scene.Node::isVisible).map(Polyline.class::cast).toList();
    }

    /**
     * Shows the page's strokes in the lines this layer already has, adding lines only when a page has more strokes
     * than any before it. A slide change thus styles no new node (a new node costs a CSS pass against every
     * stylesheet of the window), and the lines kept are as many as the most strokes one page had; the spare ones
     * are hidden and hold no points.
     */
    private void redraw() {
        if (liveOf != null) {
            liveOf.xy().removeListener(grow);
        }
        liveOf = null;
        live = null;
        Page here = page.getValue();
        int used = 0;
        if (here != null) {
            for (InkStroke s : ink.on(here)) {
                Double[] xy = new Double[s.points().size() * 2];
                for (int i = 0; i < s.points().size(); i++) {
                    xy[2 * i] = s.points().get(i).x();
                    xy[2 * i + 1] = s.points().get(i).y();
                }
                Polyline line = line(used++, s.tool(), s.colour(), s.width());
                line.getPoints().setAll(xy); // one change, not one per point
                dotIfOne(line);
            }
            Ink.Drawing d = ink.drawingProperty().get();
            if (d != null && d.page().slideId().equals(here.slideId()) && d.page().step() <= here.step()) {
                live = line(used++, d.tool(), d.colour(), d.width());
                live.getPoints().setAll(d.xy());
                dotIfOne(live);
                liveOf = d;
                d.xy().addListener(grow);
            }
        }
        List<javafx.scene.Node> all = canvas.getChildren();
        for (int i = used; i < all.size(); i++) {
            Polyline spare = (Polyline) all.get(i);
            spare.setVisible(false);
            spare.getPoints().clear();
        }
    }

    /** Points added to the stroke being drawn: appended, the other lines untouched. */
    private void growLive(ListChangeListener.Change<? extends Double> c) {
        List<Double> xy = liveOf.xy();
        while (c.next()) {
            if (c.wasAdded() && c.getFrom() == 2 && live.getPoints().size() == 4) {
                live.getPoints().remove(2, 4); // the dot the first point alone was drawn as
            }
            if (c.wasAdded() && live.getPoints().size() == c.getFrom()) {
                live.getPoints().addAll(c.getAddedSubList()); // only the new points: a long stroke stays cheap
            } else {
                live.getPoints().setAll(xy);
            }
        }
        dotIfOne(live);
    }

    /** The {@code i}-th line of the layer, made if the layer has fewer, shown with this look. */
    private Polyline line(int i, InkStroke.Tool tool, String colour, double width) {
        if (i == canvas.getChildren().size()) {
            Polyline made = new Polyline();
            made.getStyleClass().add("ink-line");
            made.setFill(null);
            made.setStrokeLineCap(StrokeLineCap.ROUND);
            made.setStrokeLineJoin(StrokeLineJoin.ROUND);
            canvas.getChildren().add(made);
        }
        Polyline line = (Polyline) canvas.getChildren().get(i);
        // the tool's opacity goes into the colour, not the node: a translucent node is drawn into a picture of its
        // own first and then blended, a translucent colour is blended as it is drawn (the same pixels, one pass)
        Color c = Color.web(colour);
        line.setStroke(Color.color(c.getRed(), c.getGreen(), c.getBlue(), c.getOpacity() * tool.opacity()));
        line.setStrokeWidth(width);
        line.setVisible(true);
        return line;
    }

    /** A tap leaves one point: drawn as a dot (a zero-length line with round ends draws nothing). */
    private static Polyline dotIfOne(Polyline line) {
        if (line.getPoints().size() == 2) {
            line.getPoints().addAll(line.getPoints().get(0) + 0.01, line.getPoints().get(1));
        }
        return line;
    }
}
