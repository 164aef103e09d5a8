package estrado.present.ink;

import estrado.present.CanvasLayer;
import estrado.present.SlideViewport;
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
        return canvas.getChildren().stream().map(Polyline.class::cast).toList();
    }

    private void redraw() {
        if (liveOf != null) {
            liveOf.xy().removeListener(grow);
        }
        liveOf = null;
        live = null;
        Page here = page.getValue();
        List<Polyline> lines = new java.util.ArrayList<>();
        if (here != null) {
            for (InkStroke s : ink.on(here)) {
                Polyline line = line(s.tool(), s.colour(), s.width());
                Double[] xy = new Double[s.points().size() * 2];
                for (int i = 0; i < s.points().size(); i++) {
                    xy[2 * i] = s.points().get(i).x();
                    xy[2 * i + 1] = s.points().get(i).y();
                }
                line.getPoints().setAll(xy); // one change, not one per point
                lines.add(dotIfOne(line));
            }
            Ink.Drawing d = ink.drawingProperty().get();
            if (d != null && d.page().slideId().equals(here.slideId()) && d.page().step() <= here.step()) {
                live = line(d.tool(), d.colour(), d.width());
                live.getPoints().setAll(d.xy());
                dotIfOne(live);
                liveOf = d;
                d.xy().addListener(grow);
                lines.add(live);
            }
        }
        canvas.getChildren().setAll(lines);
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

    private static Polyline line(InkStroke.Tool tool, String colour, double width) {
        Polyline line = new Polyline();
        line.getStyleClass().add(tool == InkStroke.Tool.HIGHLIGHTER ? "ink-highlighter" : "ink-pen");
        line.setStroke(Color.web(colour));
        line.setStrokeWidth(width);
        line.setOpacity(tool.opacity());
        line.setFill(null);
        line.setStrokeLineCap(StrokeLineCap.ROUND);
        line.setStrokeLineJoin(StrokeLineJoin.ROUND);
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
