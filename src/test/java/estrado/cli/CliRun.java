package estrado.cli;

import estrado.render.WidgetViews;
import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line with captured output, for commands that must never open a window. */
record CliRun(int code, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, WidgetViews.of(estrado.app.Main.widgetRegistry()), folder -> {
            throw new AssertionError("'" + String.join(" ", args) + "' must never open a window");
        }, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }
}
