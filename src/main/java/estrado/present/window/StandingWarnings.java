package estrado.present.window;

import estrado.i18n.Messages;
import estrado.preflight.PreLectureCheck;
import estrado.present.talk.TalkSession;
import estrado.timing.Pace;
import estrado.timing.PaceStatus;
import estrado.timing.Plan;
import estrado.timing.TimeFormat;
import estrado.timing.TimerState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;

/**
 * The banner's warnings that last as long as their cause: before the talk, how the plan fits the slot (until Esc
 * dismisses it); while it runs, the slot's last minutes or overtime, and a section about to end.
 */
final class StandingWarnings {
    private final TalkSession session;
    private final Banner banner;
    private boolean slotDismissed;

    StandingWarnings(TalkSession session, Banner banner) {
        this.session = session;
        this.banner = banner;
        for (ObservableValue<?> v : List.of(session.timerProperty(), session.paceProperty(), session.planProperty())) {
            v.addListener((o, a, b) -> show());
        }
        show();
    }

    /** Esc before the talk: the note on how the plan fits the slot goes away. */
    void dismissSlot() {
        slotDismissed = true;
        show();
    }

    /** After a reset the talk is new: the note comes back. */
    void restoreSlot() {
        slotDismissed = false;
        show();
    }

    private void show() {
        banner.standing(warnings(session.pace(), session.plan(), session.timer().state()));
    }

    private List<Banner.Message> warnings(Pace pace, Plan plan, TimerState state) {
        List<Banner.Message> out = new ArrayList<>();
        if (state == TimerState.NOT_STARTED && !slotDismissed) {
            if (session.fitted()) {
                out.add(new Banner.Message(Banner.Level.INFO, session.slotText()));
            } else if (plan.budgetsMismatch()) {
                out.add(new Banner.Message(Banner.Level.INFO, PreLectureCheck.mismatch(plan)));
            }
        }
        if (state != TimerState.RUNNING) {
            return out;
        }
        if (pace.status() == PaceStatus.OVERTIME) {
            out.add(new Banner.Message(Banner.Level.DANGER,
                    Messages.get("warn.overtime", TimeFormat.minutesSeconds(pace.remaining().negated()))));
        } else if (pace.status() == PaceStatus.LAST_MINUTES) {
            out.add(new Banner.Message(Banner.Level.WARNING,
                    Messages.get("warn.lastMinutes", TimeFormat.minutesSeconds(pace.remaining()))));
        }
        if (pace.sectionEndingSoon()) {
            Duration left = pace.sectionBudget().minus(pace.sectionElapsed());
            out.add(new Banner.Message(Banner.Level.WARNING, Messages.get("warn.sectionEnding",
                    TimeFormat.minutesSeconds(left), plan.sections().get(pace.sectionIndex()).title())));
        }
        return out;
    }
}
