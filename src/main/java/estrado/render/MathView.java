package estrado.render;

import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Transform;
import org.jfree.fx.FXGraphics2D;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * A formula typeset by JLaTeXMath and drawn on a canvas through FXGraphics2D.
 *
 * <p>Size and colour come from CSS like any text: a hidden probe {@link Text} carries the style
 * classes of the text around it, and the formula is set at the probe's font size in its fill.
 * The canvas holds pixels, so it is redrawn whenever the slide is shown larger (the audience
 * window's Scale transform, a HiDPI screen, an export at --scale 2): one canvas pixel per
 * device pixel keeps the formula crisp at any size while its layout size stays in slide pixels.
 */
final class MathView extends Region {
    static final String STYLE_CLASS = "math-view";
    private static final double MAX_SCALE = 8;
    /** Below this a formula is a few pixels high whatever we do; it also bounds the redraws. */
    private static final double MIN_SCALE = 0.1;
    private static final double MAX_CANVAS_SIDE = 8192;
    private static final int PAD = 2;
    /** A canvas of this many pixels is 64 MB; a formula never needs more to look sharp. */
    private static final double MAX_CANVAS_PIXELS = 16_000_000;
    /** The size a formula is first laid out at, to find out whether it can be, before CSS gives the real one. */
    private static final float TRIAL_SIZE = 20;

    private final TeXFormula formula;
    private final boolean display;
    private final Text probe = new Text("x");
    private final Canvas canvas = new Canvas();
    private final Scale unscale = new Scale(1, 1, 0, 0);
    private TeXIcon icon;
    private double iconSize;
    private Paint iconFill;
    private double drawnScale;
    /** The scale of a picture being taken of the slide (export, thumbnail); 0 on screen. */
    private double pictureScale;

    private final String tex;

    private MathView(String tex, TeXFormula formula, TeXIcon trial, boolean display, String... probeClasses) {
        this.tex = tex;
        this.formula = formula;
        this.icon = trial;
        this.display = display;
        getStyleClass().addAll(STYLE_CLASS, display ? "math-display" : "math-inline");
        probe.getStyleClass().addAll(probeClasses);
        probe.setVisible(false);
        probe.setManaged(false);
        canvas.getTransforms().add(unscale);
        canvas.setManaged(false);
        getChildren().addAll(probe, canvas);
        // the canvas is pixels: screen readers and the PDF's text layer read the formula from here
        setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        localToSceneTransformProperty().addListener((o, a, b) -> redrawIfScaleChanged());
    }

    /**
     * The formula as a node; one that cannot be typeset shows as readable text in the error
     * style instead (check reports it), so a slide never fails to draw because of it. One that is
     * refused or ran out of time shows as a boxed message: its text may be anything.
     *
     * @param probeClasses the style classes of the text this formula stands in (font size, fill)
     */
    static Node create(String tex, boolean display, String... probeClasses) {
        try {
            TeXFormula formula = Tex.formula(tex);
            MathView view = new MathView(tex, formula, Tex.icon(tex, formula, display, TRIAL_SIZE), display, probeClasses);
            view.setAccessibleText(TexText.toUnicode(tex));
            return view;
        } catch (Tex.TexException e) {
            if (e.fault().kind() != Tex.Fault.Kind.INVALID) {
                javafx.scene.control.Label box = new javafx.scene.control.Label("⚠ " + estrado.i18n.Messages.get("formula.box", gist(e.getMessage())));
                box.getStyleClass().addAll("math-error", "math-refused");
                return box;
            }
            Text t = new Text(TexText.toUnicode(tex));
            t.getStyleClass().addAll(probeClasses);
            t.getStyleClass().add("math-error");
            return t;
        }
    }

    /** The message up to its advice ("… no está permitido: una fórmula es datos…"): the box sits inside a line of text. */
    private static String gist(String message) {
        int colon = message.indexOf(": ");
        return colon > 0 ? message.substring(0, colon) : message;
    }

    /**
     * Draws at {@code scale} device pixels per slide pixel: a snapshot scales the slide itself, which the
     * node's own transform does not show (PDF and PNG export at 2×, the overview's thumbnails at 1/8).
     */
    void drawForPicture(double scale) {
        pictureScale = scale;
        redrawIfScaleChanged();
    }

    /** Width, height and depth below the baseline, in slide pixels (after CSS is applied). */
    double[] measure() {
        ensureIcon();
        return new double[] {width(), height(), icon.getIconDepth() + PAD};
    }

    private void ensureIcon() {
        double size = probe.getFont().getSize();
        Paint fill = probe.getFill();
        if (size == iconSize && fill.equals(iconFill)) {
            return;
        }
        iconSize = size;
        iconFill = fill;
        try {
            icon = Tex.icon(tex, formula, display, (float) size);
        } catch (Tex.TexException e) {
            // laid out at the trial size a moment ago; keep that one rather than show nothing
        }
        icon.setInsets(new java.awt.Insets(PAD, 0, PAD, 0));
        icon.setForeground(awt(fill));
        drawnScale = 0;
        requestLayout();
    }

    private double width() {
        return icon.getIconWidth();
    }

    private double height() {
        return icon.getIconHeight();
    }

    @Override
    protected double computePrefWidth(double h) {
        ensureIcon();
        return snappedLeftInset() + width() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double w) {
        ensureIcon();
        return snappedTopInset() + height() + snappedBottomInset();
    }

    @Override
    protected double computeMinWidth(double h) {
        return computePrefWidth(h);
    }

    @Override
    protected double computeMinHeight(double w) {
        return computePrefHeight(w);
    }

    @Override
    protected double computeMaxWidth(double h) {
        return computePrefWidth(h);
    }

    @Override
    protected double computeMaxHeight(double w) {
        return computePrefHeight(w);
    }

    /** Text flows line the formula's baseline up with the words around it. */
    @Override
    public double getBaselineOffset() {
        ensureIcon();
        return snappedTopInset() + height() - icon.getIconDepth() - PAD;
    }

    @Override
    protected void layoutChildren() {
        ensureIcon();
        canvas.relocate(snappedLeftInset(), snappedTopInset());
        redrawIfScaleChanged();
    }

    private double effectiveScale() {
        double s = pictureScale;
        if (s <= 0) {
            Transform t = getLocalToSceneTransform();
            s = Math.hypot(t.getMxx(), t.getMyx());
            if (getScene() != null && getScene().getWindow() != null) {
                s *= getScene().getWindow().getRenderScaleX();
            }
        }
        // drawn at the size it shows, small too: a canvas drawn at 1 and shrunk to the presenter's
        // next-slide preview loses strokes (no mipmaps) and the formula reads as noise
        return Math.min(MAX_SCALE, Math.max(MIN_SCALE, s));
    }

    private void redrawIfScaleChanged() {
        if (icon == null) {
            return;
        }
        double s = effectiveScale();
        if (drawnScale > 0 && Math.abs(s - drawnScale) / drawnScale < 0.02) {
            return;
        }
        s = Math.min(s, MAX_CANVAS_SIDE / Math.max(1, Math.max(width(), height())));
        s = Math.min(s, Math.sqrt(MAX_CANVAS_PIXELS / Math.max(1, width() * height())));
        drawnScale = s;
        canvas.setWidth(Math.ceil(width() * s));
        canvas.setHeight(Math.ceil(height() * s));
        unscale.setX(1 / s);
        unscale.setY(1 / s);
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        FXGraphics2D g = new FXGraphics2D(gc);
        g.scale(s, s);
        icon.paintIcon(null, g, 0, 0);
        g.dispose();
    }

    private static java.awt.Color awt(Paint p) {
        Color c = p instanceof Color col ? col : Color.BLACK;
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) c.getOpacity());
    }
}
