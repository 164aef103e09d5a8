package estrado.preflight;

import estrado.deck.Problem;
import estrado.i18n.Messages;
import estrado.preflight.CheckItem.Level;
import estrado.preflight.CheckItem.Topic;
import estrado.timing.Loaded;
import estrado.timing.Plan;
import estrado.timing.PresentationSnapshot;
import estrado.timing.RunLogStore;
import estrado.timing.TimeFormat;
import estrado.timing.TimerState;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * What to know before the talk starts: which screen gets which role, the plan against the slot, the deck's
 * problems (missing images, overflow…), and whether the state directory works or holds an unfinished run.
 * The same findings feed the dialog shown before a talk and {@code estrado doctor}.
 */
public final class PreLectureCheck {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM HH:mm");

    private PreLectureCheck() {
    }

    /** The monitors and the role each one gets. */
    public static List<CheckItem> screens(List<Display> displays, ScreenRoles roles) {
        List<CheckItem> out = new ArrayList<>();
        String primary = Messages.get("preflight.primary");
        if (displays.isEmpty()) {
            out.add(new CheckItem(Level.ERROR, Topic.SCREENS, Messages.get("preflight.noScreens")));
            return out;
        }
        if (!roles.canSwap()) {
            out.add(new CheckItem(Level.WARNING, Topic.SCREENS,
                    Messages.get("preflight.oneScreen", displays.get(0).describe(primary))));
            return out;
        }
        out.add(new CheckItem(Level.OK, Topic.SCREENS,
                Messages.get("preflight.audienceOn", roles.audience().describe(primary))));
        out.add(new CheckItem(Level.OK, Topic.SCREENS,
                Messages.get("preflight.presenterOn", roles.presenter().describe(primary))));
        for (Display d : displays) {
            if (d != roles.audience() && d != roles.presenter()) {
                out.add(new CheckItem(Level.INFO, Topic.SCREENS, Messages.get("preflight.unused", d.describe(primary))));
            }
        }
        out.add(new CheckItem(Level.INFO, Topic.SCREENS, Messages.get("preflight.swapHint")));
        return out;
    }

    /**
     * The plan against the slot: slides (counted as the projector's footer counts them, all of them; backup slides
     * are said once to be left out of pacing) and the scaling, which pacing does by itself: information, no warning.
     */
    public static List<CheckItem> plan(Plan plan) {
        List<CheckItem> out = new ArrayList<>();
        int counted = plan.countedSlideCount();
        out.add(new CheckItem(Level.OK, Topic.PLAN, Messages.get("preflight.plan", plan.durationMinutes(),
                plan.sectionCount(), plan.slideCount(), plan.slideCount() - counted)));
        if (plan.budgetsMismatch()) {
            out.add(new CheckItem(Level.INFO, Topic.PLAN, mismatch(plan)));
        }
        out.add(new CheckItem(Level.INFO, Topic.PLAN, Messages.get("preflight.timerHint")));
        return out;
    }

    /**
     * The sentence shown once when the budgets do not add up to the slot, with the largest section as an example
     * of what scaling does to it.
     */
    public static String mismatch(Plan plan) {
        int largest = 0;
        for (int k = 1; k < plan.sectionCount(); k++) {
            if (plan.budget(k).compareTo(plan.budget(largest)) > 0) {
                largest = k;
            }
        }
        String example = plan.sectionCount() == 0 ? "" : Messages.get("preflight.mismatchExample",
                plan.sections().get(largest).title(), plan.budget(largest).toMillis() / 60_000.0,
                TimeFormat.minutesSeconds(plan.scaledBudget(largest)));
        return Messages.get("preflight.mismatch", plan.budgetSumMinutes(), plan.durationMinutes(), plan.scale(),
                example);
    }

    /**
     * The deck's problems, as {@code file:line:col: message}: errors and what the audience would see wrong (a
     * missing image, an overflow) under the deck; the author's other warnings apart ({@link Topic#AUTHOR}); the
     * budget mismatch not at all, since the plan already says it.
     */
    public static List<CheckItem> deck(List<Problem> problems, Path base) {
        List<CheckItem> out = new ArrayList<>();
        boolean seen = false;
        for (Problem p : problems) {
            if (AudienceView.isBudgetMismatch(p)) {
                continue;
            }
            // the level already says "warning": the problem's own prefix would repeat it
            String text = p.location().display(base) + ": " + p.message();
            if (p.isError()) {
                out.add(new CheckItem(Level.ERROR, Topic.DECK, text));
                seen = true;
            } else if (AudienceView.shows(p)) {
                out.add(new CheckItem(Level.WARNING, Topic.DECK, text));
                seen = true;
            } else {
                out.add(new CheckItem(Level.WARNING, Topic.AUTHOR, text));
            }
        }
        if (!seen) {
            out.add(0, new CheckItem(Level.OK, Topic.DECK, Messages.get("preflight.deckOk")));
        }
        return out;
    }

    /** The things to review before this talk: errors anywhere, warnings outside the author's homework. */
    public static long toReview(List<CheckItem> items) {
        return items.stream().filter(i -> i.level() == Level.ERROR
                || i.level() == Level.WARNING && i.topic() != Topic.AUTHOR).count();
    }

    /** The first line of the check: "Listo para presentar" or "N cosas que revisar" (with the errors). */
    public static String verdict(List<CheckItem> items) {
        long review = toReview(items);
        long errors = items.stream().filter(i -> i.level() == Level.ERROR).count();
        if (review == 0) {
            return Messages.get("preflight.ready");
        }
        return errors == 0 ? Messages.get("preflight.toReview", review)
                : Messages.get("preflight.toReviewErrors", review, errors);
    }

    /** Whether runs can be recorded, and whether an unfinished run of this deck waits to be resumed. */
    public static List<CheckItem> state(Path dir, RunLogStore store, String deckId, ZoneId zone) {
        return state(dir, store, deckId, zone, true);
    }

    /** As {@link #state(Path, RunLogStore, String, ZoneId)}; the dialog offers the unfinished run itself. */
    public static List<CheckItem> state(Path dir, RunLogStore store, String deckId, ZoneId zone,
            boolean mentionUnfinished) {
        List<CheckItem> out = new ArrayList<>();
        if (StateFiles.writable(dir)) {
            StateFiles.removeOrphans(dir, Instant.now());
            out.add(new CheckItem(Level.OK, Topic.STATE, Messages.get("preflight.stateOk", dir)));
        } else {
            out.add(new CheckItem(Level.ERROR, Topic.STATE, Messages.get("preflight.stateBad", dir)));
            return out;
        }
        Loaded<PresentationSnapshot> snap = store.loadSnapshot(deckId);
        snap.message().ifPresent(m -> out.add(new CheckItem(Level.WARNING, Topic.STATE, m)));
        snap.get().filter(s -> mentionUnfinished && resumable(s)).ifPresent(s -> out.add(new CheckItem(Level.INFO, Topic.STATE,
                Messages.get("preflight.unfinished", s.slideIndex() + 1,
                        TimeFormat.minutesSeconds(s.timer().elapsed(s.savedAt())), when(s.savedAt(), zone)))));
        return out;
    }

    /** Whether a saved state is a talk that was running (or paused) when estrado stopped. */
    public static boolean resumable(PresentationSnapshot s) {
        TimerState t = s.timer().state();
        return t == TimerState.RUNNING || t == TimerState.PAUSED;
    }

    static String when(Instant at, ZoneId zone) {
        return WHEN.format(at.atZone(zone));
    }

    /** The worst level among some findings. */
    public static Level worst(List<CheckItem> items) {
        Level worst = Level.OK;
        for (CheckItem i : items) {
            if (i.level().compareTo(worst) > 0) {
                worst = i.level();
            }
        }
        return worst;
    }
}
