package estrado.present.window;

import estrado.present.canvas.SlideViewport;
import estrado.present.ink.InkInput;
import estrado.present.ink.InkLayer;
import estrado.present.ink.InkPalette;
import estrado.present.talk.Position;
import estrado.present.talk.Presentation;
import estrado.present.zoom.ZoomInput;
import estrado.present.zoom.ZoomLayer;
import estrado.render.RenderedSlide;
import estrado.render.SlideRenderer;
import javafx.application.Platform;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * A live view of the presentation: the current slide at the current step, the lecturer's pointer
 * over it, and the blanking overlay. The audience window holds one; the presenter window another.
 */
public final class SlideView extends StackPane {
    private final Presentation presentation;
    private final SlideViewport viewport = new SlideViewport();
    private final Region blank = new Region();
    private final PointerLayer pointerLayer;
    private final InkLayer inkLayer;
    private final ZoomLayer zoomLayer;
    private SlideRenderer renderer;
    private RenderedSlide shown;
    /** The slide "next" will show, built and styled ahead while the current one is on screen. */
    private RenderedSlide ahead;
    private Position aheadAt;

    /** Whether this view is the room's: then a missing image shows its caption alone, never a placeholder. */
    private final boolean audience;

    /** The lecturer's view of the slide (presenter window): a missing image is a labelled placeholder. */
    public SlideView(Presentation presentation) {
        this(presentation, false);
    }

    /** The projector's view of the slide. */
    public static SlideView forAudience(Presentation presentation) {
        return new SlideView(presentation, true);
    }

    private SlideView(Presentation presentation, boolean audience) {
        this.presentation = presentation;
        this.audience = audience;
        getStyleClass().add("slide-view");
        setStyle("-fx-background-color: black;");
        blank.setMouseTransparent(true);
        pointerLayer = new PointerLayer(presentation.pointer(), viewport);
        inkLayer = new InkLayer(presentation.ink(), viewport, javafx.beans.binding.Bindings.createObjectBinding(
                presentation::inkPage, presentation.positionProperty(), presentation.deckProperty()));
        // the projector magnifies; the lecturer's view keeps the whole slide and frames the part shown
        zoomLayer = new ZoomLayer(presentation.zoom(), viewport, !audience);
        if (audience) {
            presentation.zoom().regionProperty().addListener((o, a, b) -> viewport.setRegion(b));
        }
        viewport.cursorProperty().bind(javafx.beans.binding.Bindings.when(
                presentation.ink().toolProperty().isNotNull().or(presentation.zoom().armedProperty()))
                .then(javafx.scene.Cursor.CROSSHAIR).otherwise((javafx.scene.Cursor) null));
        // under the blanking: a black or white projector shows no pointer or ink either
        getChildren().addAll(viewport, inkLayer, zoomLayer, pointerLayer, blank);
        presentation.deckProperty().addListener((o, a, b) -> {
            renderer = null;
            ahead = null;
            refresh();
        });
        presentation.positionProperty().addListener((o, a, b) -> refresh());
        presentation.blankProperty().addListener((o, a, b) -> updateBlank());
        if (audience) {
            viewport.widthProperty().addListener((o, a, b) -> measurePictureScale());
            viewport.heightProperty().addListener((o, a, b) -> measurePictureScale());
            sceneProperty().addListener((o, a, b) -> measurePictureScale());
        }
        refresh();
        updateBlank();
    }

    /**
     * Lets this view's mouse move the talk's pointer, pick a zoom and draw ink; {@code scheduler} times the dot's
     * pause.
     */
    void pointWithMouse(WidgetMode.Scheduler scheduler) {
        new PointerInput(presentation.pointer(), viewport, scheduler);
        new ZoomInput(presentation.zoom(), viewport); // first: while a zoom is picked, nothing draws
        new InkInput(presentation.ink(), viewport, presentation::inkPage);
    }

    /** Whether the mouse on this slide draws or picks a zoom now, rather than working its widgets. */
    boolean mouseDraws() {
        return presentation.ink().toolProperty().get() != null || presentation.zoom().armedProperty().get();
    }

    public InkLayer inkLayer() {
        return inkLayer;
    }

    public ZoomLayer zoomLayer() {
        return zoomLayer;
    }

    public SlideViewport viewport() {
        return viewport;
    }

    public PointerLayer pointerLayer() {
        return pointerLayer;
    }

    public RenderedSlide shown() {
        return shown;
    }

    private void refresh() {
        boolean newDeck = renderer == null;
        if (newDeck) {
            renderer = (audience ? SlideRenderer.forAudience(presentation.deckProperty().get())
                    : new SlideRenderer(presentation.deckProperty().get()))
                    .decodingInBackground(presentation.pictureScaleProperty()::get);
        }
        Position p = presentation.position();
        if (p.equals(aheadAt) && ahead != null) {
            shown = ahead;
            estrado.render.Pictures.shownNow(shown.root()); // its pictures still decoding come before the next one's
        } else {
            shown = renderer.render(presentation.currentSlide(), p.step());
        }
        if (newDeck && !audience) {
            presentation.ink().usePalette(InkPalette.of(shown.root())); // the theme's ink colours
        }
        ahead = null;
        aheadAt = null;
        viewport.show(shown.root());
        afterNextPulse(this::prepareNext);
    }

    /** Runs {@code task} once the pulse that draws the current change is over. */
    private void afterNextPulse(Runnable task) {
        javafx.scene.Scene scene = getScene();
        if (scene == null) {
            Platform.runLater(task);
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(task); // queued during the pulse: runs after it has finished
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** Runs after the change has been drawn: the slide change itself never waits for this. */
    private void prepareNext() {
        Position next = presentation.peekNext();
        if (ahead != null || renderer == null || next.equals(presentation.position())) {
            return;
        }
        // its pictures start decoding now, in the background, after those of the slide on screen
        ahead = renderer.renderAhead(presentation.deckProperty().get().slides().get(next.slide()), next.step());
        aheadAt = next;
        viewport.prepare(ahead.root());
    }

    /**
     * The projector's device pixels per slide pixel, for the pictures of the slides drawn from now on: rounded up
     * to a quarter, so resizing the window by a few pixels decodes nothing again, and at most 2 (a 4K projector).
     */
    private void measurePictureScale() {
        javafx.stage.Window window = getScene() == null ? null : getScene().getWindow();
        if (window == null || viewport.getWidth() <= 0 || viewport.getHeight() <= 0) {
            return;
        }
        // the whole slide's scale, not a zoom's: a zoom is a moment, its pictures are the slide's
        double whole = Math.min(viewport.getWidth() / estrado.render.SlideCanvas.WIDTH,
                viewport.getHeight() / estrado.render.SlideCanvas.HEIGHT);
        double devicePixels = whole * window.getOutputScaleX();
        presentation.pictureScaleProperty().set(Math.min(2, Math.max(0.25, Math.ceil(devicePixels * 4 - 1e-9) / 4)));
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
