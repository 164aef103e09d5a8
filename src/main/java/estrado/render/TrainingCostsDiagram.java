package estrado.render;

import estrado.widgets.cost.TrainingCost;
import java.util.List;
import javafx.scene.layout.Pane;

/**
 * Published training costs of notable models by year, on a logarithmic axis. Only the figures of
 * {@link TrainingCost} (the verified ones of the cost table) with a published cost are plotted, each
 * with its scope: they are not comparable to one another, and the chart says so.
 */
final class TrainingCostsDiagram {
    static final double WIDTH = 1600;
    static final double HEIGHT = 600;
    private static final double X0 = 170;
    private static final double X1 = 1570;
    private static final double TOP = 50;
    private static final double BOTTOM = 470;
    static final double FIRST_YEAR = 2019.5;
    static final double LAST_YEAR = 2026.5;
    /** The log axis: US$ 1 M to 10 M, the span of every published figure. */
    static final double MIN_USD = 1e6;
    static final double MAX_USD = 1e7;
    static final double[] TICKS_USD = {1e6, 2e6, 5e6, 1e7};

    /**
     * One published estimate: its amount, as many decimals (in millions) as the source gives, the
     * label key of its method and the BibTeX key it comes from.
     */
    record Estimate(double usd, int decimals, String method, String source) {
    }

    /**
     * A model on the chart: its row of the cost table, when it was published (year and month of the
     * cited report), its estimates and the key of its scope note.
     */
    record Point(String model, int year, int month, String scope, List<Estimate> estimates) {
        double when() {
            return year + (month - 0.5) / 12;
        }

        double low() {
            return estimates.stream().mapToDouble(Estimate::usd).min().orElseThrow();
        }

        double high() {
            return estimates.stream().mapToDouble(Estimate::usd).max().orElseThrow();
        }
    }

    /** GPT-3 (arXiv 2005.14165, May 2020), DeepSeek-V3 (arXiv 2412.19437, Dec 2024), OLMo 3 (arXiv 2512.13961, Dec 2025). */
    static final List<Point> POINTS = List.of(
            new Point("GPT-3 175B", 2020, 5, "gpt3", List.of(
                    new Estimate(TrainingCost.GPT3_EPOCH_HARDWARE_ENERGY_USD, 1, "epochHardware", "gpt3_cost_epoch"),
                    new Estimate(TrainingCost.GPT3_EPOCH_CLOUD_USD, 1, "epochCloud", "gpt3_cost_epoch"),
                    new Estimate(TrainingCost.GPT3_LAMBDA_USD, 1, "lambdaCloud", "gpt3_cost_lambda"))),
            new Point("DeepSeek-V3", 2024, 12, "deepseek", List.of(
                    new Estimate(published("DeepSeek-V3"), 3, "finalRun", "deepseek_v3_technical"))),
            new Point("OLMo 3 32B", 2025, 12, "olmo3", List.of(
                    new Estimate(published("OLMo 3 32B"), 2, "fullFlow", "olmo3_cost"))));

    private TrainingCostsDiagram() {
    }

    /** The published cost of a row of the cost table (one figure: its low and high ends agree). */
    static double published(String model) {
        return TrainingCost.rows().stream().filter(r -> r.model().equals(model) && r.costPublished())
                .mapToDouble(TrainingCost.Row::costUsdLow).findFirst()
                .orElseThrow(() -> new IllegalStateException("no published cost for " + model));
    }

    static Pane draw(String language) {
        DiagramKit k = new DiagramKit(WIDTH, HEIGHT, language, "diagram-training-costs");
        k.box(0, 0, 900, 40, "diagram-free diagram-left", k.lines("diagram-small", k.t("costs.axis")));
        for (double usd : TICKS_USD) {
            double y = y(usd);
            k.line(X0, y, X1, y, "chart-grid");
            k.box(0, y - 17, X0 - 14, 34, "diagram-free diagram-right",
                    k.lines("diagram-small", k.t("costs.tick", k.number(usd / 1e6, 0))));
        }
        for (int year = (int) Math.ceil(FIRST_YEAR); year <= LAST_YEAR; year++) {
            double x = x(year);
            k.line(x, BOTTOM, x, BOTTOM + 10, "chart-axis");
            k.label(x - 50, BOTTOM + 12, 100, 34, k.lines("diagram-small", Integer.toString(year)));
        }
        k.line(X0, TOP, X0, BOTTOM, "chart-axis");
        k.line(X0, BOTTOM, X1, BOTTOM, "chart-axis");

        for (Point p : POINTS) {
            double x = x(p.when());
            if (p.estimates().size() > 1) {
                k.line(x, y(p.low()), x, y(p.high()), "cost-range");
                for (Estimate e : p.estimates()) {
                    k.line(x - 16, y(e.usd()), x + 16, y(e.usd()), "cost-cap");
                }
            } else {
                javafx.scene.shape.Rectangle dot = k.rect(x - 13, y(p.low()) - 13, 26, 26, "cost-dot");
                dot.setArcWidth(26);
                dot.setArcHeight(26);
            }
        }
        // each label where the others leave room: GPT-3 right of its bar, DeepSeek-V3 above and left of
        // its point, OLMo 3 below and left of its point (the two are a year apart)
        Point gpt3 = POINTS.get(0);
        Point deepSeek = POINTS.get(1);
        Point olmo = POINTS.get(2);
        double gy = (y(gpt3.low()) + y(gpt3.high())) / 2;
        pointLabel(k, gpt3, x(gpt3.when()) + 34, gy - 75, 560, 150, false);
        pointLabel(k, deepSeek, x(deepSeek.when()) - 28 - 700, y(deepSeek.low()) + 36 - 150, 700, 150, true);
        pointLabel(k, olmo, x(olmo.when()) - 28 - 520, y(olmo.low()) - 24, 520, 184, true);
        k.box(X0, BOTTOM + 56, X1 - X0, 40, "diagram-free", k.lines("diagram-note", k.t("costs.caveat")));
        return k.pane();
    }

    /** The name, the amount and its scope in a w×h box at (x, y), its lines flush with the point's side. */
    private static void pointLabel(DiagramKit k, Point p, double x, double y, double w, double h, boolean leftOf) {
        String amount = p.estimates().size() > 1
                ? k.t("costs.range", money(k, p.estimates().get(0)), money(k, p.estimates().get(p.estimates().size() - 1)))
                : k.t("costs.amount", money(k, p.estimates().get(0)));
        k.box(x, y, w, h, "diagram-free " + (leftOf ? "diagram-right" : "diagram-left"),
                k.lines("diagram-label-strong", k.t("costs.name", p.model(), Integer.toString(p.year()))),
                k.lines("diagram-small", amount),
                k.lines("diagram-note", k.t("costs.scope." + p.scope(), scopeArgs(k, p)).split("\n")));
    }

    private static Object[] scopeArgs(DiagramKit k, Point p) {
        return p.estimates().stream().map(e -> money(k, e)).toArray();
    }

    private static String money(DiagramKit k, Estimate e) {
        return k.number(e.usd() / 1e6, e.decimals());
    }

    static double x(double year) {
        return X0 + (year - FIRST_YEAR) / (LAST_YEAR - FIRST_YEAR) * (X1 - X0);
    }

    static double y(double usd) {
        return BOTTOM - Math.log10(usd / MIN_USD) / Math.log10(MAX_USD / MIN_USD) * (BOTTOM - TOP);
    }
}
