package estrado.timing;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The talk plan: section budgets against the slot, scaled to fit it, and where the lecturer should be at each slide.
 *
 * <p>Slides are addressed by their 0-based index in the whole deck (sections concatenated in order), which is how
 * the presentation state counts them. All times are computed once, in whole milliseconds; cumulative offsets are
 * rounded rather than each share, so scaled budgets add up to the slot exactly instead of drifting by rounding.
 *
 * <p>Why it is long (~380 lines): about half is one-line queries (a section's budget, a slide's share, its progress
 * number) over arrays computed once in the constructor; the computing part is ~150 lines.
 */
public final class Plan {

    private final double durationMinutes;
    private final List<SectionBudget> sections;
    private final long slotMillis;
    private final long budgetSumMillis;
    /** sectionStart[k] = talk time at which section k starts; sectionStart[n] = end of the last section. */
    private final long[] sectionStart;
    private final int[] slideSection;
    private final long[] slideStart;
    private final long[] slideShare;
    private final boolean[] slideCounted;
    private final String[] slideIds;
    /** The slide the talk starts from: the slides before it get no time (see {@link #rest}). */
    private final int firstSlide;
    /** Each section's budget as this plan counts it: as written, or only what is left of it in a rest plan. */
    private final long[] budgetMillis;

    private Plan(double durationMinutes, List<SectionBudget> sections, int firstSlide, long[] budgets) {
        if (Double.isNaN(durationMinutes) || durationMinutes <= 0) {
            throw new IllegalArgumentException("slot duration must be > 0 minutes, got " + durationMinutes);
        }
        this.durationMinutes = durationMinutes;
        this.sections = List.copyOf(sections);
        this.slotMillis = minutesToMillis(durationMinutes);
        this.firstSlide = firstSlide;
        this.budgetMillis = budgets != null ? budgets.clone()
                : this.sections.stream().mapToLong(s -> minutesToMillis(s.budgetMinutes())).toArray();
        this.budgetSumMillis = Arrays.stream(budgetMillis).sum();

        int n = this.sections.size();
        sectionStart = new long[n + 1];
        long cumulativeBudget = 0;
        for (int k = 0; k < n; k++) {
            sectionStart[k] = scale(cumulativeBudget);
            cumulativeBudget += budgetMillis[k];
        }
        sectionStart[n] = scale(cumulativeBudget);

        int slides = this.sections.stream().mapToInt(s -> s.slides().size()).sum();
        slideSection = new int[slides];
        slideStart = new long[slides];
        slideShare = new long[slides];
        slideCounted = new boolean[slides];
        slideIds = new String[slides];
        int i = 0;
        for (int k = 0; k < n; k++) {
            long[] shares = sharesOf(this.sections.get(k), sectionStart[k + 1] - sectionStart[k], firstSlide - i);
            long offset = sectionStart[k];
            for (int j = 0; j < shares.length; j++, i++) {
                SlideBudget slide = this.sections.get(k).slides().get(j);
                slideSection[i] = k;
                slideIds[i] = slide.slideId();
                slideCounted[i] = slide.counted();
                slideStart[i] = offset;
                slideShare[i] = shares[j];
                offset += shares[j];
            }
        }
    }

    /** A plan for a slot of {@code durationMinutes} with the given sections in talk order. */
    public static Plan of(double durationMinutes, List<SectionBudget> sections) {
        Objects.requireNonNull(sections, "sections");
        return new Plan(durationMinutes, sections, 0, null);
    }

    /**
     * The rest of this plan, from slide {@code fromSlide} on, scaled into {@code minutesLeft}: what a talk that
     * starts late, or from the section where the last class ended, has to fit. Slides before it get no time;
     * the section it falls in keeps the part of its budget its remaining slides had in this plan. Slide indices
     * stay the deck's, so the pace is measured the same way.
     */
    public Plan rest(int fromSlide, double minutesLeft) {
        Objects.checkIndex(fromSlide, slideIds.length);
        int from = slideSection[fromSlide];
        long[] budgets = new long[sections.size()];
        for (int k = from; k < sections.size(); k++) {
            budgets[k] = budgetMillis[k];
        }
        long sectionTime = sectionStart[from + 1] - sectionStart[from];
        if (sectionTime > 0) {
            // the part of the section still to give, in this plan's proportions
            budgets[from] = divideRounded(budgetMillis[from] * (sectionStart[from + 1] - slideStart[fromSlide]),
                    sectionTime);
        }
        return new Plan(minutesLeft, sections, fromSlide, budgets);
    }

    /** The slide this plan starts from: 0, or where a {@link #rest} plan begins. */
    public int firstSlide() {
        return firstSlide;
    }

    /**
     * Whether a slide is in a section before the one this rest plan starts in: a section the class skipped, which
     * the lecturer may still go back to (a question, a figure). It has no budget, so it can be neither on time nor
     * over it. (The earlier slides of the section the plan starts in are not: that section has its budget.)
     */
    public boolean isSkipped(int slideIndex) {
        Objects.checkIndex(slideIndex, slideIds.length);
        return slideSection[slideIndex] < slideSection[firstSlide];
    }

    /** Whether this is the rest of a plan (started after the first slide). */
    public boolean isRest() {
        return firstSlide > 0;
    }

    /**
     * Splits a section's scaled time among its slides.
     *
     * <p>Slide durations are scaled by the same factor as the section, because the lecturer wrote them in the
     * same unscaled minutes. When some counted slides give no duration and the others leave time over, those
     * keep their scaled duration and the rest is spread evenly over the ones without. Otherwise (every slide
     * gives one, or they already fill the section) the section's time is split in proportion to the durations,
     * stretched or shrunk to fill it exactly, a slide without one weighing the mean of the others: the section
     * budget is the authority, so the next section still starts on schedule and no counted slide gets nothing.
     * Uncounted slides get nothing.
     */
    private long[] sharesOf(SectionBudget section, long sectionMillis, int skipped) {
        List<SlideBudget> slides = section.slides();
        long[] shares = new long[slides.size()];
        long ownSum = 0;
        int own = 0;
        int evenCount = 0;
        for (int j = 0; j < slides.size(); j++) {
            SlideBudget s = slides.get(j);
            if (!s.counted() || j < skipped) {
                continue;
            }
            if (s.hasOwnBudget()) {
                shares[j] = scale(minutesToMillis(s.budgetMinutes()));
                ownSum += shares[j];
                own++;
            } else {
                evenCount++;
            }
        }
        if (evenCount > 0 && ownSum < sectionMillis) {
            spread(slides, shares, sectionMillis - ownSum, evenCount, false, skipped);
        } else if (ownSum > 0) {
            long mean = ownSum / own;
            long weightSum = ownSum + mean * evenCount;
            long cumulative = 0;
            long assigned = 0;
            for (int j = Math.max(0, skipped); j < shares.length; j++) {
                SlideBudget s = slides.get(j);
                if (s.counted()) {
                    cumulative += s.hasOwnBudget() ? shares[j] : mean;
                    long end = divideRounded(Math.multiplyExact(cumulative, sectionMillis), weightSum);
                    shares[j] = end - assigned;
                    assigned = end;
                }
            }
        } else {
            // no duration anywhere (or only zero ones): every counted slide gets an even share
            spread(slides, shares, sectionMillis, evenCount + own, true, skipped);
        }
        return shares;
    }

    /**
     * Gives {@code rest} in even shares that sum to it exactly to the {@code count} counted slides without a
     * duration ({@code all}: to every counted slide), from slide {@code skipped} of the section on.
     */
    private static void spread(List<SlideBudget> slides, long[] shares, long rest, int count, boolean all, int skipped) {
        int k = 0;
        long assigned = 0;
        for (int j = Math.max(0, skipped); j < slides.size(); j++) {
            SlideBudget s = slides.get(j);
            if (s.counted() && (all || !s.hasOwnBudget())) {
                k++;
                long end = divideRounded(k * rest, count);
                shares[j] = end - assigned;
                assigned = end;
            }
        }
    }

    private long scale(long budgetMillis) {
        if (budgetSumMillis == 0 || budgetSumMillis == slotMillis) {
            return budgetMillis;
        }
        return divideRounded(Math.multiplyExact(budgetMillis, slotMillis), budgetSumMillis);
    }

    private static long divideRounded(long numerator, long denominator) {
        return (numerator + denominator / 2) / denominator;
    }

    private static long minutesToMillis(double minutes) {
        return Math.round(minutes * 60_000.0);
    }

    /** The slot length in minutes, as given. */
    public double durationMinutes() {
        return durationMinutes;
    }

    /** The slot length. */
    public Duration slot() {
        return Duration.ofMillis(slotMillis);
    }

    /** The sections in talk order. */
    public List<SectionBudget> sections() {
        return sections;
    }

    /** Sum of the section budgets as written in the deck. */
    public Duration budgetSum() {
        return Duration.ofMillis(budgetSumMillis);
    }

    /** Sum of the section budgets in minutes. */
    public double budgetSumMinutes() {
        return budgetSumMillis / 60_000.0;
    }

    /** Whether the budgets do not add up to the slot, so pacing scales them (and {@code check} should warn). */
    public boolean budgetsMismatch() {
        return budgetSumMillis != slotMillis;
    }

    /** Factor applied to every budget: slot / budget sum; 1 when they match or when there are no budgets. */
    public double scale() {
        return budgetSumMillis == 0 ? 1.0 : (double) slotMillis / budgetSumMillis;
    }

    /** Number of sections. */
    public int sectionCount() {
        return sections.size();
    }

    /** The budget of a section as written in the deck; in a {@link #rest} plan, only what is left of it. */
    public Duration budget(int sectionIndex) {
        return Duration.ofMillis(budgetMillis[sectionIndex]);
    }

    /** The budget of a section scaled to the slot. */
    public Duration scaledBudget(int sectionIndex) {
        Objects.checkIndex(sectionIndex, sections.size());
        return Duration.ofMillis(sectionStart[sectionIndex + 1] - sectionStart[sectionIndex]);
    }

    /** All scaled budgets, in section order; they add up to the slot (when there is any budget at all). */
    public List<Duration> scaledBudgets() {
        List<Duration> out = new ArrayList<>();
        for (int k = 0; k < sections.size(); k++) {
            out.add(scaledBudget(k));
        }
        return List.copyOf(out);
    }

    /** Talk time at which a section should start. */
    public Duration sectionStart(int sectionIndex) {
        Objects.checkIndex(sectionIndex, sections.size());
        return Duration.ofMillis(sectionStart[sectionIndex]);
    }

    /** Index of a section by id, or -1. */
    public int sectionIndexOf(String sectionId) {
        for (int k = 0; k < sections.size(); k++) {
            if (sections.get(k).id().equals(sectionId)) {
                return k;
            }
        }
        return -1;
    }

    /** Total number of slides, counted or not. */
    public int slideCount() {
        return slideIds.length;
    }

    /** Number of counted slides: the N of "slide n/N". */
    public int countedSlideCount() {
        int n = 0;
        for (boolean c : slideCounted) {
            if (c) {
                n++;
            }
        }
        return n;
    }

    /**
     * The n of "slide n/N": 1-based position among counted slides. An uncounted slide reports the previous
     * counted one (0 before any), so progress does not move while showing backup slides.
     */
    public int progressNumber(int slideIndex) {
        Objects.checkIndex(slideIndex, slideIds.length);
        int n = 0;
        for (int i = 0; i <= slideIndex; i++) {
            if (slideCounted[i]) {
                n++;
            }
        }
        return n;
    }

    /** The section a slide belongs to. */
    public int sectionOfSlide(int slideIndex) {
        Objects.checkIndex(slideIndex, slideIds.length);
        return slideSection[slideIndex];
    }

    /** The id of the slide at an index. */
    public String slideId(int slideIndex) {
        return slideIds[slideIndex];
    }

    /** Index of a slide by id, or -1. */
    public int slideIndexOf(String slideId) {
        for (int i = 0; i < slideIds.length; i++) {
            if (slideIds[i].equals(slideId)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a slide counts towards progress and budget. */
    public boolean isCounted(int slideIndex) {
        return slideCounted[slideIndex];
    }

    /** The slide's share of its section's scaled budget (zero for uncounted slides). */
    public Duration slideShare(int slideIndex) {
        Objects.checkIndex(slideIndex, slideIds.length);
        return Duration.ofMillis(slideShare[slideIndex]);
    }

    /**
     * Talk time at which the lecturer should be showing this slide: the scaled budgets of previous sections, the
     * shares of the previous slides of this section and half of this slide's share, since the lecturer is assumed
     * to be in the middle of the current slide. An uncounted slide has no time of its own, so it answers like the
     * closest previous counted slide (zero if there is none).
     */
    public Duration expectedElapsedAt(int slideIndex) {
        Objects.checkIndex(slideIndex, slideIds.length);
        for (int i = slideIndex; i >= 0; i--) {
            if (slideCounted[i]) {
                return Duration.ofMillis(slideStart[i] + slideShare[i] / 2);
            }
        }
        return Duration.ZERO;
    }

    /** The schedule relative to the start of the talk. */
    public List<ScheduledSection> schedule() {
        return schedule(null);
    }

    /** The schedule with the wall-clock time each section should start, given when the talk starts. */
    public List<ScheduledSection> schedule(LocalTime talkStart) {
        List<ScheduledSection> out = new ArrayList<>();
        for (int k = 0; k < sections.size(); k++) {
            SectionBudget s = sections.get(k);
            Duration start = sectionStart(k);
            out.add(new ScheduledSection(k, s.id(), s.title(), budget(k), scaledBudget(k), start,
                    talkStart == null ? null : talkStart.plus(start)));
        }
        return List.copyOf(out);
    }
}
