package estrado.present.window;

import estrado.i18n.Messages;
import estrado.present.talk.TalkSession;
import estrado.timing.Pace;
import estrado.timing.PaceStatus;
import estrado.timing.Plan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;

/**
 * The whole plan at a glance: a row with each section as wide as its scaled budget, and under it a row with
 * each section as wide as the time actually spent in it, on the same scale. A mark on each row shows where the
 * lecturer should be and where they are; the gap between the two marks is the delta.
 */
final class PlanTimeline extends Region {
    private final List<Region> planned = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();
    private final List<Region> actual = new ArrayList<>();
    private final Region expectedMark = new Region();
    private final Region elapsedMark = new Region();
    private final Label planCaption = new Label(Messages.get("timeline.plan"));
    private final Label actualCaption = new Label(Messages.get("timeline.actual"));
    private Plan plan;
    private Pace pace;
    private Map<String, Duration> actuals = Map.of();

    private final TalkSession session;

    /** Follows the session's plan and pace, and the time spent in each section so far. */
    PlanTimeline(TalkSession session) {
        this.session = session;
        getStyleClass().add("timeline");
        setId("plan-timeline");
        expectedMark.getStyleClass().addAll("timeline-mark", "expected");
        elapsedMark.getStyleClass().add("timeline-mark");
        planCaption.getStyleClass().add("timeline-caption");
        actualCaption.getStyleClass().add("timeline-caption");
        setMinHeight(0);
        session.paceProperty().addListener((o, a, b) -> show());
        session.planProperty().addListener((o, a, b) -> show());
        show();
    }

    private void show() {
        Plan newPlan = session.plan();
        if (newPlan != plan) {
            plan = newPlan;
            rebuild();
        }
        pace = session.pace();
        actuals = session.sectionActuals();
        for (int k = 0; k < plan.sectionCount(); k++) {
            boolean current = k == pace.sectionIndex();
            TimerPanel.pseudo(planned.get(k), "current", current);
            Region a = actual.get(k);
            Duration spent = actuals.getOrDefault(plan.sections().get(k).id(), Duration.ZERO);
            TimerPanel.pseudo(a, "over", spent.compareTo(plan.scaledBudget(k)) > 0);
            TimerPanel.pseudo(a, "current", current);
        }
        elapsedMark.setVisible(pace.status() != PaceStatus.PRE_TALK);
        requestLayout();
    }

    private void rebuild() {
        getChildren().clear();
        planned.clear();
        labels.clear();
        actual.clear();
        for (int k = 0; k < plan.sectionCount(); k++) {
            Region cell = new Region();
            cell.getStyleClass().add("timeline-cell");
            Label l = new Label((k + 1) + " " + plan.sections().get(k).title());
            l.setMinWidth(0);
            l.setMouseTransparent(true);
            Region bar = new Region();
            bar.getStyleClass().add("timeline-actual");
            planned.add(cell);
            labels.add(l);
            actual.add(bar);
        }
        getChildren().addAll(planned);
        getChildren().addAll(labels);
        getChildren().addAll(actual);
        getChildren().addAll(planCaption, actualCaption, expectedMark, elapsedMark);
    }

    /** Pixels per millisecond: the slot fills the width unless the talk has already run longer. */
    private double scale(double width) {
        long total = plan.slot().toMillis();
        if (pace != null) {
            long spent = actuals.values().stream().mapToLong(Duration::toMillis).sum();
            total = Math.max(total, Math.max(spent, pace.elapsed().toMillis()));
        }
        return total <= 0 ? 0 : width / total;
    }

    @Override
    protected double computePrefHeight(double width) {
        double em = getFont().getSize();
        return snappedTopInset() + snappedBottomInset() + em * 4.4;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 600;
    }

    private Font getFont() {
        return planCaption.getFont();
    }

    @Override
    protected void layoutChildren() {
        if (plan == null) {
            return;
        }
        double em = getFont().getSize();
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double captionWidth = Math.max(planCaption.prefWidth(-1), actualCaption.prefWidth(-1)) + em * 0.6;
        double x0 = left + captionWidth;
        double width = Math.max(0, getWidth() - x0 - snappedRightInset());
        double rowH = em * 1.9;
        double gap = em * 0.4;
        double k = scale(width);
        planCaption.resizeRelocate(left, top, captionWidth, rowH);
        actualCaption.resizeRelocate(left, top + rowH + gap, captionWidth, rowH);
        double x = x0;
        double xa = x0;
        for (int i = 0; i < plan.sectionCount(); i++) {
            double w = plan.scaledBudget(i).toMillis() * k;
            planned.get(i).resizeRelocate(x, top, w, rowH);
            labels.get(i).resizeRelocate(x, top, w, rowH);
            Duration spent = actuals.getOrDefault(plan.sections().get(i).id(), Duration.ZERO);
            double wa = spent.toMillis() * k;
            actual.get(i).resizeRelocate(xa, top + rowH + gap, wa, rowH * 0.8);
            x += w;
            xa += wa;
        }
        if (pace != null) {
            double markW = Math.max(2, em * 0.2);
            expectedMark.resizeRelocate(x0 + pace.expected().toMillis() * k - markW / 2, top - em * 0.2, markW,
                    rowH + em * 0.4);
            elapsedMark.resizeRelocate(x0 + pace.elapsed().toMillis() * k - markW / 2, top + rowH + gap - em * 0.2,
                    markW, rowH * 0.8 + em * 0.4);
        }
    }
}
