package estrado.timing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The record of one run of a deck (rehearsal or lecture): which slide was shown when, and the pauses.
 *
 * <p>Visits are kept as wall-clock instants; talk time is derived by taking the pauses out, the same way
 * {@link TalkTimer} does, so a question break does not count against the section it happened in.
 *
 * @param runId      unique id of the run (also part of its file name)
 * @param deckId     id of the deck (e.g. its directory), to list the runs of one deck
 * @param deckTitle  the deck's title at the time
 * @param runStart   when the talk clock started
 * @param sections   the sections as planned at the time, in order
 * @param visits     slide visits in order; at most the last one is open
 * @param pauses     closed pauses of the talk clock
 * @param finishedAt when the run ended, or {@code null} while it goes on
 * @param slot       how the plan was fitted to a late start, a fixed end or a later first slide; {@code null} if not
 * @param ink        the pen and highlighter strokes on the slides, oldest first (empty in runs from before ink)
 */
public record RunLog(String runId, String deckId, String deckTitle, Instant runStart, List<RunSection> sections,
                     List<SlideVisit> visits, List<Pause> pauses, Instant finishedAt, RunSlot slot,
                     List<InkStroke> ink) {

    public RunLog(String runId, String deckId, String deckTitle, Instant runStart, List<RunSection> sections,
                  List<SlideVisit> visits, List<Pause> pauses, Instant finishedAt, RunSlot slot) {
        this(runId, deckId, deckTitle, runStart, sections, visits, pauses, finishedAt, slot, List.of());
    }

    public RunLog(String runId, String deckId, String deckTitle, Instant runStart, List<RunSection> sections,
                  List<SlideVisit> visits, List<Pause> pauses, Instant finishedAt) {
        this(runId, deckId, deckTitle, runStart, sections, visits, pauses, finishedAt, null);
    }

    public RunLog {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(deckId, "deckId");
        Objects.requireNonNull(runStart, "runStart");
        deckTitle = deckTitle == null ? "" : deckTitle;
        sections = List.copyOf(sections);
        visits = List.copyOf(visits);
        pauses = List.copyOf(pauses);
        ink = ink == null ? List.of() : List.copyOf(ink);
    }

    /** A new run with no visits yet. */
    public static RunLog start(String runId, String deckId, String deckTitle, List<RunSection> sections,
                               Instant runStart) {
        return new RunLog(runId, deckId, deckTitle, runStart, sections, List.of(), List.of(), null);
    }

    /** The run's sections taken from a plan. */
    public static List<RunSection> sectionsOf(Plan plan) {
        return plan.sections().stream().map(s -> new RunSection(s.id(), s.title(), s.budgetMinutes())).toList();
    }

    /** The same run, noting how its plan was fitted to the slot. */
    public RunLog withSlot(RunSlot newSlot) {
        return new RunLog(runId, deckId, deckTitle, runStart, sections, visits, pauses, finishedAt, newSlot, ink);
    }

    /** The same run with the ink on its slides replaced (the presentation owns the strokes). */
    public RunLog withInk(List<InkStroke> strokes) {
        return new RunLog(runId, deckId, deckTitle, runStart, sections, visits, pauses, finishedAt, slot, strokes);
    }

    /** Whether the run has ended. */
    public boolean isFinished() {
        return finishedAt != null;
    }

    /** A slide was shown at {@code at}: closes the open visit there and opens a new one. */
    public RunLog enter(String slideId, String slideTitle, String sectionId, Instant at) {
        List<SlideVisit> next = closeOpen(at);
        next.add(new SlideVisit(slideId, slideTitle, sectionId, at, null));
        return new RunLog(runId, deckId, deckTitle, runStart, sections, next, pauses, finishedAt, slot, ink);
    }

    /** The same run with the pause log replaced, e.g. from the {@link TalkTimer}, which owns the pauses. */
    public RunLog withPauses(List<Pause> newPauses) {
        return new RunLog(runId, deckId, deckTitle, runStart, sections, visits, newPauses, finishedAt, slot, ink);
    }

    /** Ends the run at {@code at}, closing the open visit there. */
    public RunLog finish(Instant at) {
        return new RunLog(runId, deckId, deckTitle, runStart, sections, closeOpen(at), pauses, at, slot, ink);
    }

    private List<SlideVisit> closeOpen(Instant at) {
        List<SlideVisit> next = new ArrayList<>(visits);
        if (!next.isEmpty() && next.get(next.size() - 1).isOpen()) {
            next.set(next.size() - 1, next.get(next.size() - 1).leave(at));
        }
        return next;
    }

    /** Wall-clock time between two instants minus the pauses inside it. */
    public Duration talkTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.between(from, to);
        for (Pause p : pauses) {
            total = total.minus(p.overlap(from, to));
        }
        return total;
    }

    /**
     * Talk time spent in each section, pauses out, for a finished run (an open visit is left out). Sections are in
     * plan order, then any section only seen in visits; every planned section is present, zero if never shown.
     * Going back to an earlier section adds to that section.
     */
    public Map<String, Duration> sectionDurations() {
        return sectionDurations(finishedAt);
    }

    /** As {@link #sectionDurations()}, counting an open visit up to {@code now} (for a run still going on). */
    public Map<String, Duration> sectionDurations(Instant now) {
        Map<String, Duration> out = new LinkedHashMap<>();
        for (RunSection s : sections) {
            out.put(s.id(), Duration.ZERO);
        }
        for (SlideVisit v : visits) {
            Instant end = v.leftAt() != null ? v.leftAt() : now;
            Duration d = end == null ? Duration.ZERO : talkTimeBetween(v.enteredAt(), end);
            out.merge(v.sectionId(), d, Duration::plus);
        }
        return out;
    }

    /** Talk time spent so far in one section, counting an open visit up to {@code now}. */
    public Duration sectionElapsed(String sectionId, Instant now) {
        return sectionDurations(now).getOrDefault(sectionId, Duration.ZERO);
    }

    /** The title of a section by id, falling back to the id for sections the run did not plan. */
    public String sectionTitle(String sectionId) {
        return sections.stream().filter(s -> s.id().equals(sectionId)).map(RunSection::title).findFirst()
                .orElse(sectionId);
    }
}
