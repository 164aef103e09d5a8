package estrado.app;

import estrado.cli.Cli;
import estrado.i18n.Messages;
import estrado.present.PresenterApp;
import estrado.present.StartupProbe;
import estrado.present.ToolkitStart;
import estrado.render.WidgetViews;
import estrado.widgets.WidgetRegistry;
import estrado.widgets.batch.BatchScalingWidget;
import estrado.widgets.cost.CostTableWidget;
import estrado.widgets.lora.LoraRankWidget;
import estrado.widgets.memory.MemoryBreakdownWidget;
import estrado.widgets.quantization.QuantizationWidget;
import estrado.widgets.cycle.TrainingCycleWidget;
import estrado.widgets.vram.VramWidget;
import estrado.timing.PaceSettings;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Entry point. Deliberately not a JavaFX Application subclass, so `java -jar` works with
 * JavaFX on the class path and the CLI commands never start a window system.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // java -jar estrado.jar: the windows run in a JVM with the launcher's options and a class-data archive
        java.util.Optional<Integer> relaunched = Relaunch.run(args);
        if (relaunched.isPresent()) {
            System.exit(relaunched.get());
        }
        Relaunch.endWithLauncher(System.getenv());
        PortableNatives.prepare(); // java -jar estrado.jar on any system: this system's JavaFX libraries
        boolean windows = showsWindows(args);
        if (windows) {
            // the toolkit comes up on the other core while the widgets are registered and the command line read
            java.util.Map<String, String> env = System.getenv();
            String os = System.getProperty("os.name", "");
            java.nio.file.Path mark = SoftwareRendering.mark(Relaunch.cacheDirectory(env,
                    os, java.nio.file.Path.of(System.getProperty("user.home", "."))), env);
            boolean learn = SoftwareRendering.learnsOn(os)
                    && SoftwareRendering.chooseBeforeStart(mark, System.currentTimeMillis());
            ToolkitStart.begin(hardware -> {
                if (learn) {
                    SoftwareRendering.record(mark, hardware);
                }
            });
        }
        WidgetViews widgets = WidgetViews.of(widgetRegistry());
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        Cli.Presenter presenter = new Cli.Presenter() {
            @Override
            public Integer apply(java.nio.file.Path folder) {
                return Main.present(folder, widgets, PaceSettings.defaults(), false, err);
            }

            @Override
            public Integer present(java.nio.file.Path folder, PaceSettings pacing, boolean skipCheck) {
                return Main.present(folder, widgets, pacing, skipCheck, err);
            }
        };
        int code;
        if (args.length == 0) {
            // a double-click: straight to the bundled deck, without building the command line
            // first (picocli reads every command's annotations and help bundles: ~60 ms)
            Locale.setDefault(Messages.locale());
            code = present(null, widgets, PaceSettings.defaults(), false, err);
        } else {
            code = Cli.run(args, widgets, presenter, out, err);
        }
        out.flush();
        err.flush();
        if (windows) {
            ToolkitStart.settle(); // `present --bad-option`: the toolkit's start ends before the process does
        }
        System.exit(code);
    }

    /** Whether {@code args} open the windows (not `present --help`): then the toolkit can start at once. */
    static boolean showsWindows(String[] args) {
        if (!Relaunch.WINDOWS.equals(Relaunch.kind(args))) {
            return false;
        }
        for (String a : args) {
            if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) {
                return false;
            }
        }
        return true;
    }

    /** Every widget a deck may use; the one place they are registered (no service loader, no global). */
    public static WidgetRegistry widgetRegistry() {
        return new WidgetRegistry(List.of(
                VramWidget.TYPE,
                QuantizationWidget.TYPE,
                LoraRankWidget.TYPE,
                MemoryBreakdownWidget.TYPE,
                BatchScalingWidget.TYPE,
                CostTableWidget.TYPE,
                TrainingCycleWidget.TYPE));
    }

    private static int present(java.nio.file.Path folder, WidgetViews widgets, PaceSettings pacing, boolean skipCheck,
            PrintWriter err) {
        try {
            StartupProbe.installIfRequested();
            return PresenterApp.launch(new PresenterApp.Launch(java.util.Optional.ofNullable(folder), widgets, pacing,
                    skipCheck));
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            // typically no display or no GTK: say so in one line instead of a trace
            err.println(Messages.get("present.noDisplay", String.valueOf(e.getMessage())));
            return 1;
        }
    }
}
