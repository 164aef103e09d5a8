package estrado.cli;

import estrado.i18n.Messages;
import estrado.render.WidgetViews;
import estrado.timing.PaceSettings;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `estrado` command and its sub-commands; with no command it presents the bundled deck. */
@Command(name = "estrado", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        resourceBundle = "estrado.cli.help")
public final class Cli {

    /** Opens the presentation windows for a deck folder (null = bundled deck); returns the exit code. */
    @FunctionalInterface
    public interface Presenter extends Function<Path, Integer> {
        /** With the presenter's options (pace thresholds, skipping the pre-lecture check); ignored by default. */
        default Integer present(Path deckDir, PaceSettings pacing, boolean skipCheck) {
            return apply(deckDir);
        }
    }

    /** The sub-commands, in the order `--help` lists them. */
    static final List<String> COMMANDS = List.of("present", "check", "export", "vram", "lora", "plan", "rehearsals",
            "chapters", "doctor");

    private Cli() {
    }

    public static CommandLine commandLine(WidgetViews widgets, Presenter presenter) {
        return commandLine(widgets, presenter, null);
    }

    /**
     * The command line with every sub-command, or with {@code only} that one: picocli reads each
     * command's annotations and help bundle when it is added (a tenth of `export`'s Java time on a
     * 60-slide deck), so a run that names its command builds just that one.
     */
    private static CommandLine commandLine(WidgetViews widgets, Presenter presenter, String only) {
        Locale.setDefault(Messages.locale());
        CommandLine cl = new CommandLine(new Cli());
        for (String name : COMMANDS) {
            if (only == null || only.equals(name)) {
                cl.addSubcommand(name, command(name, widgets, presenter));
            }
            if (name.equals("lora")) {
                // set here, so it covers the commands added so far (picocli's rule), as it always has
                cl.setParameterExceptionHandler(new UsageErrors(cl.getParameterExceptionHandler(), Set.of("vram", "lora")));
            }
        }
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            // a user never sees a stack trace: one line saying what failed
            line.getErr().println(Messages.get("cli.failed", ex.getClass().getSimpleName(),
                    String.valueOf(ex.getMessage())));
            return 1;
        });
        return cl;
    }

    private static Object command(String name, WidgetViews widgets, Presenter presenter) {
        return switch (name) {
            case "present" -> new PresentCommand(presenter);
            case "check" -> new CheckCommand(widgets);
            case "export" -> new ExportCommand(widgets);
            case "vram" -> new VramCommand();
            case "lora" -> new LoraCommand();
            case "plan" -> new PlanCommand();
            case "rehearsals" -> new RehearsalsCommand();
            case "chapters" -> new ChaptersCommand();
            case "doctor" -> new DoctorCommand(widgets);
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

    /** Runs the command line; {@code present} is implied when no command is named. */
    public static int run(String[] args, WidgetViews widgets, Presenter presenter, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine(widgets, presenter, args.length > 0 && COMMANDS.contains(args[0]) ? args[0] : null);
        cl.setOut(out);
        cl.setErr(err);
        String[] effective = args;
        if (args.length == 0 || (!args[0].startsWith("-") && !cl.getSubcommands().containsKey(args[0])
                && Files.exists(Path.of(args[0])))) {
            effective = new String[args.length + 1];
            effective[0] = "present";
            System.arraycopy(args, 0, effective, 1, args.length);
        }
        try {
            return cl.execute(effective);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // picocli hands only Exceptions to the handler above; an Error must not reach the user as a trace either
            err.println(Messages.get("cli.failed", e.getClass().getSimpleName(), String.valueOf(e.getMessage())));
            err.flush();
            return 1;
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"estrado " + (v == null ? "dev" : v)};
        }
    }
}
