package estrado.export;

import estrado.render.SlideCanvas;
import java.io.IOException;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.shape.StrokeType;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.scene.transform.Affine;
import javafx.scene.transform.NonInvertibleTransformException;
import javafx.scene.transform.Transform;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws a laid-out slide (its JavaFX nodes) into a PDF page as vectors: boxes, borders and rules as
 * paths, text as real text in the embedded font at the positions JavaFX chose, pictures as the
 * deck's own image files. What has no vector form here (a canvas, a widget's controls, effects,
 * unusual paints) is drawn as pixels at {@value #RASTER_SCALE}× with its text laid over invisibly,
 * so it can still be selected and searched.
 *
 * <p>Over 350 lines on purpose: it is one walk of the node tree under one PDF graphics state (clip, opacity,
 * transform); the kinds of node are sections of that walk, and split apart they would pass its state everywhere.
 */
final class SlidePainter {
    static final double RASTER_SCALE = 2;
    /** Slant of a synthesised oblique (about 11°), for faces we do not bundle in italic. */
    private static final float SLANT = 0.2f;

    private final PdfFonts fonts;
    private final PdfImages images;
    private final TextLines lines = new TextLines();
    private PdfCanvas canvas;
    private int rasterized;

    SlidePainter(PdfFonts fonts, PdfImages images) {
        this.fonts = fonts;
        this.images = images;
    }

    /** Must run on the JavaFX thread, on a node that is laid out. */
    void paint(Node root, PdfCanvas target) throws IOException {
        this.canvas = target;
        node(root, new Affine(), null, 1);
    }

    /** How many parts of the slides so far had to be drawn as pixels (for the benchmark and tests). */
    int rasterized() {
        return rasterized;
    }

    private void node(Node n, Affine parent, Bounds clip, double alpha) throws IOException {
        if (!n.isVisible() || n.getOpacity() <= 0) {
            return;
        }
        Affine t = parent.clone();
        t.append(n.getLocalToParentTransform());
        double a = alpha * n.getOpacity();
        Bounds c = clip;
        if (n.getClip() != null) {
            Bounds local = rectangleClip(n.getClip());
            if (local == null || !axisAligned(t)) {
                raster(n, parent, clip, alpha);
                return;
            }
            c = PdfCanvas.intersect(c, PdfCanvas.toSlide(t, local.getMinX(), local.getMinY(), local.getWidth(), local.getHeight()));
        }
        if (c != null) {
            Bounds mine = n.getBoundsInLocal();
            if (c.getWidth() <= 0 || c.getHeight() <= 0
                    || !PdfCanvas.toSlide(t, mine.getMinX(), mine.getMinY(), mine.getWidth(), mine.getHeight()).intersects(c)) {
                return;
            }
        }
        if (n.getEffect() != null || !vectorisable(n) || n.getStyleClass().contains("math-view")) {
            // a typeset formula is a canvas: pixels, with its readable form as the searchable text
            raster(n, parent, clip, alpha);
            return;
        }
        if (n instanceof Region r) {
            region(r, t, c, a);
        }
        if (n instanceof TextFlow flow) {
            text(lines.of(flow), t, c, a, false);
        } else if (n instanceof Text text) {
            text(lines.of(text), t, c, a, false);
        } else if (n instanceof ImageView view) {
            image(view, t, c, a);
        } else if (n instanceof Rectangle rect) {
            rectangle(rect, t, c, a);
        } else if (n instanceof Line line) {
            line(line, t, c, a);
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                if (!(n instanceof TextFlow && child instanceof Text)) {
                    node(child, t, c, a);
                }
            }
        }
    }

    private static boolean vectorisable(Node n) {
        if (n instanceof Control) {
            return n instanceof Label && ((Label) n).getGraphic() == null;
        }
        if (n instanceof Region r) {
            return r.getShape() == null;
        }
        if (n instanceof ImageView v) {
            return v.getViewport() == null && v.getImage() != null;
        }
        if (n instanceof Rectangle r) {
            return paintable(r.getFill()) && paintable(r.getStroke());
        }
        if (n instanceof Line l) {
            return paintable(l.getStroke());
        }
        return n instanceof Text || n instanceof Group;
    }

    private static boolean paintable(Paint p) {
        return p == null || p instanceof Color;
    }

    private static boolean axisAligned(Affine t) {
        return Math.abs(t.getMxy()) < 1e-9 && Math.abs(t.getMyx()) < 1e-9;
    }

    private static Bounds rectangleClip(Node clip) {
        if (clip instanceof Rectangle r && r.getArcWidth() == 0 && r.getArcHeight() == 0 && r.getClip() == null
                && r.getLocalToParentTransform().isIdentity()) {
            return new javafx.geometry.BoundingBox(r.getX(), r.getY(), r.getWidth(), r.getHeight());
        }
        return null;
    }

    // ---- boxes -------------------------------------------------------------------------------

    private void region(Region r, Affine t, Bounds c, double a) throws IOException {
        Background bg = r.getBackground();
        Border border = r.getBorder();
        boolean plainBg = bg == null || (bg.getImages().isEmpty() && bg.getFills().stream().allMatch(f -> f.getFill() instanceof Color));
        boolean plainBorder = border == null || (border.getImages().isEmpty() && border.getStrokes().stream().allMatch(
                s -> paintable(s.getTopStroke()) && paintable(s.getRightStroke()) && paintable(s.getBottomStroke())
                        && paintable(s.getLeftStroke())));
        if (!plainBg || !plainBorder) {
            boxAsPixels(r, t, c, a);
            return;
        }
        double w = r.getWidth();
        double h = r.getHeight();
        if (bg != null) {
            for (BackgroundFill f : bg.getFills()) {
                Color col = (Color) f.getFill();
                if (col.getOpacity() <= 0) {
                    continue;
                }
                Insets in = f.getInsets();
                canvas.begin(t, c, a * col.getOpacity());
                canvas.fillColor(col);
                canvas.roundRect(in.getLeft(), in.getTop(), w - in.getLeft() - in.getRight(), h - in.getTop() - in.getBottom(),
                        radii(f.getRadii(), w, h, 0));
                canvas.cs.fill();
                canvas.end();
            }
        }
        if (border != null) {
            for (BorderStroke s : border.getStrokes()) {
                stroke(s, w, h, t, c, a);
            }
        }
    }

    private void stroke(BorderStroke s, double w, double h, Affine t, Bounds c, double a) throws IOException {
        BorderWidths bw = s.getWidths();
        double top = side(bw.getTop(), bw.isTopAsPercentage(), h);
        double right = side(bw.getRight(), bw.isRightAsPercentage(), w);
        double bottom = side(bw.getBottom(), bw.isBottomAsPercentage(), h);
        double left = side(bw.getLeft(), bw.isLeftAsPercentage(), w);
        Insets in = s.getInsets();
        BorderStrokeStyle style = s.getTopStyle();
        boolean uniform = s.getTopStroke().equals(s.getRightStroke()) && s.getTopStroke().equals(s.getBottomStroke())
                && s.getTopStroke().equals(s.getLeftStroke()) && style.equals(s.getRightStyle())
                && style.equals(s.getBottomStyle()) && style.equals(s.getLeftStyle())
                && top == right && top == bottom && top == left;
        if (uniform) {
            Color col = (Color) s.getTopStroke();
            if (style == BorderStrokeStyle.NONE || top <= 0 || col == null || col.getOpacity() <= 0) {
                return;
            }
            // the path runs along the middle of the stroke
            double off = style.getType() == StrokeType.INSIDE ? top / 2 : style.getType() == StrokeType.OUTSIDE ? -top / 2 : 0;
            canvas.begin(t, c, a * col.getOpacity());
            canvas.strokeColor(col);
            lineStyle(style, top);
            canvas.roundRect(in.getLeft() + off, in.getTop() + off, w - in.getLeft() - in.getRight() - 2 * off,
                    h - in.getTop() - in.getBottom() - 2 * off, radii(s.getRadii(), w, h, off));
            canvas.cs.stroke();
            canvas.end();
            return;
        }
        StrokeType type = style.getType();
        double k = type == StrokeType.INSIDE ? 0 : type == StrokeType.OUTSIDE ? 1 : 0.5;
        double x0 = in.getLeft() - k * left;
        double y0 = in.getTop() - k * top;
        double x1 = w - in.getRight() + k * right;
        double y1 = h - in.getBottom() + k * bottom;
        band(s.getTopStroke(), s.getTopStyle(), top, x0, y0, x1 - x0, top, true, t, c, a);
        band(s.getBottomStroke(), s.getBottomStyle(), bottom, x0, y1 - bottom, x1 - x0, bottom, true, t, c, a);
        band(s.getLeftStroke(), s.getLeftStyle(), left, x0, y0, left, y1 - y0, false, t, c, a);
        band(s.getRightStroke(), s.getRightStyle(), right, x1 - right, y0, right, y1 - y0, false, t, c, a);
    }

    /** One side of a border whose sides differ: a filled band, or a dashed line along its middle. */
    private void band(Paint p, BorderStrokeStyle style, double width, double x, double y, double w, double h,
            boolean horizontal, Affine t, Bounds c, double a) throws IOException {
        if (!(p instanceof Color col) || style == BorderStrokeStyle.NONE || width <= 0 || col.getOpacity() <= 0) {
            return;
        }
        canvas.begin(t, c, a * col.getOpacity());
        if (style.getDashArray().isEmpty()) {
            canvas.fillColor(col);
            canvas.cs.addRect((float) x, (float) y, (float) w, (float) h);
            canvas.cs.fill();
        } else {
            canvas.strokeColor(col);
            lineStyle(style, width);
            if (horizontal) {
                canvas.cs.moveTo((float) x, (float) (y + h / 2));
                canvas.cs.lineTo((float) (x + w), (float) (y + h / 2));
            } else {
                canvas.cs.moveTo((float) (x + w / 2), (float) y);
                canvas.cs.lineTo((float) (x + w / 2), (float) (y + h));
            }
            canvas.cs.stroke();
        }
        canvas.end();
    }

    private void lineStyle(BorderStrokeStyle style, double width) throws IOException {
        PDPageContentStream cs = canvas.cs;
        cs.setLineWidth((float) width);
        cs.setLineCapStyle(cap(style.getLineCap()));
        cs.setLineJoinStyle(join(style.getLineJoin()));
        if (style.getLineJoin() == StrokeLineJoin.MITER) {
            cs.setMiterLimit((float) Math.max(1, style.getMiterLimit()));
        }
        dash(style.getDashArray(), style.getDashOffset());
    }

    private void dash(List<Double> dashes, double offset) throws IOException {
        if (dashes.isEmpty()) {
            return;
        }
        float[] d = new float[dashes.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = dashes.get(i).floatValue();
        }
        canvas.cs.setLineDashPattern(d, (float) offset);
    }

    private static int cap(StrokeLineCap cap) {
        return cap == StrokeLineCap.ROUND ? 1 : cap == StrokeLineCap.SQUARE ? 2 : 0;
    }

    private static int join(StrokeLineJoin join) {
        return join == StrokeLineJoin.ROUND ? 1 : join == StrokeLineJoin.BEVEL ? 2 : 0;
    }

    private static double side(double v, boolean percent, double of) {
        double px = percent ? v * of : v;
        return px > 0 ? px : 0;
    }

    private static double[] radii(CornerRadii r, double w, double h, double shrink) {
        if (r == null) {
            return new double[8];
        }
        double[] out = {
            pct(r.getTopLeftHorizontalRadius(), r.isTopLeftHorizontalRadiusAsPercentage(), w),
            pct(r.getTopLeftVerticalRadius(), r.isTopLeftVerticalRadiusAsPercentage(), h),
            pct(r.getTopRightHorizontalRadius(), r.isTopRightHorizontalRadiusAsPercentage(), w),
            pct(r.getTopRightVerticalRadius(), r.isTopRightVerticalRadiusAsPercentage(), h),
            pct(r.getBottomRightHorizontalRadius(), r.isBottomRightHorizontalRadiusAsPercentage(), w),
            pct(r.getBottomRightVerticalRadius(), r.isBottomRightVerticalRadiusAsPercentage(), h),
            pct(r.getBottomLeftHorizontalRadius(), r.isBottomLeftHorizontalRadiusAsPercentage(), w),
            pct(r.getBottomLeftVerticalRadius(), r.isBottomLeftVerticalRadiusAsPercentage(), h),
        };
        for (int i = 0; i < out.length; i++) {
            out[i] = out[i] > 0 ? Math.max(0, out[i] - shrink) : 0;
        }
        return out;
    }

    private static double pct(double v, boolean percent, double of) {
        return percent ? v * of : v;
    }

    /** A box whose background or border has no vector form here (a repeating gradient, an image). */
    private void boxAsPixels(Region r, Affine t, Bounds c, double a) throws IOException {
        Region copy = new Region();
        copy.setBackground(r.getBackground());
        copy.setBorder(r.getBorder());
        copy.resize(r.getWidth(), r.getHeight());
        pixels(copy, t, c, a);
    }

    // ---- text --------------------------------------------------------------------------------

    private void text(List<TextLines.Segment> segments, Affine t, Bounds c, double a, boolean invisible) throws IOException {
        for (TextLines.Segment seg : segments) {
            Text node = seg.node();
            Color col = solid(node.getFill());
            if (col == null && !invisible) {
                continue;
            }
            if (!invisible && col.getOpacity() <= 0) {
                continue;
            }
            PdfFonts.Choice choice = PdfFonts.choose(node.getFont());
            float size = (float) node.getFont().getSize();
            PDType0Font pdf = fonts.pdf(choice.face());
            canvas.begin(t, c, invisible ? 1 : a * col.getOpacity());
            PDPageContentStream cs = canvas.cs;
            cs.beginText();
            if (invisible) {
                cs.setRenderingMode(RenderingMode.NEITHER);
            } else {
                canvas.fillColor(col);
            }
            cs.setFont(pdf, size);
            show(seg, choice, size);
            cs.endText();
            if (!invisible && (node.isUnderline() || node.isStrikethrough())) {
                double y = node.isUnderline() ? seg.baseline() + size * 0.09 : seg.baseline() - size * 0.3;
                cs.addRect((float) seg.x()[0], (float) y, (float) seg.width(), Math.max(1f, size * 0.05f));
                cs.fill();
            }
            canvas.end();
        }
    }

    private void show(TextLines.Segment seg, PdfFonts.Choice choice, float size) throws IOException {
        String s = seg.text();
        int from = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (!fonts.canShow(choice.face(), cp)) {
                // a character DejaVu lacks cannot be embedded: leave its place empty rather than fail the page
                showRun(seg, from, i, choice, size);
                from = next;
            }
            i = next;
        }
        showRun(seg, from, s.length(), choice, size);
    }

    /** Shows characters [from, to) of a segment; words move to JavaFX's positions if the widths disagree. */
    private void showRun(TextLines.Segment seg, int from, int to, PdfFonts.Choice choice, float size) throws IOException {
        if (from >= to) {
            return;
        }
        String run = seg.text().substring(from, to);
        double fx = seg.x()[to] - seg.x()[from];
        float pdf = fonts.width(choice.face(), run, size);
        if (close(fx, pdf)) {
            showAt(run, seg.x()[from], seg.baseline(), choice, 100);
            return;
        }
        // justified text, or a theme font we draw with DejaVu: place each word where the slide has it
        int w = from;
        while (w < to) {
            int end = w;
            while (end < to && !Character.isWhitespace(seg.text().charAt(end))) {
                end++;
            }
            while (end < to && Character.isWhitespace(seg.text().charAt(end))) {
                end++;
            }
            String word = seg.text().substring(w, end);
            double fxw = seg.x()[end] - seg.x()[w];
            float pdfw = fonts.width(choice.face(), word, size);
            float scale = close(fxw, pdfw) || pdfw <= 0 ? 100 : (float) (fxw / pdfw * 100);
            showAt(word, seg.x()[w], seg.baseline(), choice, scale);
            w = end;
        }
        canvas.cs.setHorizontalScaling(100);
    }

    private static boolean close(double fx, double pdf) {
        return Math.abs(fx - pdf) <= 0.4 + 0.002 * Math.abs(fx);
    }

    private void showAt(String s, double x, double baseline, PdfFonts.Choice choice, float scale) throws IOException {
        PDPageContentStream cs = canvas.cs;
        // the page is y-down (slide pixels); text space must be flipped back so glyphs stand upright
        cs.setTextMatrix(new Matrix(1, 0, choice.slanted() ? SLANT : 0, -1, (float) x, (float) baseline));
        if (scale != 100) {
            cs.setHorizontalScaling(scale);
        }
        cs.showText(s);
    }

    private static Color solid(Paint p) {
        if (p instanceof Color c) {
            return c;
        }
        if (p instanceof LinearGradient g && !g.getStops().isEmpty()) {
            return g.getStops().get(0).getColor();
        }
        if (p instanceof RadialGradient g && !g.getStops().isEmpty()) {
            return g.getStops().get(0).getColor();
        }
        return null;
    }

    // ---- pictures and shapes -----------------------------------------------------------------

    private void image(ImageView view, Affine t, Bounds c, double a) throws IOException {
        Image img = view.getImage();
        if (img == null || img.isError() || img.getWidth() <= 0) {
            return;
        }
        Bounds b = view.getLayoutBounds();
        // the box it fills on the slide, in slide pixels: what decides the resolution it is embedded at
        Bounds box = PdfCanvas.toSlide(t, b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
        PDImageXObject x = images.of(img, box.getWidth(), box.getHeight());
        canvas.begin(t, c, a);
        canvas.cs.drawImage(x, new Matrix((float) b.getWidth(), 0, 0, (float) -b.getHeight(),
                (float) b.getMinX(), (float) b.getMaxY()));
        canvas.end();
    }

    private void rectangle(Rectangle r, Affine t, Bounds c, double a) throws IOException {
        double[] radii = new double[8];
        java.util.Arrays.fill(radii, 0);
        for (int i = 0; i < 8; i += 2) {
            radii[i] = r.getArcWidth() / 2;
            radii[i + 1] = r.getArcHeight() / 2;
        }
        if (r.getFill() instanceof Color fill && fill.getOpacity() > 0) {
            canvas.begin(t, c, a * fill.getOpacity());
            canvas.fillColor(fill);
            canvas.roundRect(r.getX(), r.getY(), r.getWidth(), r.getHeight(), radii);
            canvas.cs.fill();
            canvas.end();
        }
        if (r.getStroke() instanceof Color stroke && stroke.getOpacity() > 0 && r.getStrokeWidth() > 0) {
            double sw = r.getStrokeWidth();
            double off = r.getStrokeType() == StrokeType.INSIDE ? sw / 2 : r.getStrokeType() == StrokeType.OUTSIDE ? -sw / 2 : 0;
            canvas.begin(t, c, a * stroke.getOpacity());
            canvas.strokeColor(stroke);
            canvas.cs.setLineWidth((float) sw);
            dash(r.getStrokeDashArray(), r.getStrokeDashOffset());
            canvas.roundRect(r.getX() + off, r.getY() + off, r.getWidth() - 2 * off, r.getHeight() - 2 * off, radii);
            canvas.cs.stroke();
            canvas.end();
        }
    }

    private void line(Line l, Affine t, Bounds c, double a) throws IOException {
        if (!(l.getStroke() instanceof Color stroke) || stroke.getOpacity() <= 0 || l.getStrokeWidth() <= 0) {
            return;
        }
        canvas.begin(t, c, a * stroke.getOpacity());
        canvas.strokeColor(stroke);
        canvas.cs.setLineWidth((float) l.getStrokeWidth());
        canvas.cs.setLineCapStyle(cap(l.getStrokeLineCap()));
        dash(l.getStrokeDashArray(), l.getStrokeDashOffset());
        canvas.cs.moveTo((float) l.getStartX(), (float) l.getStartY());
        canvas.cs.lineTo((float) l.getEndX(), (float) l.getEndY());
        canvas.cs.stroke();
        canvas.end();
    }

    // ---- pixels ------------------------------------------------------------------------------

    /** A node drawn as pixels, with its text overlaid invisibly so it stays searchable. */
    private void raster(Node n, Affine parent, Bounds clip, double alpha) throws IOException {
        pixels(n, parent, clip, alpha);
        invisibleText(n, parent, clip);
    }

    /**
     * Snapshots {@code n} (which carries its own opacity and effect) at {@link #RASTER_SCALE}, but
     * only the part of it that can show: a chart's curve may run far outside its clipped plot, and
     * snapshotting all of it once took a 2456×20342-pixel image (200 MB) for one line.
     */
    private void pixels(Node n, Affine parent, Bounds clip, double alpha) throws IOException {
        Bounds shown = visibleArea(n.getBoundsInParent(), parent, clip);
        if (shown == null) {
            return;
        }
        // whole pixels of the scaled output, starting at or before the visible part
        double x0 = Math.floor(shown.getMinX() * RASTER_SCALE);
        double y0 = Math.floor(shown.getMinY() * RASTER_SCALE);
        double x1 = Math.ceil(shown.getMaxX() * RASTER_SCALE);
        double y1 = Math.ceil(shown.getMaxY() * RASTER_SCALE);
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        params.setTransform(Transform.scale(RASTER_SCALE, RASTER_SCALE));
        params.setViewport(new Rectangle2D(x0, y0, x1 - x0, y1 - y0));
        WritableImage img = n.snapshot(params, null);
        if (img == null || img.getWidth() < 1 || img.getHeight() < 1) {
            return;
        }
        rasterized++;
        double w = img.getWidth() / RASTER_SCALE;
        double h = img.getHeight() / RASTER_SCALE;
        double x = x0 / RASTER_SCALE;
        double y = y0 / RASTER_SCALE;
        PDImageXObject image = images.of(img);
        canvas.begin(parent, clip, alpha);
        canvas.cs.drawImage(image, new Matrix((float) w, 0, 0, (float) -h, (float) x, (float) (y + h)));
        canvas.end();
    }

    /**
     * The part of a node's bounds (in its parent's coordinates) that lies inside the clip and the
     * slide (both in slide pixels), or null when nothing of it shows.
     */
    static Bounds visibleArea(Bounds inParent, Affine parentToSlide, Bounds clip) {
        Bounds window = PdfCanvas.intersect(clip, new BoundingBox(0, 0, SlideCanvas.WIDTH, SlideCanvas.HEIGHT));
        Bounds shown;
        try {
            // for a rotation this is the box around the window: a little more than shows, never less
            shown = PdfCanvas.intersect(inParent, parentToSlide.inverseTransform(window));
        } catch (NonInvertibleTransformException e) {
            return null; // scaled to nothing: it covers no area on the slide
        }
        return shown.getWidth() > 0 && shown.getHeight() > 0 ? shown : null;
    }

    private void invisibleText(Node n, Affine parent, Bounds clip) throws IOException {
        if (!n.isVisible()) {
            return;
        }
        Affine t = parent.clone();
        t.append(n.getLocalToParentTransform());
        if (n.getStyleClass().contains("math-view") && n.getAccessibleText() != null) {
            // a typeset formula is a canvas: its readable form (W = W₀ + BA) becomes the searchable text
            Text stand = new Text(n.getAccessibleText());
            stand.setFont(javafx.scene.text.Font.font(estrado.render.Fonts.SANS, Math.max(1, n.getLayoutBounds().getHeight() * 0.75)));
            stand.setTextOrigin(javafx.geometry.VPos.TOP);
            text(lines.of(stand), t, clip, 1, true);
            return;
        }
        if (n instanceof TextFlow flow) {
            text(lines.of(flow), t, clip, 1, true);
        } else if (n instanceof Text text) {
            text(lines.of(text), t, clip, 1, true);
            return;
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                if (!(n instanceof TextFlow && child instanceof Text)) {
                    invisibleText(child, t, clip);
                }
            }
        }
    }
}
