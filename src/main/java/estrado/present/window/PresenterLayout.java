package estrado.present.window;

import estrado.i18n.Messages;
import estrado.present.keys.Keys;
import estrado.present.overlay.OverlayHost;
import estrado.present.talk.Presentation;
import estrado.present.talk.TalkSession;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * Where everything sits in the lecturer's window: the status line on top; on the left the live slide (covered by
 * a note while the room sees black or white) over the next step; on the right the clock's figures over the notes;
 * the current section and the plan's timeline at the bottom; the banner and the overlays above it all. Sizes
 * follow the window: the root font scales with it and the stylesheet is in em.
 */
final class PresenterLayout {
    /** Root font size at 1080 lines; everything in the stylesheet is in em of it. */
    static final double BASE_FONT = 20;
    private static final String CSS = Objects.requireNonNull(
            PresenterLayout.class.getResource("/estrado/present/presenter.css")).toExternalForm();

    private final Presentation presentation;
    private final StatusBar status;
    private final SlideView current;
    private final NextPreview next;
    private final NotesView notes = new NotesView();
    private final TimerPanel timer;
    private final SectionBar section;
    private final PlanTimeline timeline;
    private final Banner banner = new Banner();
    private final Label blankCover = new Label();
    private final OverlayHost overlays;
    private final StackPane root;

    PresenterLayout(Stage stage, Presentation presentation, TalkSession session, double notesSize,
            Consumer<Keys.Action> perform) {
        this.presentation = presentation;
        this.status = new StatusBar(presentation, session, perform);
        this.current = new SlideView(presentation);
        this.next = new NextPreview(presentation);
        this.timer = new TimerPanel(session);
        this.section = new SectionBar(session);
        this.timeline = new PlanTimeline(session);
        this.overlays = new OverlayHost(stage);
        notes.setSize(notesSize);

        BorderPane main = new BorderPane();
        main.setTop(status);
        main.setCenter(body());
        VBox bottom = new VBox(section, timeline);
        bottom.setSpacing(4);
        main.setBottom(bottom);
        root = new StackPane(main, banner, overlays);
        root.getStyleClass().add("presenter");
        root.getStylesheets().add(CSS);
        StackPane.setAlignment(banner, Pos.BOTTOM_CENTER);

        presentation.blankProperty().addListener((o, a, b) -> showBlank());
        presentation.positionProperty().addListener((o, a, b) -> notes.show(presentation.currentSlide()));
        presentation.deckProperty().addListener((o, a, b) -> notes.show(presentation.currentSlide()));
        showBlank();
        notes.show(presentation.currentSlide());
    }

    private HBox body() {
        blankCover.getStyleClass().add("blank-cover");
        blankCover.setId("blank-cover");
        blankCover.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        blankCover.setAlignment(Pos.CENTER);
        blankCover.setWrapText(true);
        blankCover.setMouseTransparent(true);
        StackPane live = new StackPane(current, blankCover);
        SlideFrame currentFrame = new SlideFrame(live, "current");
        VBox left = new VBox(currentFrame, next);
        left.getStyleClass().add("left-column");
        VBox.setVgrow(next, Priority.ALWAYS);
        next.setMinHeight(0);
        VBox right = new VBox(timer, notes);
        right.getStyleClass().add("right-column");
        VBox.setVgrow(notes, Priority.ALWAYS);
        right.setMinWidth(0);
        right.setPrefWidth(0);
        HBox body = new HBox(left, right);
        body.getStyleClass().add("body");
        left.prefWidthProperty().bind(body.widthProperty().multiply(0.47));
        left.setMinWidth(0);
        HBox.setHgrow(right, Priority.ALWAYS);
        // the slide may take at most 72% of the column, so the next preview always shows
        left.heightProperty().addListener((o, a, b) -> currentFrame.setMaxFrameHeight(b.doubleValue() * 0.72));
        return body;
    }

    private void showBlank() {
        Presentation.Blank blank = presentation.blankProperty().get();
        blankCover.setVisible(blank != Presentation.Blank.NONE);
        blankCover.setText(Messages.get(blank == Presentation.Blank.WHITE ? "blank.coverWhite" : "blank.cover"));
    }

    /** Scales the root font with the window, between 0,55 and 2 times its size at 1920×1080. */
    void rescale(Scene scene) {
        double s = Math.max(0.55, Math.min(2.0, Math.min(scene.getWidth() / 1920, scene.getHeight() / 1080)));
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", BASE_FONT * s));
        notes.setWindowScale(s);
    }

    /** Places the strip listing a broken edit's problems (file:line:col) at the top of this window only. */
    void showDeckProblems(Region problems) {
        problems.setMaxHeight(Region.USE_PREF_SIZE); // a strip, not a cover
        StackPane.setAlignment(problems, Pos.TOP_CENTER);
        root.getChildren().add(root.getChildren().indexOf(banner), problems);
    }

    StackPane root() {
        return root;
    }

    StatusBar status() {
        return status;
    }

    SlideView current() {
        return current;
    }

    NextPreview next() {
        return next;
    }

    NotesView notes() {
        return notes;
    }

    TimerPanel timer() {
        return timer;
    }

    SectionBar section() {
        return section;
    }

    Banner banner() {
        return banner;
    }

    OverlayHost overlays() {
        return overlays;
    }
}
