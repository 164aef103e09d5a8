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
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/**
 * The JavaFX application: opens a deck, runs the pre-lecture check, then shows the presenter window on the laptop
 * and the audience window on the projector (or both on one screen, for a rehearsal).
 *
 * <p>About 350 lines: the launch order (the first slide's frame, then the chrome, then the second window) is kept
 * as one sequence that reads top to bottom.
 */
public final class PresenterApp extends Application {

    /**
     * What the command line asked of the windows, fixed before the toolkit starts.
     *
     * @param deckFolder the deck's folder; empty: the bundled deck
     * @param widgets    the widgets a deck may use
     * @param pacing     tolerance, warnings and the slot's end of the pace indicator
     * @param skipCheck  {@code --no-check}: no pre-lecture dialog (an unfinished run is still offered)
     */
    public record Launch(Optional<Path> deckFolder, WidgetViews widgets, PaceSettings pacing, boolean skipCheck) {
        public Launch {
            Objects.requireNonNull(deckFolder);
            Objects.requireNonNull(widgets);
            Objects.requireNonNull(pacing);
        }

        /** The bundled deck, or the deck folder given, with default pacing and the pre-lecture check. */
        public static Launch of(Path folder, WidgetViews widgets) {
            return new Launch(Optional.ofNullable(folder), widgets, PaceSettings.defaults(), false);
        }

        Path deckRoot() {
            return deckFolder.orElseGet(BundledDeck::root);
        }
    }

    /**
     * A launch under way: what was asked, and the deck and saved settings being read for it while the toolkit
     * starts.
     */
    private record Starting(Launch launch, CompletableFuture<OpenedDeck> deck, CompletableFuture<Saved> saved,
            CompletableFuture<Boolean> systemDark) {
        static Starting begin(Launch launch) {
            CompletableFuture<Saved> saved = CompletableFuture.supplyAsync(Saved::load, PresenterApp::background);
            return new Starting(launch,
                    CompletableFuture.supplyAsync(() -> OpenedDeck.openToPresent(launch.deckRoot(), launch.widgets()),
                            PresenterApp::background),
                    saved,
                    saved.thenApplyAsync(s -> s.prefs().theme() == PresenterPrefs.Theme.SYSTEM
                            && Chrome.systemPrefersDark(), PresenterApp::background));
        }

        OpenedDeck opened() {
            try {
                return deck.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
    }

    /**
     * The one static field: {@code Application.launch} builds this class itself and passes it nothing of ours,
     * so the launch is handed over here, set once before it (JavaFX allows one launch per process, and another
     * deck opens in a new process, see {@link DeckLaunch}). Everything else is the instance's.
     */
    private static final AtomicReference<Starting> HANDOVER = new AtomicReference<>();

    // built by JavaFX without our launch (a launcher of its own): the bundled deck, as a double-click opens it
    private final Starting starting = Objects.requireNonNullElseGet(HANDOVER.get(),
            () -> Starting.begin(Launch.of(null, WidgetViews.none())));
    private DeckReloader reloader;
    private TalkSession session;
    private PresenterWindow presenterWindow;

    /**
     * What the lecturer set last time, read from the state folder while the toolkit starts (Jackson's set-up
     * included). For a chrome that follows the system, the desktop's colour scheme (one or two short commands
     * such as gsettings) is asked after it, apart: only the chrome needs it, after the first frame.
     */
    private record Saved(Path stateDir, PresenterPrefs prefs, ScreenChoices choices) {
        static Saved load() {
            Path stateDir = StateFiles.directory(null);
            return new Saved(stateDir, PresenterPrefs.load(stateDir), ScreenChoices.load(stateDir));
        }
    }

    /** Opens the windows as {@code launch} asks; returns when they close. Once per process. */
    public static int launch(Launch launch) {
        // the deck is found, read and checked, and the saved settings read, while the toolkit starts
        if (!HANDOVER.compareAndSet(null, Starting.begin(launch))) {
            throw new IllegalStateException("one launch per process");
        }
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
        Launch launch = starting.launch();
        PaceSettings pacing = launch.pacing();
        Saved last = starting.saved().join();
        Path stateDir = last.stateDir();
        PresenterPrefs prefs = last.prefs();
        Chrome chrome = new Chrome();
        // the audience's first frame shows only a slide, which looks the same without the chrome's controls'
        // theme (SlideThemeIndependenceTest): that theme (AtlantaFX, ~0,3 s to read on a busy machine, and every
        // node matched against it) is applied after that frame, unless a dialog comes first and needs it
        Runnable applyChrome = () -> chrome.apply(prefs.theme(), starting.systemDark().join());
        OpenedDeck opened = starting.opened();
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
                remember(prefs, deckKey, "");
                return true;
            }
            var end = estrado.timing.SlotEnd.parse(text);
            end.ifPresent(e -> {
                session.setSlotEnd(e);
                remember(prefs, deckKey, e.text());
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
                    Displays::current, (scene, rest) -> FirstFrame.then(scene, () -> {
                        applyChrome.run(); // after a dialog, already applied: setting the same sheet does nothing
                        rest.run();
                    }), w -> {
                        applyChrome.run(); // in case the audience window had no monitor and nothing was waited for
                        talkOpened(w, presentation, opened, stateDir, unfinished != null && resume);
                    });
        };
        if (launch.skipCheck() && unfinished == null) {
            applyEnd.test(endText);
            Application.setUserAgentStylesheet(SlideRenderer.SLIDES_ONLY_UA);
            startTalk.accept(false);
            return;
        }
        applyChrome.run();
        if (launch.skipCheck()) {
            applyEnd.test(endText);
            startTalk.accept(askResume(unfinished));
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

    /**
     * Stores the slot's end for the deck only when it changed: each store writes and syncs the settings file, and
     * with {@code --no-check} that happened on the JavaFX thread before the first slide (~0,1 s, most of it the
     * sync) to write what the file already said.
     */
    private static void remember(PresenterPrefs prefs, String deckKey, String end) {
        if (!prefs.slotEnd(deckKey).equals(end)) {
            prefs.setSlotEnd(deckKey, end);
        }
    }

    /** The presenter window is up (after the audience's first frame): the deck menu, edits reloading, quitting. */
    private void talkOpened(Windows w, Presentation presentation, OpenedDeck opened, Path stateDir, boolean resumed) {
        Launch launch = starting.launch();
        WidgetViews widgets = launch.widgets();
        presenterWindow = w.presenter();
        watchForEdits(presentation, opened, presenterWindow, launch);
        RecentDecks recent = RecentDecks.load(stateDir);
        if (launch.deckFolder().isPresent()) {
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

    /**
     * Saved edits reload the deck. Its errors belong in the presenter view (a {@link ProblemBanner}
     * over {@link DeckReloader#problems()}), never on the projector; the terminal gets them too.
     */
    private void watchForEdits(Presentation presentation, OpenedDeck opened, PresenterWindow presenter,
            Launch launch) {
        reloader = new DeckReloader(launch.deckFolder().orElse(opened.root()), opened.root(), launch.widgets(),
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
