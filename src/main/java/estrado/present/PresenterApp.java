package estrado.present;

import estrado.i18n.Messages;
import estrado.preflight.CheckItem;
import estrado.preflight.Displays;
import estrado.preflight.PreLectureCheck;
import estrado.preflight.ScreenChoices;
import estrado.preflight.ScreenRoles;
import estrado.preflight.StateFiles;
import estrado.deck.BundledDeck;
import estrado.present.talk.Presentation;
import estrado.present.talk.TalkSession;
import estrado.present.window.Banner;
import estrado.present.window.Chrome;
import estrado.present.window.PresenterPrefs;
import estrado.present.window.PresenterWindow;
import estrado.render.OpenedDeck;
import estrado.render.SlideContext;
import estrado.render.SlideRenderer;
import estrado.render.WidgetViews;
import estrado.timing.PaceSettings;
import estrado.timing.PresentationSnapshot;
import estrado.timing.RunLogStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/**
 * The JavaFX application: opens a deck, runs the pre-lecture check, then shows the presenter window on the laptop
 * and the audience window on the projector (or both on one screen, for a rehearsal).
 */
public final class PresenterApp extends Application {
    // Application.launch builds the instance itself, so the launch arguments travel through here
    private static Path deckFolder;
    private static WidgetViews widgets = WidgetViews.none();
    private static PaceSettings pacing = PaceSettings.defaults();
    private static boolean skipCheck;
    private DeckReloader reloader;

    private TalkSession session;
    private PresenterWindow presenterWindow;

    private static CompletableFuture<OpenedDeck> opening;
    private static CompletableFuture<Saved> saved;

    /**
     * What the lecturer set last time, read from the state folder while the toolkit starts (Jackson's set-up
     * included), and, for a chrome that follows the system, the desktop's colour scheme (one or two short
     * commands such as gsettings, formerly run on the JavaFX thread before the first frame).
     */
    private record Saved(Path stateDir, PresenterPrefs prefs, ScreenChoices choices, boolean systemDark) {
        static Saved load() {
            Path stateDir = StateFiles.directory(null);
            PresenterPrefs prefs = PresenterPrefs.load(stateDir);
            boolean systemDark = prefs.theme() == PresenterPrefs.Theme.SYSTEM && Chrome.systemPrefersDark();
            return new Saved(stateDir, prefs, ScreenChoices.load(stateDir), systemDark);
        }
    }

    /** Opens the windows on a deck folder ({@code null}: the bundled deck); returns when they close. */
    public static int launch(Path folder, WidgetViews widgetViews) {
        return launch(folder, widgetViews, PaceSettings.defaults(), false);
    }

    /**
     * @param pace      tolerance and warnings of the pace indicator
     * @param noCheck   skip the pre-lecture check dialog (an unfinished run is still offered)
     */
    public static int launch(Path folder, WidgetViews widgetViews, PaceSettings pace, boolean noCheck) {
        deckFolder = folder;
        widgets = widgetViews;
        pacing = pace;
        skipCheck = noCheck;
        // the deck is found, read and checked, and the saved settings read, while the toolkit starts
        opening = CompletableFuture.supplyAsync(() -> open(folder, widgetViews), PresenterApp::background);
        saved = CompletableFuture.supplyAsync(Saved::load, PresenterApp::background);
        ToolkitStart.prepare();
        ToolkitStart.join(); // started early by the caller (Main), if it did
        Application.launch(PresenterApp.class);
        return 0;
    }

    /** A thread of its own: the common pool has one worker on two cores, and these two tasks must not queue. */
    private static void background(Runnable task) {
        Thread t = new Thread(task, "estrado-open");
        t.setDaemon(true);
        t.start();
    }

    static final String REGION_CACHING = "prism.disableRegionCaching";

    /**
     * JavaFX keeps a 2048×1024 texture per screen for the shaped backgrounds of controls (a menu button's
     * arrow, a check mark): 8 MB of heap each in the software pipeline, for the whole talk, to save redrawing a
     * few small shapes. Turned off before the toolkit starts, unless the user set it (decision 0019).
     */
    static void keepNoRegionCache() {
        if (System.getProperty(REGION_CACHING) == null) {
            System.setProperty(REGION_CACHING, "true");
        }
    }

    @Override
    public void start(Stage stage) {
        // whatever goes wrong inside a window, the lecturer sees one line on the terminal, never a trace
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> System.err.println(
                estrado.i18n.Messages.get("cli.failed", e.getClass().getSimpleName(), String.valueOf(e.getMessage()))));
        Saved last = saved != null ? saved.join() : Saved.load();
        Path stateDir = last.stateDir();
        PresenterPrefs prefs = last.prefs();
        Chrome chrome = new Chrome();
        chrome.apply(prefs.theme(), last.systemDark());
        OpenedDeck opened = opened();
        if (opened.context().isEmpty()) {
            useTheme();
            ProblemsWindow.show(stage, opened.root(), opened.problems());
            return;
        }
        Presentation presentation = new Presentation(opened.context().get());
        RunLogStore store = new RunLogStore(stateDir);
        Clock clock = Clock.systemDefaultZone();
        session = new TalkSession(presentation, clock, pacing, store, true);
        // the class's fixed end: --end, else the one last set for this deck (a course keeps its weekly slot)
        String deckKey = session.deckId();
        String endText = pacing.slotEnd() != null ? pacing.slotEnd().text() : prefs.slotEnd(deckKey);
        java.util.function.Predicate<String> applyEnd = text -> {
            if (text == null || text.isBlank()) {
                session.setSlotEnd(null);
                prefs.setSlotEnd(deckKey, "");
                return true;
            }
            var end = estrado.timing.SlotEnd.parse(text);
            end.ifPresent(e -> {
                session.setSlotEnd(e);
                prefs.setSlotEnd(deckKey, e.text());
            });
            return end.isPresent();
        };
        PresentationSnapshot unfinished = store.loadSnapshot(session.deckId()).get()
                .filter(PreLectureCheck::resumable).orElse(null);
        ScreenChoices choices = last.choices();

        Runnable[] begin = new Runnable[1];
        java.util.function.Consumer<Boolean> startTalk = resume -> {
            // before the windows: the audience's first frame is already the slide the talk resumes at
            if (unfinished != null) {
                if (resume) {
                    session.resume(unfinished);
                } else {
                    archive(store, unfinished);
                }
            }
            Windows.openAudienceFirst(stage, new Stage(), presentation, session, prefs, chrome, choices,
                    Displays::current, FirstFrame::then, w -> talkOpened(w, presentation, opened, stateDir,
                            unfinished != null && resume));
        };
        if (skipCheck) {
            applyEnd.test(endText);
            startTalk.accept(unfinished != null && askResume(unfinished));
            return;
        }
        var displays = Displays.current();
        ScreenRoles roles = ScreenRoles.assign(displays, choices.isSwapped(ScreenRoles.monitorSetKey(displays)));
        List<CheckItem> items = new ArrayList<>();
        items.addAll(PreLectureCheck.plan(session.plan()));
        items.addAll(PreLectureCheck.deck(opened.problems(), opened.root()));
        items.addAll(PreLectureCheck.state(stateDir, store, session.deckId(), clock.getZone(), false));
        PreLectureDialog dialog = new PreLectureDialog(new Stage(), displays, roles, items, unfinished, startTalk);
        dialog.offerSlotEnd(endText, applyEnd);
        dialog.show();
        // overflow is a matter of sizes: the pictures' headers give them, their pixels are not needed yet
        dialog.checkRendering(new SlideRenderer(opened.context().get()).withoutPixels(), opened.root());
    }

    /** The presenter window is up (after the audience's first frame): the deck menu, edits reloading, quitting. */
    private void talkOpened(Windows w, Presentation presentation, OpenedDeck opened, Path stateDir, boolean resumed) {
        presenterWindow = w.presenter();
        watchForEdits(presentation, opened, presenterWindow);
        RecentDecks recent = RecentDecks.load(stateDir);
        if (deckFolder != null) {
            recent.record(opened.root());
        }
        PresenterWindow pw = presenterWindow;
        DeckMenu menu = new DeckMenu(pw.stage(),
                () -> {
                    SlideContext shown = presentation.deckProperty().get();
                    // exports draw the deck's defaults, not the widgets as moved during the talk
                    return new SlideContext(shown.deck(), shown.references(), shown.images(), widgets);
                },
                recent,
                folder -> {
                    try {
                        DeckLaunch.start(folder);
                        closeAll(w);
                    } catch (IOException e) {
                        pw.notice(Banner.Level.DANGER, Messages.get("cli.failed", e.getClass().getSimpleName(),
                                String.valueOf(e.getMessage())));
                    }
                },
                text -> pw.notice(Banner.Level.INFO, text));
        pw.addMenu(menu.button());
        if (resumed) {
            presenterWindow.notice(Banner.Level.INFO, Messages.get("resume.done"));
        }
        w.presenter().onQuit(() -> closeAll(w));
    }

    private static void archive(RunLogStore store, PresentationSnapshot s) {
        try {
            TalkSession.archive(store, s);
        } catch (IOException e) {
            // the live state stays on disk; the run is offered again next time
        }
    }

    private static boolean askResume(PresentationSnapshot s) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION);
        a.setTitle(Messages.get("check.windowTitle"));
        a.setHeaderText(Messages.get("resume.offer", s.slideIndex() + 1,
                estrado.timing.TimeFormat.minutesSeconds(s.timer().elapsed(s.savedAt()))));
        ButtonType yes = new ButtonType(Messages.get("resume.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(Messages.get("resume.no"), ButtonBar.ButtonData.NO);
        a.getButtonTypes().setAll(yes, no);
        return a.showAndWait().orElse(no) == yes;
    }

    private void closeAll(Windows w) {
        w.presenter().stopTicking();
        session.finish();
        session.flush();
        w.audience().stage().close();
        Platform.exit();
    }

    /** AtlantaFX's theme for the controls of a window shown before the chrome is chosen. */
    static void useTheme() {
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
    }

    private static OpenedDeck open(Path folder, WidgetViews widgetViews) {
        return OpenedDeck.openToPresent(folder != null ? folder : BundledDeck.root(), widgetViews);
    }

    private static OpenedDeck opened() {
        try {
            return opening != null ? opening.join() : open(deckFolder, widgets);
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * Saved edits reload the deck. Its errors belong in the presenter view (a {@link ProblemBanner}
     * over {@link DeckReloader#problems()}), never on the projector; the terminal gets them too.
     */
    private void watchForEdits(Presentation presentation, OpenedDeck opened, PresenterWindow presenter) {
        reloader = new DeckReloader(deckFolder != null ? deckFolder : opened.root(), opened.root(), widgets,
                presentation);
        presenter.showDeckProblems(new ProblemBanner(reloader.problems(), reloader.root()));
        reloader.problems().addListener((javafx.collections.ListChangeListener<estrado.deck.Problem>) c -> {
            if (reloader.problems().isEmpty()) {
                System.err.println(estrado.i18n.Messages.get("reload.terminalFixed"));
            } else {
                System.err.println(estrado.i18n.Messages.get("reload.terminalBroken"));
                reloader.problems().forEach(p -> System.err.println("  " + p.format(reloader.root())));
            }
        });
        try {
            reloader.start();
        } catch (java.io.IOException e) {
            System.err.println(estrado.i18n.Messages.get("cli.failed", e.getClass().getSimpleName(), String.valueOf(e.getMessage())));
        }
    }

    @Override
    public void stop() {
        if (session != null) {
            // closed some other way (the window system, the last window): the run is still kept
            session.finish();
            session.flush();
        }
        if (reloader != null) {
            reloader.close();
        }
    }
}
