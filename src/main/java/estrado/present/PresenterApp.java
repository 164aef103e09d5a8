package estrado.present;

import atlantafx.base.theme.PrimerLight;
import estrado.render.OpenedDeck;
import estrado.render.WidgetViews;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: opens a deck and shows it. */
public final class PresenterApp extends Application {
    // Application.launch builds the instance itself, so the launch arguments travel through here
    private static Path deckFolder;
    private static WidgetViews widgets = WidgetViews.none();
    private DeckReloader reloader;

    public static int launch(Path folder, WidgetViews widgetViews) {
        deckFolder = folder;
        widgets = widgetViews;
        Application.launch(PresenterApp.class);
        return 0;
    }

    @Override
    public void start(Stage stage) {
        // whatever goes wrong inside a window, the lecturer sees one line on the terminal, never a trace
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> System.err.println(
                estrado.i18n.Messages.get("cli.failed", e.getClass().getSimpleName(), String.valueOf(e.getMessage()))));
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        OpenedDeck opened = OpenedDeck.open(deckFolder, widgets);
        if (opened.context().isEmpty()) {
            ProblemsWindow.show(stage, opened.root(), opened.problems());
            return;
        }
        Presentation presentation = new Presentation(opened.context().get());
        AudienceWindow audience = new AudienceWindow(stage, presentation);
        audience.stage().show();
        watchForEdits(presentation, opened);
    }

    /**
     * Saved edits reload the deck. Its errors belong in the presenter view (a {@link ProblemBanner}
     * over {@link DeckReloader#problems()}), never on the projector; until that window exists they go
     * to the terminal.
     */
    private void watchForEdits(Presentation presentation, OpenedDeck opened) {
        reloader = new DeckReloader(deckFolder, opened.root(), widgets, presentation);
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
        if (reloader != null) {
            reloader.close();
        }
    }
}
