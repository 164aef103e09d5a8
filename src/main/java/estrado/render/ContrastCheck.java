package estrado.render;

import estrado.deck.Location;
import estrado.deck.Problem;
import estrado.deck.Slide;
import estrado.i18n.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;

/**
 * Every text the audience sees on a drawn slide against what is drawn behind it (WCAG 2.x: 4,5:1, 3:1 for large
 * text), and every line and bar a chart is read by against its plot's background (3:1). Colours are the ones
 * JavaFX resolved from the slide's stylesheet and the deck's theme, so what is checked is what is shown; a
 * failing pair is reported once, at the theme's line that set the colour (the text's, else the background's).
 */
final class ContrastCheck {
    /** One colour pair under its minimum, with the first place it was seen. */
    record Finding(Color fg, Color bg, double ratio, double minimum, String what, String sample, Slide slide) { }

    /** Findings by colour pair: the same grey on white on forty slides is one finding. */
    private final Map<String, Finding> findings = new LinkedHashMap<>();

    /** Walks one laid-out slide (JavaFX thread). */
    void inspect(RenderedSlide r) {
        Region root = r.root();
        Color page = fillOf(root).orElse(Color.WHITE);
        walk(root, r.slide(), page);
    }

    private void walk(Node n, Slide slide, Color page) {
        if (!n.isVisible() || n.getOpacity() == 0 || n.isDisabled()) {
            return; // a greyed-out control is inactive: WCAG asks no contrast of it
        }
        if (n instanceof Text t && !t.getText().isBlank() && t.getFill() instanceof Color fill && onCanvas(t)) {
            double px = t.getFont().getSize() * Math.abs(t.getLocalToSceneTransform().getMyy());
            boolean bold = t.getFont().getStyle().toLowerCase(java.util.Locale.ROOT).contains("bold");
            double min = Contrast.minimumFor(px, bold);
            Color bg = worst(fill, backgrounds(t, page, false));
            add(Contrast.over(withOpacity(fill, t), bg), bg, min,
                    Messages.get(min == Contrast.TEXT ? "contrast.text" : "contrast.largeText", Math.round(px)),
                    t.getText(), slide);
        } else if (n instanceof Shape s && isSeries(n) && s.getStroke() instanceof Color c) {
            Color bg = behind(s, page, true);
            add(Contrast.over(withOpacity(c, s), bg), bg, Contrast.LARGE, Messages.get("contrast.series"), styleOf(s), slide);
        } else if (n instanceof Region seg && n.getStyleClass().contains("w-segment") && fillOf(seg).isPresent()) {
            Color bg = behind(seg, page, true);
            add(Contrast.over(fillOf(seg).get(), bg), bg, Contrast.LARGE, Messages.get("contrast.series"), styleOf(seg), slide);
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, slide, page);
            }
        }
    }

    /** A series is named by its own style class (w-series-3, w-activations), the one its colour is set on. */
    private static String styleOf(Node n) {
        List<String> classes = n.getStyleClass();
        return classes.isEmpty() ? "" : classes.get(classes.size() - 1);
    }

    private void add(Color fg, Color bg, double min, String what, String sample, Slide slide) {
        double ratio = Contrast.ratio(fg, bg);
        // one finding per colour pair, under the strictest minimum it was seen to miss: the fix is the same
        Finding seen = findings.get(Contrast.hex(fg) + Contrast.hex(bg));
        if (ratio + 1e-9 < min && (seen == null || seen.minimum() < min)) {
            findings.put(Contrast.hex(fg) + Contrast.hex(bg), new Finding(fg, bg, ratio, min, what, sample.strip(), slide));
        }
    }

    List<Finding> findings() {
        return List.copyOf(findings.values());
    }

    /**
     * The findings as {@code check} errors: at the theme's line that set the text's colour, else the background's;
     * a colour no theme line set is the base look's, reported at the slide that shows it.
     */
    List<OverflowCheck.LowContrast> problems(ThemeColours theme) {
        List<OverflowCheck.LowContrast> out = new ArrayList<>();
        for (Finding f : findings.values()) {
            Location at = theme.setting(f.fg()).or(() -> theme.setting(f.bg()))
                    .map(ThemeColours.Declared::location).orElse(f.slide().location());
            String sample = f.sample().length() > 40 ? f.sample().substring(0, 39) + "…" : f.sample();
            Problem p = new Problem(Problem.Severity.ERROR, at, Messages.get("contrast.low", f.ratio(),
                    Contrast.hex(f.fg()), Contrast.hex(f.bg()), f.minimum(), f.what(), sample, f.slide().id()));
            out.add(new OverflowCheck.LowContrast(p, f.slide().id(), sample, Contrast.hex(f.fg()), Contrast.hex(f.bg()),
                    Math.round(f.ratio() * 100) / 100.0, f.minimum()));
        }
        return out;
    }

    /** Drawn inside the canvas (a clipped overflow is check's other error, not a contrast one). */
    private static boolean onCanvas(Node n) {
        Bounds b = n.localToScene(n.getBoundsInLocal());
        return b.getMaxX() > 0 && b.getMaxY() > 0 && b.getMinX() < SlideCanvas.WIDTH && b.getMinY() < SlideCanvas.HEIGHT;
    }

    /** A colour as the node's (and its parents') opacity lets it through. */
    private static Color withOpacity(Color c, Node n) {
        double a = c.getOpacity();
        for (Node p = n; p != null; p = p.getParent()) {
            a *= p.getOpacity();
        }
        return Color.color(c.getRed(), c.getGreen(), c.getBlue(), a);
    }

    /**
     * The colour drawn under the node's centre: earlier siblings (and what they hold) and the backgrounds of its
     * parents, nearest first; translucent layers are mixed over what lies below them, down to the page.
     */
    static Color behind(Node n, Color page) {
        return behind(n, page, false);
    }

    /**
     * What may be drawn under the node's centre: one colour, or, where a picture lies under it (a title over a
     * full-bleed image), the layers above the picture mixed over white and over black, a picture's extremes.
     */
    static List<Color> backgrounds(Node n, Color page, boolean plot) {
        Under u = under(n, plot);
        return u.picture() ? List.of(mix(u.layers(), Color.WHITE), mix(u.layers(), Color.BLACK))
                : List.of(mix(u.layers(), page));
    }

    /** Of the backgrounds a text may be drawn on, the one it stands out from least. */
    private static Color worst(Color fg, List<Color> backgrounds) {
        Color worst = backgrounds.get(0);
        for (Color bg : backgrounds) {
            if (Contrast.ratio(Contrast.over(fg, bg), bg) < Contrast.ratio(Contrast.over(fg, worst), worst)) {
                worst = bg;
            }
        }
        return worst;
    }

    /** @param plot a chart's line or bar: measured against the plot, not against the bar stacked next to it */
    private static Color behind(Node n, Color page, boolean plot) {
        return mix(under(n, plot).layers(), page);
    }

    /** The layers under a point, topmost first, and whether they end on a picture rather than on the page. */
    private record Under(List<Color> layers, boolean picture) { }

    /** How far {@link #collect} got: nothing painted there, an opaque layer, or a picture (of unknown colours). */
    private enum Reach { NOTHING, OPAQUE, PICTURE }

    private static Under under(Node n, boolean plot) {
        Bounds b = n.localToScene(n.getBoundsInLocal());
        Point2D centre = new Point2D(b.getCenterX(), b.getCenterY());
        List<Color> layers = new ArrayList<>();
        Node child = n;
        for (Parent p = n.getParent(); p != null; child = p, p = p.getParent()) {
            Point2D inP = p.sceneToLocal(centre);
            List<Node> kids = p.getChildrenUnmodifiable();
            for (int i = kids.indexOf(child) - 1; i >= 0; i--) {
                Reach r = collect(kids.get(i), inP, layers, plot);
                if (r != Reach.NOTHING) {
                    return new Under(layers, r == Reach.PICTURE);
                }
            }
            if (p instanceof Region r && r.isVisible() && fillOf(r).isPresent()) {
                layers.add(fillOf(r).get());
                if (fillOf(r).get().isOpaque()) {
                    return new Under(layers, false);
                }
            }
        }
        return new Under(layers, false);
    }

    /**
     * Adds what {@code n} paints at {@code at} (in its parent's coordinates), topmost first, until an opaque layer
     * or a picture is reached. One transform per level: a slide of a few thousand nodes stays cheap to walk.
     */
    private static Reach collect(Node n, Point2D at, List<Color> layers, boolean plot) {
        if (!n.isVisible() || n.getOpacity() == 0 || n instanceof Text || at == null
                || !n.getBoundsInParent().contains(at) || plot && isSeries(n)) {
            return Reach.NOTHING;
        }
        // a picture's pixels are not measured: whatever they are, from white to black, the text must read
        if (n instanceof javafx.scene.image.ImageView || n.getStyleClass().contains(Pictures.FRAME)
                || n.getStyleClass().contains(BlockViews.BLEED)) {
            return Reach.PICTURE;
        }
        Point2D local = n.parentToLocal(at);
        if (n instanceof Parent p) {
            List<Node> kids = p.getChildrenUnmodifiable();
            for (int i = kids.size() - 1; i >= 0; i--) {
                Reach r = collect(kids.get(i), local, layers, plot);
                if (r != Reach.NOTHING) {
                    return r;
                }
            }
        }
        java.util.Optional<Color> own = n instanceof Region r ? fillOf(r)
                : n instanceof Shape s && s.contains(local) ? colour(s.getFill()) : java.util.Optional.empty();
        if (own.isPresent()) {
            Color c = withOpacity(own.get(), n);
            layers.add(c);
            return c.isOpaque() ? Reach.OPAQUE : Reach.NOTHING;
        }
        return Reach.NOTHING;
    }

    private static boolean isSeries(Node n) {
        return n.getStyleClass().contains("w-series") || n.getStyleClass().contains("w-segment");
    }

    private static Color mix(List<Color> layers, Color page) {
        Color under = page;
        for (int i = layers.size() - 1; i >= 0; i--) {
            under = Contrast.over(layers.get(i), under);
        }
        return under;
    }

    private static java.util.Optional<Color> fillOf(Region r) {
        Background bg = r.getBackground();
        if (bg == null) {
            return java.util.Optional.empty();
        }
        List<BackgroundFill> fills = bg.getFills();
        for (int i = fills.size() - 1; i >= 0; i--) {
            java.util.Optional<Color> c = colour(fills.get(i).getFill());
            if (c.isPresent()) {
                return c;
            }
        }
        return java.util.Optional.empty();
    }

    /** A plain colour; a gradient counts as its first stop (a placeholder's stripes are two near-equal greys). */
    private static java.util.Optional<Color> colour(Paint p) {
        if (p instanceof Color c && c.getOpacity() > 0) {
            return java.util.Optional.of(c);
        }
        if (p instanceof LinearGradient g && !g.getStops().isEmpty()) {
            return java.util.Optional.of(g.getStops().get(0).getColor());
        }
        return java.util.Optional.empty();
    }
}
