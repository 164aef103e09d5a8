package estrado.present.window;

import estrado.deck.Slide;
import estrado.i18n.Messages;
import estrado.present.canvas.SlideViewport;
import estrado.present.talk.PlainText;
import estrado.present.talk.Position;
import estrado.present.talk.Presentation;
import estrado.render.RenderedSlide;
import estrado.render.SlideRenderer;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * What the next press of "next" will show: the next step of this slide or the next slide, drawn the way the
 * audience will see it.
 */
public final class NextPreview extends HBox {
    private final Presentation presentation;
    private final SlideViewport viewport = new SlideViewport();
    private final SlideFrame frame = new SlideFrame(viewport, "next");
    private final Label caption = new Label();
    private final Label title = new Label();
    private SlideRenderer renderer;
    private Position shown;
    private Position drawn;
    /**
     * Draws the preview one frame after the change, so the frame right after a key press carries only the slide
     * the audience sees; the preview follows ~17 ms later, which nobody can tell.
     */
    private final javafx.animation.AnimationTimer nextFrame = new javafx.animation.AnimationTimer() {
        private int frames;

        @Override
        public void handle(long now) {
            if (++frames >= 2) {
                frames = 0;
                stop();
                draw();
            }
        }
    };

    NextPreview(Presentation presentation) {
        this.presentation = presentation;
        getStyleClass().add("next-row");
        // the preview keeps its 16:9 at the top instead of stretching to the row's height
        setFillHeight(false);
        setAlignment(javafx.geometry.Pos.TOP_LEFT);
        setId("next-preview");
        caption.getStyleClass().add("next-caption");
        caption.setId("next-caption");
        title.getStyleClass().add("next-title");
        title.setId("next-title");
        title.setWrapText(true);
        caption.setWrapText(true);
        VBox text = new VBox(caption, title);
        text.setSpacing(4);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        frame.prefWidthProperty().bind(widthProperty().multiply(0.56));
        frame.setMinWidth(0);
        getChildren().addAll(frame, text);
        presentation.deckProperty().addListener((o, a, b) -> {
            renderer = null;
            refresh();
        });
        presentation.positionProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    /** The position the preview shows, or {@code null} at the end of the talk. */
    public Position shown() {
        return shown;
    }

    private void refresh() {
        if (renderer == null) {
            // the next slide's pictures: the same background decodes the views prepare ahead, never on this thread
            renderer = new SlideRenderer(presentation.deckProperty().get())
                    .decodingInBackground(presentation.pictureScaleProperty()::get);
        }
        Position p = presentation.position();
        var slides = presentation.deckProperty().get().slides();
        Slide current = slides.get(p.slide());
        Position next;
        if (p.step() + 1 < current.steps()) {
            next = new Position(p.slide(), p.step() + 1);
            caption.setText(Messages.get("next.step", p.step() + 2, current.steps()));
        } else if (p.slide() + 1 < slides.size()) {
            next = new Position(p.slide() + 1, 0);
            caption.setText(Messages.get("next.slide", p.slide() + 2, slides.size()));
        } else {
            next = null;
            caption.setText(Messages.get("next.end"));
        }
        shown = next;
        if (next == null) {
            title.setText("");
        } else {
            Slide s = slides.get(next.slide());
            title.setText(PlainText.of(s.title().isBlank() ? presentation.deckProperty().get().deck().title() : s.title()));
        }
        if (drawn == null && next != null) {
            draw(); // the first time, at once: the window opens complete
        } else {
            nextFrame.start();
        }
    }

    private void draw() {
        if (shown == null) {
            // nothing comes next: an empty (black) canvas, like the projector after the last slide
            viewport.show(new javafx.scene.layout.Region());
        } else {
            Slide s = presentation.deckProperty().get().slides().get(shown.slide());
            RenderedSlide r = renderer.renderAhead(s, shown.step());
            viewport.show(r.root());
        }
        drawn = shown;
    }

    /** The position whose picture is on screen (one frame behind {@link #shown()} right after a change). */
    public Position drawn() {
        return drawn;
    }
}
