package estrado.present.window;

import estrado.i18n.Messages;
import estrado.present.talk.TalkSession;
import estrado.timing.Pace;
import estrado.timing.PaceStatus;
import estrado.timing.PaceTracker;
import estrado.timing.TalkTimer;
import estrado.timing.TimeFormat;
import estrado.timing.TimerState;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * The figures a lecturer reads from a standing position: talk time, how far ahead or behind the plan (±mm:ss,
 * coloured by the tolerance band), time left in the slot and the projected end at the current pace.
 */
public final class TimerPanel extends GridPane {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final Label elapsed = figure("elapsed");
    private final Label delta = figure("delta");
    private final Label remaining = figure("remaining");
    private final Label elapsedNote = note("elapsed-note");
    private final Label deltaNote = note("delta-note");
    private final Label endNote = note("end-note");

    private final TalkSession session;

    /** Follows the session: its pace and timer, and its clock for the pause's length and the projected end. */
    TimerPanel(TalkSession session) {
        this.session = session;
        getStyleClass().add("timer-card");
        setId("timer-panel");
        add(caption("timer.elapsed"), 0, 0);
        add(caption("timer.pace"), 1, 0);
        add(caption("timer.remaining"), 2, 0);
        add(elapsed, 0, 1);
        add(delta, 1, 1);
        add(remaining, 2, 1);
        add(elapsedNote, 0, 2);
        add(deltaNote, 1, 2);
        add(endNote, 2, 2);
        for (int i = 0; i < 3; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setHgrow(Priority.ALWAYS);
            c.setHalignment(HPos.LEFT);
            c.setPercentWidth(i == 1 ? 36 : 32);
            getColumnConstraints().add(c);
        }
        for (ObservableValue<?> v : List.of(session.paceProperty(), session.timerProperty(), session.nowProperty())) {
            v.addListener((o, a, b) -> show());
        }
        show();
    }

    private void show() {
        Pace pace = session.pace();
        TalkTimer timer = session.timer();
        Instant now = session.nowProperty().get();
        ZoneId zone = session.clock().getZone();
        PaceTracker tracker = session.tracker();
        TimerState state = timer.state();
        elapsed.setText(TimeFormat.minutesSeconds(pace.elapsed()));
        pseudo(this, "timer-paused", state == TimerState.PAUSED);
        if (state == TimerState.PAUSED) {
            elapsedNote.setText(Messages.get("timer.pausedFor",
                    TimeFormat.minutesSeconds(Duration.between(timer.pausedSince(), now))));
        } else if (state == TimerState.NOT_STARTED) {
            elapsedNote.setText(Messages.get("timer.notStarted"));
        } else if (state == TimerState.FINISHED) {
            elapsedNote.setText(Messages.get("timer.finished"));
        } else if (!timer.correctionTotal().isZero()) {
            elapsedNote.setText(Messages.get("timer.corrected", TimeFormat.signed(timer.correctionTotal())));
        } else {
            elapsedNote.setText(timer.pauses().isEmpty() ? Messages.get("timer.running")
                    : Messages.get("timer.pauses", timer.pauses().size()));
        }

        Duration left = pace.remaining();
        remaining.setText((left.isNegative() ? String.valueOf(TimeFormat.MINUS) : "") + TimeFormat.minutesSeconds(left));
        pseudo(remaining, "overtime", left.isNegative() || left.isZero() && state != TimerState.NOT_STARTED);
        pseudo(remaining, "ending", pace.status() == PaceStatus.LAST_MINUTES);

        delta.getStyleClass().removeAll("pace-on-plan", "pace-behind", "pace-ahead", "pace-pretalk");
        deltaNote.getStyleClass().removeAll("pace-on-plan", "pace-behind", "pace-ahead", "pace-pretalk");
        if (pace.status() == PaceStatus.PRE_TALK) {
            delta.setText("\u00b1" + "00:00");
            deltaNote.setText(Messages.get("pace.pretalk"));
            delta.getStyleClass().add("pace-pretalk");
            deltaNote.getStyleClass().add("pace-pretalk");
            endNote.setText(Messages.get("timer.endIfNow", CLOCK.format(now.plus(tracker.plan().slot()).atZone(zone))));
            return;
        }
        PaceStatus band = tracker.band(pace.delta());
        String style = switch (band) {
            case BEHIND -> "pace-behind";
            case AHEAD -> "pace-ahead";
            default -> "pace-on-plan";
        };
        delta.setText(pace.formattedDelta());
        delta.getStyleClass().add(style);
        deltaNote.getStyleClass().add(style);
        String tolerance = TimeFormat.minutesSeconds(tracker.tolerance());
        deltaNote.setText(pace.sectionSkipped() ? Messages.get("pace.skipped") : switch (band) {
            case BEHIND -> Messages.get("pace.behind", tolerance);
            case AHEAD -> Messages.get("pace.ahead", tolerance);
            default -> Messages.get("pace.onPlan", tolerance);
        });
        Instant end = pace.projectedEnd() != null ? pace.projectedEnd() : now.plus(left);
        endNote.setText(Messages.get("timer.projectedEnd", CLOCK.format(end.atZone(zone))));
    }

    public String elapsedText() {
        return elapsed.getText();
    }

    public String deltaText() {
        return delta.getText();
    }

    public String remainingText() {
        return remaining.getText();
    }

    public String endText() {
        return endNote.getText();
    }

    /** The style class of the pace figure: pace-on-plan, pace-behind, pace-ahead or pace-pretalk. */
    public String paceStyle() {
        return delta.getStyleClass().stream().filter(s -> s.startsWith("pace-")).findFirst().orElse("");
    }

    private static Label figure(String id) {
        Label l = new Label();
        l.getStyleClass().addAll("figure", id);
        l.setId("timer-" + id);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private static Label note(String id) {
        Label l = new Label();
        l.getStyleClass().add("figure-note");
        l.setId("timer-" + id);
        l.setWrapText(true);
        return l;
    }

    private static Label caption(String key) {
        Label l = new Label(Messages.get(key).toUpperCase(Messages.locale()));
        l.getStyleClass().add("figure-caption");
        return l;
    }

    static void pseudo(Node n, String styleClass, boolean on) {
        if (on && !n.getStyleClass().contains(styleClass)) {
            n.getStyleClass().add(styleClass);
        } else if (!on) {
            n.getStyleClass().remove(styleClass);
        }
    }
}
