package estrado.present;

import estrado.i18n.Messages;
import estrado.render.SlideRenderer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

/**
 * The lecturer's window: the slide as the audience sees it (live: its widgets work here too), what comes next,
 * the notes, and the talk against its plan. Its parts ({@link PresenterLayout}, {@link StatusBar},
 * {@link PresenterActions}) follow the one {@link Presentation} and the {@link TalkSession}'s properties; this
 * class builds them and routes the keys. Only the talk clock's figures need time to pass: the session reads its
 * clock once a second.
 */
public final class PresenterWindow {
    /** How often the session reads its clock: the figures show whole seconds. */
    static final javafx.util.Duration TICK = javafx.util.Duration.seconds(1);

    private final Stage stage;
    private final Presentation presentation;
    private final Keymap keys = new Keymap();
    private final PresenterLayout layout;
    private final PresenterActions actions;
    private final WidgetMode widgetMode;
    private final Thumbnails thumbnails = new Thumbnails();
    private final Timeline ticker;
    private Runnable audienceFullScreen = () -> { };

    public PresenterWindow(Stage stage, Presentation presentation, TalkSession session, PresenterPrefs prefs,
            Chrome chrome) {
        this(stage, presentation, session, prefs, chrome, WidgetMode.Scheduler.fx());
    }

    PresenterWindow(Stage stage, Presentation presentation, TalkSession session, PresenterPrefs prefs,
            Chrome chrome, WidgetMode.Scheduler scheduler) {
        this.stage = stage;
        this.presentation = presentation;
        this.layout = new PresenterLayout(stage, presentation, session, prefs.notesSize(), this::perform);
        this.actions = new PresenterActions(stage, presentation, session, prefs, chrome, layout, thumbnails);
        this.widgetMode = new WidgetMode(layout.current(), scheduler);
        layout.current().pointWithMouse(scheduler); // the live slide is where the lecturer points at the projector

        Scene scene = new Scene(layout.root(), 1366, 768);
        // a filter on the scene sees every key before a focused slider or button could spend it
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        widgetMode.attach(scene);
        scene.addEventFilter(KeyEvent.KEY_TYPED, this::keyTyped);
        scene.widthProperty().addListener((o, a, b) -> layout.rescale(scene));
        scene.heightProperty().addListener((o, a, b) -> layout.rescale(scene));
        stage.setScene(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("window.presenterTitle", presentation.deckProperty().get().deck().title()),
                presentation.deckProperty()));

        presentation.positionProperty().addListener((o, a, b) -> widgetMode.leave());
        presentation.deckProperty().addListener((o, a, b) -> {
            widgetMode.leave();
            thumbnails.deckChanged(new SlideRenderer(presentation.deckProperty().get()));
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

        ticker = new Timeline(new KeyFrame(TICK, e -> session.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
        layout.rescale(scene);
    }

    // ---- keys ----

    private void keyPressed(KeyEvent e) {
        KeyCode code = e.getCode();
        if (PresenterKeys.isClickerKey(code)) {
            keys.apply(keys.action(e), presentation);
            e.consume();
            return;
        }
        Overlay overlay = overlay();
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
        Overlay overlay = overlay();
        return pa == PresenterKeys.Action.OVERVIEW && overlay instanceof OverviewOverlay
                || pa == PresenterKeys.Action.HELP && overlay instanceof HelpOverlay
                || pa == PresenterKeys.Action.REHEARSALS && overlay instanceof RehearsalOverlay;
    }

    private void keyTyped(KeyEvent e) {
        Overlay overlay = overlay();
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
        if (overlay() == null || pa == PresenterKeys.Action.START_PAUSE
                || pa == PresenterKeys.Action.SWAP_SCREENS) {
            perform(pa);
        }
        e.consume();
    }

    /** Does what a presenter key asks; package-visible so buttons and tests share the path. */
    void perform(PresenterKeys.Action action) {
        actions.perform(action);
    }

    void closeOverlay() {
        layout.overlays().close();
    }

    // ---- wiring and access ----

    /** Puts the file menu at the start of the top bar. */
    void addMenu(MenuButton menu) {
        layout.status().addMenu(menu);
    }

    /** Places the strip listing a broken edit's problems (file:line:col) at the top of this window only. */
    void showDeckProblems(Region problems) {
        layout.showDeckProblems(problems);
    }

    void notice(Banner.Level level, String text) {
        layout.banner().notice(level, text);
    }

    /** See {@link PresenterActions#onQuit}. */
    void onQuit(Runnable quit) {
        actions.onQuit(quit);
    }

    /** What S does (the screen manager swaps the roles). */
    void setSwapScreens(Runnable r) {
        actions.setSwapScreens(r);
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
        return layout.current();
    }

    WidgetMode widgetMode() {
        return widgetMode;
    }

    NextPreview nextPreview() {
        return layout.next();
    }

    NotesView notes() {
        return layout.notes();
    }

    TimerPanel timerPanel() {
        return layout.timer();
    }

    SectionBar sectionBar() {
        return layout.section();
    }

    Banner banner() {
        return layout.banner();
    }

    Overlay overlay() {
        return layout.overlays().shown();
    }

    Label wallClockLabel() {
        return layout.status().wallClock();
    }

    Label blankBadge() {
        return layout.status().blankBadge();
    }

    Label topCountLabel() {
        return layout.status().count();
    }
}
