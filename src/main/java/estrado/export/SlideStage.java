package estrado.export;

import estrado.render.RenderedSlide;
import estrado.render.SlideCanvas;
import estrado.render.SlideRenderer;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Scene;

/**
 * One off-screen scene that every exported slide passes through. The slide's stylesheets move up to
 * a host that stays, so JavaFX matches the CSS once for the whole export instead of once per slide
 * (about half of the per-slide time otherwise).
 */
final class SlideStage {
    private final Group host = new Group();

    SlideStage() {
        // no controls' theme: a slide draws the same without one, and its CSS pass is cheaper
        new Scene(host, SlideCanvas.WIDTH, SlideCanvas.HEIGHT).setUserAgentStylesheet(SlideRenderer.SLIDES_ONLY_UA);
    }

    /** Lays the slide out in the shared scene (JavaFX thread). */
    void show(RenderedSlide slide) {
        List<String> sheets = List.copyOf(slide.root().getStylesheets());
        if (!host.getStylesheets().equals(sheets)) {
            host.getStylesheets().setAll(sheets);
        }
        slide.root().getStylesheets().clear();
        host.getChildren().setAll(slide.root());
        slide.layoutNow();
    }
}
