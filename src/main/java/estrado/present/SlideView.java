package estrado.present;

import estrado.render.RenderedSlide;
import estrado.render.SlideRenderer;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * A live view of the presentation: the current slide at the current step, and the blanking
 * overlay. The audience window holds one; the presenter window will hold another.
 */
public final class SlideView extends StackPane {
    private final Presentation presentation;
    private final SlideViewport viewport = new SlideViewport();
    private final Region blank = new Region();
    private SlideRenderer renderer;
    private RenderedSlide shown;

    public SlideView(Presentation presentation) {
        this.presentation = presentation;
        getStyleClass().add("slide-view");
        setStyle("-fx-background-color: black;");
        blank.setMouseTransparent(true);
        getChildren().addAll(viewport, blank);
        presentation.deckProperty().addListener((o, a, b) -> {
            renderer = null;
            refresh();
        });
        presentation.positionProperty().addListener((o, a, b) -> refresh());
        presentation.blankProperty().addListener((o, a, b) -> updateBlank());
        refresh();
        updateBlank();
    }

    public RenderedSlide shown() {
        return shown;
    }

    private void refresh() {
        if (renderer == null) {
            renderer = new SlideRenderer(presentation.deckProperty().get());
        }
        Position p = presentation.position();
        shown = renderer.render(presentation.currentSlide(), p.step());
        viewport.show(shown.root());
    }

    private void updateBlank() {
        switch (presentation.blankProperty().get()) {
            case BLACK -> blank.setStyle("-fx-background-color: black;");
            case WHITE -> blank.setStyle("-fx-background-color: white;");
            default -> blank.setStyle("-fx-background-color: transparent;");
        }
        blank.setVisible(presentation.blankProperty().get() != Presentation.Blank.NONE);
    }
}
