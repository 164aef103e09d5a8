package estrado.app;

import estrado.cli.Cli;
import estrado.i18n.Messages;
import estrado.present.PresenterApp;
import estrado.present.StartupProbe;
import estrado.render.WidgetViews;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Entry point. Deliberately not a JavaFX Application subclass, so `java -jar` works with
 * JavaFX on the class path and the CLI commands never start a window system.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        WidgetViews widgets = WidgetViews.none();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code;
        if (args.length == 0) {
            // a double-click: straight to the bundled deck, without building the command line
            // first (picocli reads every command's annotations and help bundles: ~60 ms)
            Locale.setDefault(Messages.locale());
            code = present(null, widgets, err);
        } else {
            code = Cli.run(args, widgets, folder -> present(folder, widgets, err), out, err);
        }
        out.flush();
        err.flush();
        System.exit(code);
    }

    private static int present(java.nio.file.Path folder, WidgetViews widgets, PrintWriter err) {
        try {
            StartupProbe.installIfRequested();
            return PresenterApp.launch(folder, widgets);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            // typically no display or no GTK: say so in one line instead of a trace
            err.println(Messages.get("present.noDisplay", String.valueOf(e.getMessage())));
            return 1;
        }
    }
}
