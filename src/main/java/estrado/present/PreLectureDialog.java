package estrado.present;

import atlantafx.base.theme.Styles;
import estrado.deck.Problem;
import estrado.deck.Slide;
import estrado.i18n.Messages;
import estrado.preflight.CheckItem;
import estrado.preflight.Display;
import estrado.preflight.PreLectureCheck;
import estrado.preflight.ScreenRoles;
import estrado.present.keys.ActionTexts;
import estrado.present.keys.Keys;
import estrado.render.OverflowCheck;
import estrado.render.SlideRenderer;
import estrado.timing.PresentationSnapshot;
import estrado.timing.TimeFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * Before the talk: which screen gets which role, a live echo of the clicker's keys (so a clicker that sends
 * unexpected keys is found now, not in front of the class), the plan against the slot, the deck's problems, and
 * the offer to resume an unfinished run. Enter or F5 (a clicker's "start") begins the talk.
 */
final class PreLectureDialog {
    private final Stage stage;
    private final Label echo = new Label(Messages.get("clicker.prompt"));
    private final CheckBox resume;
    private final Keys keys = new Keys();
    private final Map<CheckItem.Topic, VBox> topics = new EnumMap<>(CheckItem.Topic.class);
    private final VBox list = new VBox();
    private final Label verdict = new Label();
    private final List<CheckItem> all = new ArrayList<>();
    private final TitledPane author = new TitledPane();
    private final Consumer<Boolean> onStart;
    private boolean started;
    private final TextField slotEnd = new TextField();
    private final Label slotEndError = new Label();
    private Predicate<String> applySlotEnd = text -> true;
    private AnimationTimer renderCheck;
    private boolean renderingChecked;

    /**
     * @param snapshot an unfinished run to offer, or {@code null}
     * @param onStart  called once with whether to resume the unfinished run
     */
    PreLectureDialog(Stage stage, List<Display> displays, ScreenRoles roles, List<CheckItem> otherItems,
            PresentationSnapshot snapshot, Consumer<Boolean> onStart) {
        this.stage = stage;
        this.onStart = onStart;
        list.setSpacing(4);
        for (CheckItem.Topic t : CheckItem.Topic.values()) {
            VBox box = new VBox(2);
            topics.put(t, box);
            if (t == CheckItem.Topic.CLICKER) {
                continue; // the echo sits above the list, never scrolled away
            }
            if (t == CheckItem.Topic.AUTHOR) {
                // the author's homework: folded, counted, and left out of the verdict
                author.setId("author-group");
                author.setContent(box);
                author.setExpanded(false);
                author.setFocusTraversable(false);
                author.setVisible(false);
                author.setManaged(false);
                list.getChildren().add(author);
                continue;
            }
            Label head = new Label(Messages.get(t.messageKey()));
            head.getStyleClass().add("check-topic");
            box.getChildren().add(head);
            list.getChildren().add(box);
        }
        add(PreLectureCheck.screens(displays, roles));
        echo.getStyleClass().add("clicker-echo");
        echo.setId("clicker-echo");
        add(otherItems);

        resume = new CheckBox();
        resume.setId("resume-check");
        if (snapshot != null) {
            resume.setText(Messages.get("resume.offer", snapshot.slideIndex() + 1,
                    TimeFormat.minutesSeconds(snapshot.timer().elapsed(snapshot.savedAt()))));
            resume.setSelected(true);
            resume.setWrapText(true);
        }
        resume.setFocusTraversable(false);

        Button start = new Button(Messages.get("check.start"));
        start.setId("start-button");
        start.getStyleClass().add(Styles.ACCENT);
        start.setDefaultButton(true);
        start.setFocusTraversable(false);
        start.setOnAction(e -> begin());
        Label hint = new Label(Messages.get("check.startHint"));
        hint.getStyleClass().add("muted");
        HBox buttons = new HBox(16, start, hint);
        buttons.setStyle("-fx-alignment: center-left;");
        // the resume choice sits by the Start button, never scrolled away under a long list of warnings
        VBox bottom = new VBox(10);
        bottom.setStyle("-fx-padding: 12 0 0 0;");
        if (snapshot != null) {
            bottom.getChildren().add(resume);
        }
        slotEnd.setId("slot-end");
        // no example time in the field: a grey "11:45" was read as the end already set (a TA's trial)
        slotEnd.setPrefColumnCount(5);
        slotEnd.setFocusTraversable(false); // the keys test the clicker until the lecturer clicks here
        slotEndError.setId("slot-end-error");
        slotEndError.getStyleClass().add("verdict-error");
        Label endLabel = new Label(Messages.get("slot.endLabel"));
        HBox endRow = new HBox(10, endLabel, slotEnd, slotEndError);
        endRow.setStyle("-fx-alignment: center-left;");
        bottom.getChildren().addAll(endRow, buttons);

        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        verdict.setId("verdict");
        verdict.getStyleClass().add("check-verdict");
        Label clicker = new Label(Messages.get("topic.clicker"));
        clicker.getStyleClass().add("check-topic");
        HBox echoRow = new HBox(12, clicker, echo);
        echoRow.setStyle("-fx-alignment: center-left; -fx-padding: 0 0 8 0;");
        VBox top = new VBox(title(), verdict, echoRow);
        BorderPane root = new BorderPane(scroll, top, null, bottom, null);
        root.getStyleClass().add("presenter");
        root.setStyle("-fx-padding: 16 20 16 20; -fx-font-size: 16px;");
        root.getStylesheets().add(Objects.requireNonNull(
                PreLectureDialog.class.getResource("presenter.css")).toExternalForm());
        Scene scene = new Scene(root, 980, 720);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        stage.setScene(scene);
        stage.setTitle(Messages.get("check.windowTitle"));
        stage.setOnCloseRequest(e -> begin());
    }

    private static Label title() {
        Label t = new Label(Messages.get("check.title"));
        t.getStyleClass().add("overlay-title");
        t.setStyle("-fx-padding: 0 0 8 0;");
        return t;
    }

    private void add(List<CheckItem> items) {
        for (CheckItem i : items) {
            if (all.contains(i)) {
                continue; // nothing twice
            }
            all.add(i);
            Label l = new Label(symbol(i.level()) + "  " + i.text());
            l.getStyleClass().add("check-" + i.level().name().toLowerCase(Locale.ROOT));
            l.setWrapText(true);
            topics.get(i.topic()).getChildren().add(l);
        }
        long homework = all.stream().filter(i -> i.topic() == CheckItem.Topic.AUTHOR).count();
        author.setText(Messages.get("topic.author", homework));
        author.setVisible(homework > 0);
        author.setManaged(homework > 0);
        verdict.setText(PreLectureCheck.verdict(all));
        verdict.getStyleClass().removeAll("verdict-ok", "verdict-warning", "verdict-error");
        verdict.getStyleClass().add(PreLectureCheck.toReview(all) == 0 ? "verdict-ok"
                : all.stream().anyMatch(i -> i.level() == CheckItem.Level.ERROR) ? "verdict-error" : "verdict-warning");
    }

    /** The first line: the verdict. */
    String verdictText() {
        return verdict.getText();
    }

    /** The folded group of the author's warnings. */
    TitledPane authorGroup() {
        return author;
    }

    private static String symbol(CheckItem.Level level) {
        return switch (level) {
            case OK -> "\u2714";
            case INFO -> "\u2139";
            case WARNING -> "\u26a0";
            default -> "\u2716";
        };
    }

    void show() {
        stage.show();
    }

    /**
     * Draws every slide off-screen, one per frame once the dialog is on screen, and lists those that overflow.
     * All at once it took over a second before the dialog's first frame (and froze the clicker test meanwhile).
     */
    void checkRendering(SlideRenderer renderer, Path base) {
        List<Slide> slides = renderer.context().slides();
        List<Problem> problems = new ArrayList<>();
        Label progress = new Label(Messages.get("preflight.rendering", 0, slides.size()));
        progress.getStyleClass().add("muted");
        progress.setId("render-progress");
        topics.get(CheckItem.Topic.DECK).getChildren().add(progress);
        renderCheck = new AnimationTimer() {
            private int frames;
            private int next;

            @Override
            public void handle(long now) {
                if (++frames <= 2) {
                    return; // the dialog's own first frames go out first
                }
                if (next < slides.size()) {
                    OverflowCheck.check(renderer, slides.get(next++)).ifPresent(problems::add);
                    progress.setText(Messages.get("preflight.rendering", next, slides.size()));
                    return;
                }
                stop();
                renderingChecked = true;
                topics.get(CheckItem.Topic.DECK).getChildren().remove(progress);
                add(problems.isEmpty()
                        ? List.of(new CheckItem(CheckItem.Level.OK, CheckItem.Topic.DECK, Messages.get("preflight.renderOk")))
                        : PreLectureCheck.deck(problems, base));
            }
        };
        renderCheck.start();
    }

    /** Whether every slide has been drawn and checked. */
    boolean renderingChecked() {
        return renderingChecked;
    }

    /**
     * The slot's end: shown with {@code initial} (remembered for the deck, or {@code --end}); {@code apply} takes
     * the text at the start and says whether it is a time (or empty); if not, the talk does not start yet.
     */
    void offerSlotEnd(String initial, Predicate<String> apply) {
        slotEnd.setText(initial == null ? "" : initial);
        applySlotEnd = apply;
    }

    /** Shows which action a key would do: the clicker test. Enter and F5 start the talk. */
    private void key(KeyEvent e) {
        if (e.getTarget() == slotEnd && e.getCode() != KeyCode.ENTER && e.getCode() != KeyCode.F5) {
            return; // typing the end time, not testing the clicker
        }
        e.consume();
        if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F5) {
            begin();
            return;
        }
        String what = Messages.get(ActionTexts.messageKey(keys.pressed(e)));
        echo.setText(Messages.get("clicker.echo", keyName(e.getCode()), what));
    }

    static String keyName(KeyCode code) {
        return switch (code) {
            case PAGE_DOWN -> Messages.get("key.pageDown");
            case PAGE_UP -> Messages.get("key.pageUp");
            case SPACE -> Messages.get("key.space");
            case BACK_SPACE -> Messages.get("key.backspace");
            case HOME -> Messages.get("key.home");
            case END -> Messages.get("key.end");
            case PAUSE -> Messages.get("key.pause");
            case PERIOD -> ".";
            default -> code.getName();
        };
    }

    String echoText() {
        return echo.getText();
    }

    boolean resumeChosen() {
        return resume.isSelected() && resume.getParent() != null;
    }

    void setResume(boolean value) {
        resume.setSelected(value);
    }

    Stage stage() {
        return stage;
    }

    private void begin() {
        if (started) {
            return;
        }
        if (!applySlotEnd.test(slotEnd.getText())) {
            slotEndError.setText(Messages.get("slot.endBad", slotEnd.getText().trim()));
            slotEnd.requestFocus();
            return;
        }
        started = true;
        if (renderCheck != null) {
            renderCheck.stop(); // the talk needs the frames now
        }
        boolean r = resumeChosen();
        // after the key event that asked for it is over: GTK's input method still holds the window meanwhile,
        // and hiding it inside that event crashed the JVM (seen with Enter in the end-time field)
        Platform.runLater(() -> {
            stage.hide();
            onStart.accept(r);
        });
    }
}
