package estrado.present.talk;

import estrado.deck.Deck;
import estrado.i18n.Messages;
import estrado.plan.DeckPlan;
import estrado.render.Inline;
import estrado.timing.Plan;
import estrado.timing.RunSlot;
import estrado.timing.SlotEnd;
import estrado.timing.TimeFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How the deck's plan meets the real class: a slot with a fixed end (pre-lecture dialog, {@code --end}) and a first
 * slide further on ("empezar desde aquí"). Without either, the plan is the deck's own. With one, the rest of the plan
 * from the first slide is scaled into the minutes left: following the wall clock before the talk, fixed when the
 * clock starts (a late start shrinks the rest, it is said once and logged in the run).
 */
final class SlotFit {
    private final ZoneId zone;
    /** The slot's fixed end, or null: the deck's duration is the slot. */
    private SlotEnd end;
    /** The slide the talk starts from; its id survives a reload. */
    private String fromSlideId;
    /** Once the clock started on a fitted plan: the minutes it was scaled into, kept across reloads. */
    private double fixedMinutes;

    SlotFit(ZoneId zone) {
        this.zone = zone;
    }

    /** Whether the plan is fitted to the real slot: a fixed end, or a first slide after the title. */
    boolean fitted() {
        return end != null || fromSlideId != null;
    }

    SlotEnd end() {
        return end;
    }

    void setEnd(SlotEnd end) {
        this.end = end;
    }

    /** The talk begins at this slide of the deck's full plan (0: from the start). */
    void startFrom(Plan full, int slideIndex) {
        fromSlideId = slideIndex <= 0 ? null : full.slideId(Math.min(slideIndex, full.slideCount() - 1));
    }

    /** The plan at {@code t}: the fixed minutes once the talk started, the minutes left before. */
    Plan planAt(Deck deck, Instant t) {
        return plan(deck, fixedMinutes > 0 ? fixedMinutes : minutesLeft(deck, t));
    }

    /** The clock starts at {@code t} on a fitted plan: its minutes are fixed now. */
    Plan fixAt(Deck deck, Instant t) {
        fixedMinutes = minutesLeft(deck, t);
        return plan(deck, fixedMinutes);
    }

    /**
     * A run resumed after a crash: its first slide again, and the minutes fixed when its clock started. Fitting at
     * the resume instead would scale the plan into the minutes left now and take the time already talked from them
     * a second time. The run's record holds those minutes while the end is the one it had; an end set or changed in
     * the pre-lecture dialog is fitted as at the run's start.
     *
     * @param fitted the run's slot, or {@code null} when its plan was the deck's own
     */
    Plan resume(Deck deck, RunSlot fitted, Instant startedAt) {
        Plan full = DeckPlan.of(deck);
        startFrom(full, fitted == null || fitted.fromSlideId() == null ? 0 : full.slideIndexOf(fitted.fromSlideId()));
        boolean sameEnd = fitted != null && Objects.equals(fitted.end(), end == null ? null : end.text());
        fixedMinutes = !fitted() ? 0 : sameEnd ? fitted.minutesLeft() : minutesLeft(deck, startedAt);
        return planAt(deck, startedAt);
    }

    /**
     * Whether the class with a fixed end, whose clock started at {@code startedAt}, still goes on at {@code t}: the
     * time a crash took from it is the class's. Without a fixed end, or once it passed (a resume the next day),
     * there is no class going on to take it from.
     */
    boolean classGoesOnAt(Instant startedAt, Instant t) {
        return end != null && fixedMinutes > 0 && t.isBefore(startedAt.plusMillis(Math.round(fixedMinutes * 60_000)));
    }

    /** Back to before the talk: the plan follows the wall clock again. */
    void unfix() {
        fixedMinutes = 0;
    }

    private Plan plan(Deck deck, double minutes) {
        Plan full = DeckPlan.of(deck);
        int from = fromSlideId == null ? 0 : Math.max(0, full.slideIndexOf(fromSlideId));
        if (end == null && from == 0) {
            return full;
        }
        return full.rest(from, minutes > 0 ? minutes : full.durationMinutes());
    }

    /** Minutes from {@code t} to the slot's end (at least one), or the deck's duration without a fixed end. */
    private double minutesLeft(Deck deck, Instant t) {
        return end == null ? deck.durationMinutes() : Math.max(1, end.minutesLeftAt(t, zone));
    }

    /** What a fitted plan means, in one sentence: minutes left, until when, from where, and the scale. */
    String text(Plan p, String firstSlideTitle) {
        String until = end == null ? Messages.get("slot.noEnd") : Messages.get("slot.until", end.text());
        return Messages.get("slot.fitted", TimeFormat.minutesSeconds(p.slot()), until, p.budgetSumMinutes(),
                p.firstSlide() + 1, Inline.plain(firstSlideTitle), p.scale());
    }

    /** The fitted slot as the run log keeps it. */
    RunSlot runSlot(Plan p) {
        return new RunSlot(p.slideId(p.firstSlide()), end == null ? null : end.text(), p.durationMinutes(),
                p.budgetSumMinutes());
    }
}
