package estrado.timing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares finished runs of a deck with its plan: per section, the budget against the median of the actuals, and
 * a re-budgeting that fits the slot.
 *
 * @param durationMinutes the slot the suggestions fill, in whole minutes
 * @param runsCompared    how many finished runs were used
 * @param sections        one comparison per planned section, in plan order
 */
public record RehearsalReport(int durationMinutes, int runsCompared, List<SectionComparison> sections) {

    public RehearsalReport {
        sections = List.copyOf(sections);
    }

    /**
     * Builds the report. Only finished runs count (an abandoned rehearsal would drag the medians down). A run
     * counts for a section if it planned or visited it, so runs of an older deck version without the section are
     * left out of that median rather than read as zero. The median (mean of the two middle values for an even
     * count) resists the one rehearsal interrupted by a phone call.
     *
     * <p>Suggestion: the medians (the scaled budget for a section no run had) are scaled so they add up to the
     * slot and rounded to whole minutes by largest remainder, so the suggested budgets add up to it exactly.
     */
    public static RehearsalReport compare(Plan plan, List<RunLog> runs) {
        List<RunLog> finished = runs.stream().filter(RunLog::isFinished).toList();
        List<Map<String, Duration>> actuals = finished.stream().map(RunLog::sectionDurations).toList();
        int slotMinutes = (int) Math.round(plan.durationMinutes());

        List<Duration> medians = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int k = 0; k < plan.sectionCount(); k++) {
            String id = plan.sections().get(k).id();
            List<Duration> values = new ArrayList<>();
            for (int r = 0; r < finished.size(); r++) {
                if (hadSection(finished.get(r), id)) {
                    values.add(actuals.get(r).getOrDefault(id, Duration.ZERO));
                }
            }
            Duration median = median(values);
            medians.add(median);
            counts.add(values.size());
            weights.add((double) (median != null ? median : plan.scaledBudget(k)).toMillis());
        }
        int[] suggested = Apportion.largestRemainder(weights, slotMinutes);

        List<SectionComparison> rows = new ArrayList<>();
        for (int k = 0; k < plan.sectionCount(); k++) {
            SectionBudget s = plan.sections().get(k);
            rows.add(new SectionComparison(k, s.id(), s.title(), plan.budget(k), plan.scaledBudget(k),
                    medians.get(k), counts.get(k), suggested[k]));
        }
        return new RehearsalReport(slotMinutes, finished.size(), rows);
    }

    /**
     * The finished runs worth comparing: those whose talk time (pauses out) reached at least half the slot. A run
     * closed after a few seconds, or a rehearsal of one section, would otherwise count every section it never
     * reached as zero and drag the medians down. Shorter runs stay on disk; they are only left out here.
     */
    public static List<RunLog> substantial(Plan plan, List<RunLog> runs) {
        Duration half = plan.slot().dividedBy(2);
        return runs.stream().filter(RunLog::isFinished)
                .filter(r -> r.talkTimeBetween(r.runStart(), r.finishedAt()).compareTo(half) >= 0).toList();
    }

    private static boolean hadSection(RunLog run, String sectionId) {
        return run.sections().stream().anyMatch(s -> s.id().equals(sectionId))
                || run.visits().stream().anyMatch(v -> v.sectionId().equals(sectionId));
    }

    /** The median of some durations (mean of the middle two for an even count), or {@code null} if none. */
    public static Duration median(List<Duration> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Duration> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        if (n % 2 == 1) {
            return sorted.get(n / 2);
        }
        return sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
    }

    /** Sum of the suggested budgets; equals {@link #durationMinutes()} by construction. */
    public int suggestedTotalMinutes() {
        return sections.stream().mapToInt(SectionComparison::suggestedMinutes).sum();
    }
}
