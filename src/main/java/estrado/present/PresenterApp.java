package estrado.present;

import atlantafx.base.theme.PrimerLight;
import estrado.deck.BundledDeck;
import estrado.render.OpenedDeck;
import estrado.render.WidgetViews;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: opens a deck and shows it. */
public final class PresenterApp extends Application {
    // Application.launch builds the instance itself, so the launch arguments travel through here
    private static Path deckFolder;
    private static WidgetViews widgets = WidgetViews.none();

    private static CompletableFuture<OpenedDeck> opening;

    /** Opens the windows on a deck folder ({@code null}: the bundled deck); returns when they close. */
    public static int launch(Path folder, WidgetViews widgetViews) {
        deckFolder = folder;
        widgets = widgetViews;
        // the deck is found, read and checked while the toolkit starts: each takes about 0.1 s
        opening = CompletableFuture.supplyAsync(() -> open(folder, widgetViews));
        Application.launch(PresenterApp.class);
        return 0;
    }

    @Override
    public void start(Stage stage) {
        // whatever goes wrong inside a window, the lecturer sees one line on the terminal, never a trace
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> System.err.println(
                estrado.i18n.Messages.get("cli.failed", e.getClass().getSimpleName(), String.valueOf(e.getMessage()))));
        OpenedDeck opened = opened();
        if (opened.context().isEmpty()) {
            useTheme();
            ProblemsWindow.show(stage, opened.root(), opened.problems());
            return;
        }
        Presentation presentation = new Presentation(opened.context().get());
        AudienceWindow audience = new AudienceWindow(stage, presentation);
        audience.stage().show();
        // Slides look the same with and without the controls' theme (export never loads it, and
        // SlideThemeIndependenceTest holds to it), so loading its stylesheet, tens of milliseconds,
        // waits until the first slide is out.
        FirstFrame.then(audience.stage().getScene(), PresenterApp::useTheme);
    }

    /** AtlantaFX's theme for every window's controls. */
    static void useTheme() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    private static OpenedDeck open(Path folder, WidgetViews widgetViews) {
        return OpenedDeck.open(folder != null ? folder : BundledDeck.root(), widgetViews);
    }

    private static OpenedDeck opened() {
        try {
            return opening != null ? opening.join() : open(deckFolder, widgets);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
