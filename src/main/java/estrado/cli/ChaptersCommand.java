package estrado.cli;

import estrado.i18n.Messages;
import estrado.timing.Chapters;
import estrado.timing.Loaded;
import estrado.timing.RunLog;
import estrado.timing.RunLogStore;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code estrado chapters RUN.json}: a run's section (or slide) start times as WebVTT chapters. */
@Command(name = "chapters", mixinStandardHelpOptions = true, resourceBundle = "estrado.cli.chapters")
final class ChaptersCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN.json", descriptionKey = "chapters.run")
    Path runFile;

    @Option(names = "--per-slide", descriptionKey = "chapters.perSlide")
    boolean perSlide;

    @Option(names = "--recording-start", paramLabel = "HH:MM:SS", descriptionKey = "chapters.recordingStart")
    String recordingStart;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.vtt", descriptionKey = "chapters.output")
    Path output;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Loaded<RunLog> loaded = RunLogStore.loadRun(runFile);
        if (loaded.get().isEmpty()) {
            err.println(loaded.message().orElse(runFile.toString()));
            return 1;
        }
        RunLog run = loaded.get().get();
        if (!run.isFinished()) {
            err.println(Messages.get("chapters.unfinished"));
        }
        Instant start = run.runStart();
        if (recordingStart != null) {
            start = recordingStartOn(run, recordingStart);
        }
        String vtt = Chapters.webVtt(run, perSlide, start);
        if (output != null) {
            Files.writeString(output, vtt, StandardCharsets.UTF_8);
            spec.commandLine().getOut().println(Messages.get("chapters.written", output));
        } else {
            spec.commandLine().getOut().print(vtt);
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The recording's start as a local time on the day the run started (in this machine's time zone). */
    private Instant recordingStartOn(RunLog run, String text) {
        try {
            LocalTime t = LocalTime.parse(text.length() == 5 ? text + ":00" : text);
            ZoneId zone = ZoneId.systemDefault();
            return run.runStart().atZone(zone).toLocalDate().atTime(t).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    Messages.get("chapters.badStart", text));
        }
    }
}
