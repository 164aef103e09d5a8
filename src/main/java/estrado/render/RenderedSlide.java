package estrado.render;

import estrado.deck.Slide;
import java.util.List;
import java.util.Optional;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.layout.Region;

/**
 * A slide drawn at canvas size, plus the regions whose content must fit, so overflow can
 * be measured the same way on screen, in tests and in {@code check}.
 */
public record RenderedSlide(Slide slide, int step, Region root, List<Region> mustFit) {

    /** What overflowed and by how much, in canvas pixels. */
    public record Overflow(double needed, double available) { }

    /** Lays the slide out off-screen (needs the JavaFX thread). */
    public void layoutNow() {
        if (root.getScene() == null) {
            new Scene(new Group(root), SlideCanvas.WIDTH, SlideCanvas.HEIGHT)
                    .setUserAgentStylesheet(SlideRenderer.SLIDES_ONLY_UA);
        }
        // off-screen no pulse lays the host out, so nothing else gives the root its size: without it the root stays
        // 0×0 and its background (the theme's -slide-bg) had no area in the PDF, white pages for a dark deck
        root.resize(SlideCanvas.WIDTH, SlideCanvas.HEIGHT);
        root.applyCss();
        root.layout();
    }

    /** Formulas are pixels on a canvas: draws them at a picture's scale (export, thumbnail), not the slide's. */
    public void drawFormulasAt(double scale) {
        root.lookupAll("." + MathView.STYLE_CLASS).forEach(n -> ((MathView) n).drawForPicture(scale));
    }

    /** The worst overflow among the regions that must fit, if any (after {@link #layoutNow()}). */
    public Optional<Overflow> overflow() {
        Overflow worst = null;
        for (Region r : mustFit) {
            double available = r.getHeight();
            double needed = r.prefHeight(r.getWidth());
            if (needed > available + 1 && (worst == null || needed - available > worst.needed() - worst.available())) {
                worst = new Overflow(Math.ceil(needed), Math.floor(available));
            }
            double widthNeeded = r.minWidth(-1);
            if (widthNeeded > r.getWidth() + 1 && worst == null) {
                worst = new Overflow(Math.ceil(widthNeeded), Math.floor(r.getWidth()));
            }
        }
        return Optional.ofNullable(worst);
    }
}
