package estrado.present.window;

import estrado.i18n.Messages;
import estrado.present.keys.Keys;
import estrado.present.overlay.HelpOverlay;
import estrado.present.overlay.Overlay;
import estrado.present.overlay.OverviewOverlay;
import estrado.present.overlay.RehearsalOverlay;
import estrado.present.overlay.Thumbnails;
import estrado.present.talk.Presentation;
import estrado.present.talk.TalkSession;
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
    public static final javafx.util.Duration TICK = javafx.util.Duration.seconds(1);

    private final Stage stage;
    private final Presentation presentation;
    private final Keys keys = new Keys();
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

    public PresenterWindow(Stage stage, Presentation presentation, TalkSession session, PresenterPrefs prefs,
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
        if (Keys.isClickerKey(e.getCode())) {
            keys.apply(keys.pressed(e), presentation);
            e.consume();
            return;
        }
        Overlay overlay = overlay();
        if (overlay != null) {
            overlayKey(overlay, e);
            return;
        }
        if (widgetMode.keyPressed(e)) {
            return; // only in the widget mode the lecturer asked for with Tab (a click never enters it)
        }
        if (e.getCode() == KeyCode.ESCAPE && presentation.escape()) {
            e.consume(); // Esc puts the spotlight out, the zoom back, the pen down before it dismisses anything
            return;
        }
        Keys.Action a = keys.pressed(e); // digits typed into an overlay or a widget never reach this
        if (a.isPresenters()) {
            perform(a);
            e.consume();
        } else if (a == Keys.Action.FULL_SCREEN) {
            audienceFullScreen.run();
            e.consume();
        } else if (keys.apply(a, presentation)) {
            e.consume();
        }
    }

    /** An open overlay gets the keys first; Esc (or its own key again) closes it; the room can always be blanked. */
    private void overlayKey(Overlay overlay, KeyEvent e) {
        Keys.Action a = Keys.of(e);
        if (a == Keys.Action.CLOSE || togglesOverlay(a)) {
            closeOverlay();
            e.consume();
        } else if (overlay.keyPressed(e)) {
            e.consume();
        } else if (!overlay.takesText()) {
            if (a == Keys.Action.BLACK || a == Keys.Action.WHITE) {
                keys.apply(a, presentation);
            }
            e.consume();
        }
    }

    private boolean togglesOverlay(Keys.Action a) {
        Overlay overlay = overlay();
        return a == Keys.Action.OVERVIEW && overlay instanceof OverviewOverlay
                || a == Keys.Action.HELP && overlay instanceof HelpOverlay
                || a == Keys.Action.REHEARSALS && overlay instanceof RehearsalOverlay;
    }

    private void keyTyped(KeyEvent e) {
        Overlay overlay = overlay();
        if (overlay != null && overlay.takesText()) {
            return;
        }
        Keys.Action a = Keys.typed(e);
        if (a == Keys.Action.NONE) {
            return;
        }
        if (overlay == null) {
            perform(a);
        } else if (a == Keys.Action.HELP && overlay instanceof HelpOverlay) {
            closeOverlay();
        }
        e.consume();
    }

    /**
     * A presenter's key pressed on the audience window (it has the focus, e.g. after a click on the projector):
     * it works from there too. Overlays live in this window, so they are not reached.
     */
    public void foreignKey(KeyEvent e) {
        Keys.Action a = e.getEventType() == KeyEvent.KEY_TYPED ? Keys.typed(e) : Keys.of(e);
        if (!a.isPresenters() || a == Keys.Action.CLOSE) {
            return;
        }
        if (overlay() == null || a == Keys.Action.START_PAUSE || a == Keys.Action.SWAP_SCREENS) {
            perform(a);
        }
        e.consume();
    }

    /**
     * Does what a presenter key asks; public because the buttons, the two-window tests (another package) and the
     * screenshot tool share this path.
     */
    public void perform(Keys.Action action) {
        actions.perform(action);
    }

    void closeOverlay() {
        layout.overlays().close();
    }

    // ---- wiring and access ----

    /** Puts the file menu at the start of the top bar. */
    public void addMenu(MenuButton menu) {
        layout.status().addMenu(menu);
    }

    /** Places the strip listing a broken edit's problems (file:line:col) at the top of this window only. */
    public void showDeckProblems(Region problems) {
        layout.showDeckProblems(problems);
    }

    public void notice(Banner.Level level, String text) {
        layout.banner().notice(level, text);
    }

    /** See {@link PresenterActions#onQuit}. */
    public void onQuit(Runnable quit) {
        actions.onQuit(quit);
    }

    /** What S does (the screen manager swaps the roles). */
    public void setSwapScreens(Runnable r) {
        actions.setSwapScreens(r);
    }

    /** What F / F11 do here: toggle the audience window's full screen. */
    public void setAudienceFullScreen(Runnable r) {
        audienceFullScreen = r;
    }

    public Stage stage() {
        return stage;
    }

    /** Stops the clock's ticking (the window is closing). */
    public void stopTicking() {
        ticker.stop();
    }

    public SlideView currentView() {
        return layout.current();
    }

    public WidgetMode widgetMode() {
        return widgetMode;
    }

    public NextPreview nextPreview() {
        return layout.next();
    }

    public NotesView notes() {
        return layout.notes();
    }

    public TimerPanel timerPanel() {
        return layout.timer();
    }

    public SectionBar sectionBar() {
        return layout.section();
    }

    public Banner banner() {
        return layout.banner();
    }

    public Overlay overlay() {
        return layout.overlays().shown();
    }

    public Label wallClockLabel() {
        return layout.status().wallClock();
    }

    public Label blankBadge() {
        return layout.status().blankBadge();
    }

    public Label topCountLabel() {
        return layout.status().count();
    }
}
