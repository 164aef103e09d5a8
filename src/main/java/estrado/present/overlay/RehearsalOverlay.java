package estrado.present.overlay;

import estrado.i18n.Messages;
import estrado.timing.RehearsalReport;
import estrado.timing.SectionComparison;
import estrado.timing.TimeFormat;
import java.time.Duration;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * R: the rehearsals of this deck against its plan: per section the scaled budget and the median of the runs as
 * bars on one scale, the difference, and a re-budgeting in whole minutes that fits the slot.
 */
public final class RehearsalOverlay extends Overlay {
    private static final double BAR_WIDTH = 420;

    public RehearsalOverlay(RehearsalReport report, int runsFound, List<String> problems) {
        super("rehearsal-overlay", Messages.get("rehearsals.title"),
                Messages.get("rehearsals.hint", report.runsCompared(), runsFound));
        if (report.runsCompared() == 0) {
            card.getChildren().add(new Label(Messages.get("rehearsals.none")));
            return;
        }
        GridPane g = new GridPane();
        g.setHgap(16);
        g.setVgap(6);
        String[] heads = {"rehearsals.section", "rehearsals.budget", "rehearsals.median", "rehearsals.diff",
                "rehearsals.suggested", "rehearsals.chart"};
        for (int c = 0; c < heads.length; c++) {
            Label h = new Label(Messages.get(heads[c]));
            h.getStyleClass().add("report-head");
            g.add(h, c, 0);
        }
        long max = 1;
        for (SectionComparison s : report.sections()) {
            max = Math.max(max, s.scaledBudget().toMillis());
            max = Math.max(max, s.median().map(Duration::toMillis).orElse(0L));
        }
        int row = 1;
        for (SectionComparison s : report.sections()) {
            g.add(cell((s.index() + 1) + ". " + s.title()), 0, row);
            g.add(cell(TimeFormat.minutesSeconds(s.scaledBudget())), 1, row);
            g.add(cell(s.median().map(TimeFormat::minutesSeconds).orElse("—")), 2, row);
            g.add(cell(s.overrun().map(TimeFormat::signed).orElse("—")), 3, row);
            g.add(cell(Messages.get("rehearsals.minutes", s.suggestedMinutes())), 4, row);
            Region plan = bar(s.scaledBudget().toMillis() * BAR_WIDTH / max, "report-bar");
            Region real = bar(s.median().map(Duration::toMillis).orElse(0L) * BAR_WIDTH / max, "report-bar", "actual");
            if (s.overrun().map(d -> d.isNegative() || d.isZero() ? null : d).isPresent()) {
                real.getStyleClass().add("over");
            }
            VBox bars = new VBox(2, plan, real);
            bars.setAlignment(Pos.CENTER_LEFT);
            g.add(bars, 5, row);
            row++;
        }
        card.getChildren().add(g);
        Label total = new Label(Messages.get("rehearsals.total", report.suggestedTotalMinutes(), report.durationMinutes()));
        total.getStyleClass().add("overlay-hint");
        card.getChildren().add(total);
        for (String p : problems) {
            Label l = new Label(p);
            l.getStyleClass().add("check-warning");
            card.getChildren().add(l);
        }
    }

    private static Label cell(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("report-cell");
        return l;
    }

    private static Region bar(double width, String... classes) {
        Region r = new Region();
        r.getStyleClass().addAll(classes);
        r.setMinSize(width, 10);
        r.setPrefSize(width, 10);
        r.setMaxSize(width, 10);
        return r;
    }
}
