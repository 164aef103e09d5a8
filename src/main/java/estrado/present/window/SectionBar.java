package estrado.present.window;

import estrado.i18n.Messages;
import estrado.present.talk.TalkSession;
import estrado.timing.Pace;
import estrado.timing.PaceStatus;
import estrado.timing.Plan;
import estrado.timing.TimeFormat;
import java.time.Duration;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The current section: time spent against its scaled budget, as figures and as a bar. */
public final class SectionBar extends HBox {
    private final Label name = new Label();
    private final Label time = new Label();
    private final ProgressBar bar = new ProgressBar(0);
    private final Label left = new Label();

    private final TalkSession session;

    /** Follows the session's pace and plan. */
    public SectionBar(TalkSession session) {
        this.session = session;
        getStyleClass().add("section-row");
        setId("section-bar");
        name.getStyleClass().add("section-name");
        time.getStyleClass().add("section-time");
        time.setId("section-time");
        left.getStyleClass().add("section-left");
        left.setId("section-left");
        bar.getStyleClass().add("section-progress");
        bar.setId("section-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        name.setMinWidth(Label.USE_PREF_SIZE);
        time.setMinWidth(Label.USE_PREF_SIZE);
        left.setMinWidth(Label.USE_PREF_SIZE);
        getChildren().addAll(name, time, bar, left);
        session.paceProperty().addListener((o, a, b) -> show());
        session.planProperty().addListener((o, a, b) -> show());
        show();
    }

    private void show() {
        Pace pace = session.pace();
        Plan plan = session.plan();
        int k = pace.sectionIndex();
        name.setText(Messages.get("section.caption", k + 1, plan.sectionCount()));
        if (pace.sectionSkipped()) {
            // a section this class skipped ("empezar desde aquí"): no budget to be within or over
            time.setText(TimeFormat.minutesSeconds(pace.sectionElapsed()));
            bar.setProgress(0);
            TimerPanel.pseudo(bar, "over", false);
            TimerPanel.pseudo(bar, "ending", false);
            TimerPanel.pseudo(left, "overtime", false);
            left.setText(Messages.get("section.skipped"));
            return;
        }
        time.setText(TimeFormat.minutesSeconds(pace.sectionElapsed()) + " / "
                + TimeFormat.minutesSeconds(pace.sectionBudget()));
        bar.setProgress(Math.min(1.0, pace.sectionFraction()));
        boolean over = pace.status() != PaceStatus.PRE_TALK && pace.sectionOverrun();
        TimerPanel.pseudo(bar, "over", over);
        TimerPanel.pseudo(bar, "ending", pace.sectionEndingSoon());
        TimerPanel.pseudo(left, "overtime", over);
        Duration rest = pace.sectionBudget().minus(pace.sectionElapsed());
        left.setText(over ? Messages.get("section.over", TimeFormat.minutesSeconds(rest.negated()))
                : Messages.get("section.left", TimeFormat.minutesSeconds(rest)));
    }

    public String leftText() {
        return left.getText();
    }

    public String timeText() {
        return time.getText();
    }

    public double progress() {
        return bar.getProgress();
    }
}
