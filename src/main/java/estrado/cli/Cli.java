package estrado.cli;

import estrado.i18n.Messages;
import estrado.render.WidgetViews;
import estrado.timing.PaceSettings;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private Cli() {
    }

    public static CommandLine commandLine(WidgetViews widgets, Presenter presenter) {
        Locale.setDefault(Messages.locale());
        CommandLine cl = new CommandLine(new Cli());
        cl.addSubcommand("present", new PresentCommand(presenter));
        cl.addSubcommand("check", new CheckCommand(widgets));
        cl.addSubcommand("export", new ExportCommand(widgets));
        cl.addSubcommand("vram", new VramCommand());
        cl.addSubcommand("lora", new LoraCommand());
        cl.setParameterExceptionHandler(new UsageErrors(cl.getParameterExceptionHandler(), Set.of("vram", "lora")));
        cl.addSubcommand("plan", new PlanCommand());
        cl.addSubcommand("rehearsals", new RehearsalsCommand());
        cl.addSubcommand("chapters", new ChaptersCommand());
        cl.addSubcommand("doctor", new DoctorCommand(widgets));
        cl.addSubcommand("convert", new ConvertCommand());
        cl.addSubcommand("new", new NewCommand());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            // a user never sees a stack trace: one line saying what failed
            line.getErr().println(Messages.get("cli.failed", ex.getClass().getSimpleName(),
                    String.valueOf(ex.getMessage())));
            return 1;
        });
        return cl;
    }

    /** Runs the command line; {@code present} is implied when no command is named. */
    public static int run(String[] args, WidgetViews widgets, Presenter presenter, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine(widgets, presenter);
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
