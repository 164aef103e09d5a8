package estrado.cli;

import estrado.i18n.Messages;
import estrado.timing.PaceSettings;
import estrado.timing.SlotEnd;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code estrado present}: the presenter window on the laptop and the audience window on the projector. */
@Command(name = "present", mixinStandardHelpOptions = true, resourceBundle = "estrado.cli.present")
final class PresentCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DeckFolder deck;

    @Option(names = "--tolerance", paramLabel = "SEG", defaultValue = "60", descriptionKey = "present.tolerance")
    int toleranceSeconds;

    @Option(names = "--last-minutes", paramLabel = "MIN", defaultValue = "5", descriptionKey = "present.lastMinutes")
    int lastMinutes;

    @Option(names = "--section-warning", paramLabel = "SEG", defaultValue = "60",
            descriptionKey = "present.sectionWarning")
    int sectionWarningSeconds;

    @Option(names = "--no-check", descriptionKey = "present.noCheck")
    boolean noCheck;

    @Option(names = "--end", paramLabel = "HH:MM", descriptionKey = "present.end")
    String end;

    private final Cli.Presenter presenter;

    PresentCommand(Cli.Presenter presenter) {
        this.presenter = presenter;
    }

    @Override
    public Integer call() {
        if (toleranceSeconds < 0 || lastMinutes < 0 || sectionWarningSeconds < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    Messages.get("present.negative"));
        }
        PaceSettings pacing = new PaceSettings(Duration.ofSeconds(toleranceSeconds), Duration.ofMinutes(lastMinutes),
                Duration.ofSeconds(sectionWarningSeconds));
        if (end != null) {
            pacing = pacing.withSlotEnd(SlotEnd.parse(end).orElseThrow(() ->
                    new CommandLine.ParameterException(spec.commandLine(),
                            Messages.get("slot.endBad", end))));
        }
        return presenter.present(deck.given, pacing, noCheck);
    }
}
