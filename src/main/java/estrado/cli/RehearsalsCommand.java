package estrado.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import estrado.deck.Deck;
import estrado.deck.DeckLoader;
import estrado.deck.Problem;
import estrado.i18n.Messages;
import estrado.plan.DeckPlan;
import estrado.preflight.StateFiles;
import estrado.timing.Plan;
import estrado.timing.RehearsalReport;
import estrado.timing.RunListing;
import estrado.timing.RunLog;
import estrado.timing.RunLogStore;
import estrado.timing.SectionComparison;
import estrado.timing.TimeFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code estrado rehearsals}: the recorded runs of a deck against its plan: per section the budget, the median
 * of the runs, a bar chart of both, and a re-budgeting in whole minutes that fits the slot.
 */
@Command(name = "rehearsals", mixinStandardHelpOptions = true, resourceBundle = "estrado.cli.rehearsals")
final class RehearsalsCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    static final int CHART_WIDTH = 30;

    @Spec
    CommandSpec spec;

    @Mixin
    DeckFolder deck;

    @Option(names = "--state-dir", paramLabel = "DIR", descriptionKey = "stateDir")
    Path stateDir;

    @Option(names = "--json", descriptionKey = "rehearsals.json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = deck.folder();
        DeckLoader.Result loaded = new DeckLoader().load(folder);
        if (loaded.deck().isEmpty() || loaded.deck().get().durationMinutes() <= 0) {
            PrintWriter err = spec.commandLine().getErr();
            loaded.problems().stream().filter(Problem::isError).forEach(p -> err.println(p.format(loaded.root())));
            err.println(Messages.get("plan.noDeck", folder));
            return 1;
        }
        Deck deck = loaded.deck().get();
        Plan plan = DeckPlan.of(deck);
        RunLogStore store = new RunLogStore(StateFiles.directory(stateDir));
        RunListing listing = store.listRuns(DeckPlan.deckId(deck));
        RehearsalReport report = RehearsalReport.compare(plan, RehearsalReport.substantial(plan, listing.runs()));
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(json(report, listing)));
        } else {
            text(out, deck, store, listing, report);
        }
        listing.problems().forEach(p -> spec.commandLine().getErr().println(Messages.get("rehearsals.skipped", p)));
        out.flush();
        return 0;
    }

    static Map<String, Object> json(RehearsalReport report, RunListing listing) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("durationMinutes", report.durationMinutes());
        m.put("runs", listing.runs().size());
        m.put("comparedRuns", report.runsCompared());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SectionComparison s : report.sections()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", s.sectionId());
            r.put("title", s.title());
            r.put("budgetMinutes", minutes(s.budget()));
            r.put("scaledMinutes", minutes(s.scaledBudget()));
            r.put("medianMinutes", s.median().map(RehearsalsCommand::minutes).orElse(null));
            r.put("runsCounted", s.runsCounted());
            r.put("suggestedMinutes", s.suggestedMinutes());
            rows.add(r);
        }
        m.put("sections", rows);
        return m;
    }

    private static Double minutes(Duration d) {
        return d.toMillis() / 60_000.0;
    }

    private static void text(PrintWriter out, Deck deck, RunLogStore store, RunListing listing,
            RehearsalReport report) {
        out.println(Messages.get("rehearsals.head", deck.title(), listing.runs().size(), report.runsCompared(),
                store.directory()));
        ZoneId zone = ZoneId.systemDefault();
        for (RunLog r : listing.runs()) {
            Duration talk = r.isFinished() ? r.talkTimeBetween(r.runStart(), r.finishedAt()) : null;
            Duration paused = r.pauses().stream().map(p -> p.length()).reduce(Duration.ZERO, Duration::plus);
            out.println("  " + WHEN.format(r.runStart().atZone(zone)) + "  "
                    + (talk == null ? Messages.get("rehearsals.unfinished") : TimeFormat.minutesSeconds(talk))
                    + "  " + Messages.get("rehearsals.pauses", r.pauses().size(), TimeFormat.minutesSeconds(paused)));
        }
        if (report.runsCompared() == 0) {
            out.println();
            out.println(Messages.get("rehearsals.none"));
            return;
        }
        long max = 1;
        for (SectionComparison s : report.sections()) {
            max = Math.max(max, s.scaledBudget().toMillis());
            max = Math.max(max, s.median().map(Duration::toMillis).orElse(0L));
        }
        long chartMax = max;
        int titleWidth = Math.max(12, report.sections().stream().mapToInt(s -> s.title().length()).max().orElse(12));
        out.println();
        out.println(String.format("    %-" + titleWidth + "s  %s", Messages.get("rehearsals.section"),
                Messages.get("rehearsals.columns")));
        for (SectionComparison s : report.sections()) {
            String median = s.median().map(TimeFormat::minutesSeconds).orElse("  —  ");
            String diff = s.overrun().map(TimeFormat::signed).orElse("   —  ");
            out.println(String.format("%2d. %-" + titleWidth + "s  %s  %s  %6s  %3d min", s.index() + 1, s.title(),
                    TimeFormat.minutesSeconds(s.scaledBudget()), median, diff, s.suggestedMinutes()));
            out.println(String.format("    %-" + titleWidth + "s  %s %s", "", Messages.get("rehearsals.planBar"),
                    bar(s.scaledBudget().toMillis(), chartMax)));
            out.println(String.format("    %-" + titleWidth + "s  %s %s", "", Messages.get("rehearsals.realBar"),
                    s.median().map(d -> bar(d.toMillis(), chartMax)).orElse("")));
        }
        out.println();
        out.println(Messages.get("rehearsals.total", report.suggestedTotalMinutes(), report.durationMinutes()));
    }

    /** A bar of block characters, eighth-block precision, {@link #CHART_WIDTH} characters for {@code max}. */
    static String bar(long value, long max) {
        int eighths = (int) Math.round(value * CHART_WIDTH * 8.0 / max);
        StringBuilder b = new StringBuilder("\u2588".repeat(eighths / 8));
        int rest = eighths % 8;
        if (rest > 0) {
            b.append((char) ('\u2590' - rest));
        }
        return b.toString();
    }
}
