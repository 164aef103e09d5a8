package estrado.present;

import estrado.deck.Deck;
import estrado.deck.Section;
import estrado.deck.Slide;
import estrado.i18n.Messages;
import estrado.preflight.PreLectureCheck;
import estrado.render.SlideRenderer;
import estrado.timing.Pace;
import estrado.timing.PaceStatus;
import estrado.timing.Plan;
import estrado.timing.RehearsalReport;
import estrado.timing.RunListing;
import estrado.timing.TalkTimer;
import estrado.timing.TimeFormat;
import estrado.timing.TimerState;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The lecturer's window: the slide as the audience sees it (live: its widgets work here too), what comes next,
 * the notes, and the talk against its plan: elapsed and remaining time, the pace (±mm:ss), the current section
 * against its budget, and the whole plan as a timeline. Everything reads the one {@link Presentation} and the
 * {@link TalkSession}; nothing here keeps its own copy of where the talk is.
 */
public final class PresenterWindow {
    /** Root font size at 1080 lines; everything in the stylesheet is in em of it. */
    static final double BASE_FONT = 20;
    private static final String CSS = Objects.requireNonNull(
            PresenterWindow.class.getResource("presenter.css")).toExternalForm();
    private static final DateTimeFormatter WALL = DateTimeFormatter.ofPattern("HH:mm");

    private final Stage stage;
    private final Presentation presentation;
    private final TalkSession session;
    private final PresenterPrefs prefs;
    private final Chrome chrome;
    private final Keymap keys = new Keymap();
    private final SlideView current;
    private final WidgetMode widgetMode;
    private final NextPreview next;
    private final NotesView notes = new NotesView();
    private final TimerPanel timer = new TimerPanel();
    private final SectionBar section = new SectionBar();
    private final PlanTimeline timeline = new PlanTimeline();
    private final Banner banner = new Banner();
    private final Label topSection = new Label();
    private final Label topCount = new Label();
    private final Label wallClock = new Label();
    private final Label blankBadge = new Label();
    private final Label timerBadge = new Label();
    private final Label blankCover = new Label();
    private final StackPane overlayLayer = new StackPane();
    private final StackPane root;
    private HBox topBar;
    private final Thumbnails thumbnails = new Thumbnails();
    private final Timeline ticker;
    private Overlay overlay;
    private boolean mismatchDismissed;
    private Runnable swapScreens = () -> notice(Banner.Level.INFO, Messages.get("screens.one"));
    private Runnable audienceFullScreen = () -> { };

    public PresenterWindow(Stage stage, Presentation presentation, TalkSession session, PresenterPrefs prefs,
            Chrome chrome) {
        this(stage, presentation, session, prefs, chrome, WidgetMode.Scheduler.fx());
    }

    PresenterWindow(Stage stage, Presentation presentation, TalkSession session, PresenterPrefs prefs,
            Chrome chrome, WidgetMode.Scheduler scheduler) {
        this.stage = stage;
        this.presentation = presentation;
        this.session = session;
        this.prefs = prefs;
        this.chrome = chrome;
        this.current = new SlideView(presentation);
        this.widgetMode = new WidgetMode(current, scheduler);
        current.pointWithMouse(scheduler); // the live slide is where the lecturer points at the projector
        this.next = new NextPreview(presentation);
        notes.setSize(prefs.notesSize());

        BorderPane main = new BorderPane();
        main.setTop(topBar());
        main.setCenter(body());
        VBox bottom = new VBox(section, timeline);
        bottom.setSpacing(4);
        main.setBottom(bottom);
        overlayLayer.setPickOnBounds(false);
        root = new StackPane(main, banner, overlayLayer);
        root.getStyleClass().add("presenter");
        root.getStylesheets().add(CSS);
        StackPane.setAlignment(banner, Pos.BOTTOM_CENTER);

        Scene scene = new Scene(root, 1366, 768);
        // a filter on the scene sees every key before a focused slider or button could spend it
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        widgetMode.attach(scene);
        scene.addEventFilter(KeyEvent.KEY_TYPED, this::keyTyped);
        scene.widthProperty().addListener((o, a, b) -> rescale());
        scene.heightProperty().addListener((o, a, b) -> rescale());
        stage.setScene(scene);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Messages.get("window.presenterTitle", presentation.deckProperty().get().deck().title()),
                presentation.deckProperty()));

        session.revisionProperty().addListener((o, a, b) -> update());
        presentation.blankProperty().addListener((o, a, b) -> update());
        presentation.positionProperty().addListener((o, a, b) -> {
            widgetMode.leave();
            slideChanged();
        });
        presentation.deckProperty().addListener((o, a, b) -> {
            widgetMode.leave();
            thumbnails.deckChanged(new SlideRenderer(presentation.deckProperty().get()));
            slideChanged();
        });
        thumbnails.deckChanged(new SlideRenderer(presentation.deckProperty().get()));
        // a late start or a later first slide: the fitted plan is said once, when the clock starts
        session.slotNoticeProperty().addListener((o, a, b) -> {
            if (!b.isEmpty()) {
                notice(Banner.Level.INFO, b);
            }
        });
        session.problemProperty().addListener((o, a, b) -> {
            if (!b.isEmpty()) {
                notice(Banner.Level.DANGER, Messages.get("state.saveFailed", b));
            }
        });

        ticker = new Timeline(new KeyFrame(javafx.util.Duration.millis(250), e -> session.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
        rescale();
        slideChanged();
    }

    // ---- layout ----

    private HBox topBar() {
        topSection.getStyleClass().add("top-section");
        topSection.setId("top-section");
        topSection.setTextOverrun(OverrunStyle.ELLIPSIS);
        topSection.setMinWidth(0);
        topSection.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(topSection, Priority.ALWAYS);
        topCount.getStyleClass().add("top-count");
        topCount.setId("top-count");
        topCount.setMinWidth(Label.USE_PREF_SIZE);
        wallClock.getStyleClass().add("wall-clock");
        wallClock.setId("wall-clock");
        wallClock.setMinWidth(Label.USE_PREF_SIZE);
        blankBadge.getStyleClass().addAll("state-badge", "blank");
        blankBadge.setId("blank-badge");
        blankBadge.setMinWidth(Label.USE_PREF_SIZE);
        timerBadge.getStyleClass().add("state-badge");
        timerBadge.setId("timer-badge");
        timerBadge.setMinWidth(Label.USE_PREF_SIZE);
        Button theme = new Button("\u25d0");
        theme.setTooltip(new javafx.scene.control.Tooltip(Messages.get("button.theme")));
        theme.setId("theme-button");
        theme.setFocusTraversable(false);
        theme.setOnAction(e -> perform(PresenterKeys.Action.THEME));
        Button help = new Button("?");
        help.setId("help-button");
        help.setFocusTraversable(false);
        help.setOnAction(e -> perform(PresenterKeys.Action.HELP));
        HBox bar = new HBox(topSection, blankBadge, timerBadge, topCount, wallClock, theme, help);
        bar.getStyleClass().add("top-bar");
        topBar = bar;
        return bar;
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

    private void rescale() {
        Scene scene = stage.getScene();
        double s = Math.max(0.55, Math.min(2.0, Math.min(scene.getWidth() / 1920, scene.getHeight() / 1080)));
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", BASE_FONT * s));
        notes.setWindowScale(s);
    }

    // ---- updates ----

    private void slideChanged() {
        notes.show(presentation.currentSlide());
        update();
    }

    private void update() {
        Pace pace = session.pace();
        Plan plan = session.plan();
        TalkTimer t = session.timer();
        Instant now = session.nowProperty().get();
        ZoneId zone = session.clock().getZone();
        Deck deck = presentation.deckProperty().get().deck();
        Slide slide = presentation.currentSlide();
        Section sec = deck.sectionOf(slide);
        int slideIndex = presentation.position().slide();

        topSection.setText(Messages.get("top.section", deck.sections().indexOf(sec) + 1, deck.sections().size(),
                PlainText.of(sec.title())));
        // the same n/N as the projected slide's footer, so "slide 12" means one thing in the room
        topCount.setText(Messages.get(plan.isCounted(slideIndex) ? "top.count" : "top.backup", slideIndex + 1,
                plan.slideCount()));
        wallClock.setText(WALL.format(now.atZone(zone)));

        Presentation.Blank blank = presentation.blankProperty().get();
        boolean blanked = blank != Presentation.Blank.NONE;
        blankBadge.setVisible(blanked);
        blankBadge.setManaged(blanked);
        blankBadge.setText(blank == Presentation.Blank.WHITE ? Messages.get("badge.white") : Messages.get("badge.black"));
        blankCover.setVisible(blanked);
        blankCover.setText(blank == Presentation.Blank.WHITE ? Messages.get("blank.coverWhite")
                : Messages.get("blank.cover"));

        timerBadge.getStyleClass().removeAll("paused", "pretalk");
        if (t.state() == TimerState.PAUSED) {
            timerBadge.setText(Messages.get("badge.paused"));
            timerBadge.getStyleClass().add("paused");
        } else if (t.state() == TimerState.NOT_STARTED) {
            timerBadge.setText(Messages.get("badge.pretalk"));
            timerBadge.getStyleClass().add("pretalk");
        }
        boolean badge = t.state() == TimerState.PAUSED || t.state() == TimerState.NOT_STARTED;
        timerBadge.setVisible(badge);
        timerBadge.setManaged(badge);

        timer.show(pace, t, now, zone, session.tracker());
        section.show(pace, plan);
        timeline.show(plan, pace, session.sectionActuals());
        banner.standing(standing(pace, plan, t, deck));
    }

    private List<Banner.Message> standing(Pace pace, Plan plan, TalkTimer t, Deck deck) {
        List<Banner.Message> out = new ArrayList<>();
        if (t.state() == TimerState.NOT_STARTED && !mismatchDismissed) {
            if (session.fitted()) {
                out.add(new Banner.Message(Banner.Level.INFO, session.slotText()));
            } else if (plan.budgetsMismatch()) {
                out.add(new Banner.Message(Banner.Level.INFO, PreLectureCheck.mismatch(plan)));
            }
        }
        if (t.state() != TimerState.RUNNING) {
            return out;
        }
        if (pace.status() == PaceStatus.OVERTIME) {
            out.add(new Banner.Message(Banner.Level.DANGER,
                    Messages.get("warn.overtime", TimeFormat.minutesSeconds(pace.remaining().negated()))));
        } else if (pace.status() == PaceStatus.LAST_MINUTES) {
            out.add(new Banner.Message(Banner.Level.WARNING,
                    Messages.get("warn.lastMinutes", TimeFormat.minutesSeconds(pace.remaining()))));
        }
        if (pace.sectionEndingSoon()) {
            Duration left = pace.sectionBudget().minus(pace.sectionElapsed());
            out.add(new Banner.Message(Banner.Level.WARNING, Messages.get("warn.sectionEnding",
                    TimeFormat.minutesSeconds(left), plan.sections().get(pace.sectionIndex()).title())));
        }
        return out;
    }

    /** Puts the file menu at the start of the top bar. */
    void addMenu(javafx.scene.control.MenuButton menu) {
        topBar.getChildren().add(0, menu);
    }

    /** Places the strip listing a broken edit's problems (file:line:col) at the top of this window only. */
    void showDeckProblems(javafx.scene.layout.Region problems) {
        problems.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // a strip, not a cover
        StackPane.setAlignment(problems, Pos.TOP_CENTER);
        root.getChildren().add(root.getChildren().indexOf(banner), problems);
    }

    void notice(Banner.Level level, String text) {
        banner.notice(level, text);
    }

    // ---- keys ----

    private void keyPressed(KeyEvent e) {
        KeyCode code = e.getCode();
        if (PresenterKeys.isClickerKey(code)) {
            keys.apply(keys.action(e), presentation);
            e.consume();
            return;
        }
        if (overlay == null && widgetMode.keyPressed(e)) {
            return; // only in the widget mode the lecturer entered (Tab or a click on the widget)
        }
        if (overlay != null) {
            PresenterKeys.Action pa = PresenterKeys.pressed(e);
            if (pa == PresenterKeys.Action.CLOSE || togglesOverlay(pa)) {
                closeOverlay();
                e.consume();
                return;
            }
            if (overlay.keyPressed(e)) {
                e.consume();
                return;
            }
            if (overlay.takesText()) {
                return;
            }
            Keymap.Action a = keys.action(e);
            if (a == Keymap.Action.BLACK || a == Keymap.Action.WHITE) {
                keys.apply(a, presentation);
            }
            e.consume();
            return;
        }
        if (code == KeyCode.ESCAPE && presentation.escape()) {
            e.consume(); // Esc puts the spotlight out, the zoom back, the pen down before it dismisses anything
            return;
        }
        PresenterKeys.Action pa = PresenterKeys.pressed(e);
        if (pa != PresenterKeys.Action.NONE) {
            perform(pa);
            e.consume();
            return;
        }
        Keymap.Action a = keys.action(e);
        if (a == Keymap.Action.FULL_SCREEN) {
            audienceFullScreen.run();
            e.consume();
        } else if (keys.apply(a, presentation)) {
            e.consume();
        }
    }

    private boolean togglesOverlay(PresenterKeys.Action pa) {
        return pa == PresenterKeys.Action.OVERVIEW && overlay instanceof OverviewOverlay
                || pa == PresenterKeys.Action.HELP && overlay instanceof HelpOverlay
                || pa == PresenterKeys.Action.REHEARSALS && overlay instanceof RehearsalOverlay;
    }

    private void keyTyped(KeyEvent e) {
        if (overlay != null && overlay.takesText()) {
            return;
        }
        PresenterKeys.Action pa = PresenterKeys.typed(e);
        if (pa == PresenterKeys.Action.NONE) {
            return;
        }
        if (overlay != null) {
            if (pa == PresenterKeys.Action.HELP && overlay instanceof HelpOverlay) {
                closeOverlay();
            }
        } else {
            perform(pa);
        }
        e.consume();
    }

    /**
     * A key the audience window did not use (it has the focus, e.g. after a click on the projector): the
     * presenter's own keys still work from there. Overlays live in this window, so they are not reached.
     */
    public void foreignKey(KeyEvent e) {
        PresenterKeys.Action pa = e.getEventType() == KeyEvent.KEY_TYPED ? PresenterKeys.typed(e)
                : PresenterKeys.pressed(e);
        if (pa == PresenterKeys.Action.NONE || pa == PresenterKeys.Action.CLOSE) {
            return;
        }
        if (overlay == null || pa == PresenterKeys.Action.START_PAUSE || pa == PresenterKeys.Action.SWAP_SCREENS) {
            perform(pa);
        }
        e.consume();
    }

    /** Does what a presenter key asks; public to the package so buttons and tests share the path. */
    void perform(PresenterKeys.Action action) {
        switch (action) {
            case START_PAUSE -> session.startOrTogglePause();
            case PLUS_MINUTE, MINUS_MINUTE -> {
                boolean plus = action == PresenterKeys.Action.PLUS_MINUTE;
                if (session.adjust(plus ? TalkTimer.CORRECTION_STEP : TalkTimer.CORRECTION_STEP.negated())) {
                    notice(Banner.Level.INFO, Messages.get(plus ? "timer.plusMinute" : "timer.minusMinute"));
                } else {
                    notice(Banner.Level.INFO, Messages.get("timer.notRunning"));
                }
            }
            case RESET -> {
                if (session.timer().state() == TimerState.NOT_STARTED) {
                    notice(Banner.Level.INFO, Messages.get("timer.notRunning"));
                } else {
                    open(new ConfirmResetOverlay(TimeFormat.minutesSeconds(session.pace().elapsed()), () -> {
                        closeOverlay();
                        session.reset();
                        mismatchDismissed = false;
                        notice(Banner.Level.INFO, Messages.get("reset.done"));
                    }, this::closeOverlay));
                }
            }
            case OVERVIEW -> open(new OverviewOverlay(presentation.deckProperty().get().slides(),
                    presentation.position().slide(), thumbnails, this::jumpTo, startHere()));
            case GO_TO -> open(new GoToOverlay(new SlideSearch(presentation.deckProperty().get().deck()),
                    presentation.position().slide(), this::jumpTo, startHere()));
            case SWAP_SCREENS -> swapScreens.run();
            case THEME -> {
                prefs.setTheme(chrome.flipped());
                chrome.apply(prefs.theme());
            }
            case HELP -> open(new HelpOverlay());
            case REHEARSALS -> openRehearsals();
            case NOTES_BIGGER -> resizeNotes(1);
            case NOTES_SMALLER -> resizeNotes(-1);
            case NOTES_DEFAULT -> resizeNotes(0);
            case NOTES_DOWN -> notes.scrollBy(0.5);
            case NOTES_UP -> notes.scrollBy(-0.5);
            case CLOSE -> {
                mismatchDismissed = true;
                update();
            }
            case UNDO_INK -> presentation.ink().undo(presentation.inkPage());
            case SLIDE_THEME -> presentation.toggleSlideTheme();
            case QUIT -> stage.fireEvent(new javafx.stage.WindowEvent(stage,
                    javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
            default -> { }
        }
    }

    private void resizeNotes(int steps) {
        notes.resize(steps);
        prefs.setNotesSize(notes.size());
    }

    private void openRehearsals() {
        var store = session.store();
        if (store == null) {
            notice(Banner.Level.INFO, Messages.get("rehearsals.noStore"));
            return;
        }
        RunListing listing = store.listRuns(session.deckId());
        open(new RehearsalOverlay(RehearsalReport.compare(session.plan(),
                RehearsalReport.substantial(session.plan(), listing.runs())), listing.runs().size(),
                listing.problems()));
    }

    /** "Empezar desde aquí" for the overlays, only before the clock starts. */
    private java.util.function.IntConsumer startHere() {
        if (session.timer().state() != TimerState.NOT_STARTED) {
            return null;
        }
        return index -> {
            closeOverlay();
            if (session.startFrom(index)) {
                notice(Banner.Level.INFO, Messages.get("slot.startedHere", index + 1));
            }
        };
    }

    private void jumpTo(int index) {
        closeOverlay();
        presentation.goTo(new Position(index, 0));
    }

    private void open(Overlay o) {
        closeOverlay();
        overlay = o;
        overlayLayer.getChildren().setAll(o);
        overlayLayer.setPickOnBounds(true);
        if (!stage.isFocused() && stage.isShowing()) {
            stage.requestFocus();
        }
        o.opened();
    }

    void closeOverlay() {
        if (overlay instanceof OverviewOverlay ov) {
            ov.closed();
        }
        overlay = null;
        overlayLayer.getChildren().clear();
        overlayLayer.setPickOnBounds(false);
        root.requestFocus();
    }

    // ---- wiring and access ----

    /**
     * What closing the window or Ctrl+Q does: {@code quit} at once before the talk, or after one question while
     * the clock runs (Enter confirms, Esc goes back). Either way the run is written by {@code quit}.
     */
    void onQuit(Runnable quit) {
        stage.setOnCloseRequest(e -> {
            TimerState s = session.timer().state();
            if ((s == TimerState.RUNNING || s == TimerState.PAUSED) && !(overlay instanceof ConfirmQuitOverlay)) {
                e.consume();
                open(new ConfirmQuitOverlay(TimeFormat.minutesSeconds(session.pace().elapsed()), quit,
                        this::closeOverlay));
            } else if (overlay instanceof ConfirmQuitOverlay) {
                e.consume(); // already asking: a second close request is the answer
                quit.run();
            } else {
                quit.run();
            }
        });
    }

    /** What S does (the screen manager swaps the roles). */
    void setSwapScreens(Runnable r) {
        swapScreens = r;
    }

    /** What F / F11 do here: toggle the audience window's full screen. */
    void setAudienceFullScreen(Runnable r) {
        audienceFullScreen = r;
    }

    public Stage stage() {
        return stage;
    }

    /** Stops the clock's ticking (the window is closing). */
    void stopTicking() {
        ticker.stop();
    }

    SlideView currentView() {
        return current;
    }

    WidgetMode widgetMode() {
        return widgetMode;
    }

    NextPreview nextPreview() {
        return next;
    }

    NotesView notes() {
        return notes;
    }

    TimerPanel timerPanel() {
        return timer;
    }

    SectionBar sectionBar() {
        return section;
    }

    Banner banner() {
        return banner;
    }

    Overlay overlay() {
        return overlay;
    }

    Label wallClockLabel() {
        return wallClock;
    }

    Label blankBadge() {
        return blankBadge;
    }

    Label topCountLabel() {
        return topCount;
    }
}
