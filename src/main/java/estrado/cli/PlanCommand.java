package estrado.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import estrado.deck.Deck;
import estrado.deck.DeckLoader;
import estrado.deck.Location;
import estrado.deck.Problem;
import estrado.deck.Section;
import estrado.i18n.Messages;
import estrado.plan.DeckPlan;
import estrado.timing.Plan;
import estrado.timing.ScheduledSection;
import estrado.timing.SlotEnd;
import estrado.timing.TimeFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code estrado plan}: when each section should start, with the budgets scaled to the slot. */
@Command(name = "plan", mixinStandardHelpOptions = true, resourceBundle = "estrado.cli.plan")
final class PlanCommand implements Callable<Integer> {
    static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    @Spec
    CommandSpec spec;

    @Mixin
    DeckFolder deck;

    @Option(names = "--start", paramLabel = "HH:MM", descriptionKey = "plan.start")
    String start;

    @Option(names = "--end", paramLabel = "HH:MM", descriptionKey = "plan.end")
    String end;

    @Option(names = "--from", paramLabel = "SLIDE_ID", descriptionKey = "plan.from")
    String from;

    @Option(names = "--json", descriptionKey = "plan.json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        LocalTime talkStart = null;
        if (start != null) {
            try {
                talkStart = LocalTime.parse(start.length() == 4 ? "0" + start : start, CLOCK);
            } catch (DateTimeParseException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), Messages.get("plan.badStart", start));
            }
        }
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
        SlotEnd slotEnd = null;
        if (end != null || from != null) {
            // the rest of the plan, from a slide and/or until a fixed end, scaled into the time left
            int fromIndex = from == null ? 0 : plan.slideIndexOf(from);
            if (fromIndex < 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), Messages.get("plan.badFrom", from));
            }
            double minutes = plan.durationMinutes();
            if (end != null) {
                slotEnd = SlotEnd.parse(end).orElseThrow(() -> new CommandLine.ParameterException(
                        spec.commandLine(), Messages.get("plan.badStart", end)));
                LocalTime begin = talkStart != null ? talkStart : LocalTime.now().withSecond(0).withNano(0);
                minutes = slotEnd.minutesLeftAt(begin);
                if (minutes <= 0) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            Messages.get("plan.endBeforeStart", slotEnd.text(), CLOCK.format(begin)));
                }
                if (talkStart == null) {
                    talkStart = begin;
                }
            }
            plan = plan.rest(fromIndex, minutes);
        }
        int firstSection = plan.sectionOfSlide(plan.firstSlide());
        List<ScheduledSection> schedule = plan.schedule(talkStart).subList(firstSection, plan.sectionCount());
        if (json) {
            Map<String, Object> m = withEstimates(json(plan, schedule), deck);
            if (end != null || from != null) {
                m.put("end", slotEnd == null ? null : slotEnd.text());
                m.put("fromSlide", from == null ? null : plan.slideId(plan.firstSlide()));
            }
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m));
        } else {
            if (plan.isRest()) {
                out.println(Messages.get("plan.fromSlide", plan.firstSlide() + 1,
                        deck.slides().get(plan.firstSlide()).title()));
            }
            text(out, deck, plan, schedule, talkStart);
            overBudget(out, deck, loaded);
        }
        out.flush();
        return 0;
    }

    /** The JSON shape of issue 4: {durationMinutes, budgetSumMinutes, scale, sections: [...]}. */
    static Map<String, Object> json(Plan plan, List<ScheduledSection> schedule) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("durationMinutes", plan.durationMinutes());
        m.put("budgetSumMinutes", plan.budgetSumMinutes());
        m.put("scale", plan.scale());
        List<Map<String, Object>> sections = new ArrayList<>();
        for (ScheduledSection s : schedule) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("id", s.id());
            sm.put("title", s.title());
            sm.put("budgetMinutes", s.budget().toMillis() / 60_000.0);
            sm.put("scaledMinutes", s.scaledMinutes());
            sm.put("startMinute", s.startMinute());
            sm.put("startClock", s.startClock() == null ? null : CLOCK.format(s.startClock()));
            sections.add(sm);
        }
        m.put("sections", sections);
        return m;
    }

    /** Adds each section's {@code estimatedMinutes}: the sum of its counted slides' {@code duration}s. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> withEstimates(Map<String, Object> json, Deck deck) {
        List<Map<String, Object>> sections = (List<Map<String, Object>>) json.get("sections");
        // by id: a schedule from a given slide (--from) starts at a later section
        for (Map<String, Object> section : sections) {
            deck.sections().stream().filter(s -> s.id().equals(section.get("id"))).findFirst()
                    .ifPresent(s -> section.put("estimatedMinutes", s.estimatedMinutes()));
        }
        return json;
    }

    /** Each section whose slides take longer than its scaled budget, as {@code check} warns about it. */
    private static void overBudget(PrintWriter out, Deck deck, DeckLoader.Result loaded) {
        for (Section s : deck.sections()) {
            out.println(Messages.get("plan.estimate", s.title(), s.estimatedMinutes(), deck.scaledBudgetMinutes(s)));
        }
        List<Location> budgets = deck.sections().stream().map(Section::budgetLocation).toList();
        loaded.problems().stream().filter(p -> !p.isError() && budgets.contains(p.location()))
                .forEach(p -> out.println(p.format(loaded.root())));
    }

    private static void text(PrintWriter out, Deck deck, Plan plan, List<ScheduledSection> schedule,
            LocalTime talkStart) {
        out.println(Messages.get("plan.head", deck.title(), plan.durationMinutes()));
        if (plan.budgetsMismatch()) {
            out.println(Messages.get("plan.scaled", plan.budgetSumMinutes(), plan.durationMinutes(), plan.scale()));
        }
        out.println();
        int titleWidth = Math.max(20, schedule.stream().mapToInt(s -> s.title().length()).max().orElse(20));
        out.println(String.format("    %-" + titleWidth + "s  %s", Messages.get("plan.colSection"),
                Messages.get("plan.columns")));
        for (ScheduledSection s : schedule) {
            String row = String.format("%2d. %-" + titleWidth + "s  %8s  %8s  %8s", s.index() + 1, s.title(),
                    Messages.get("plan.minutes", s.budget().toMillis() / 60_000.0),
                    TimeFormat.minutesSeconds(s.scaledBudget()), TimeFormat.minutesSeconds(s.startOffset()));
            if (s.startClock() != null) {
                row += "   " + Messages.get("plan.rowClock", s.index() + 1, CLOCK.format(s.startClock()));
            }
            out.println(row);
        }
        out.println();
        if (talkStart != null) {
            out.println(Messages.get("plan.endClock", CLOCK.format(talkStart.plus(plan.slot()))));
        } else {
            out.println(Messages.get("plan.hintStart"));
        }
    }
}
