package estrado.render;

import estrado.widgets.lora.LoraMath;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;

/** LoRA (hu2021lora): the frozen W₀ beside the trainable B·A of rank r, summed into h. */
final class LoraDiagram {
    static final double WIDTH = 1600;
    static final double HEIGHT = 600;
    /** The worked example under the drawing: a 4096×4096 projection at rank 16. */
    static final long EXAMPLE_D = 4096;
    static final long EXAMPLE_K = 4096;
    static final int EXAMPLE_R = 16;

    private LoraDiagram() {
    }

    static Pane draw(String language) {
        DiagramKit k = new DiagramKit(WIDTH, HEIGHT, language, "diagram-lora");
        double cy = 420;
        k.box(30, 240, 110, 120, "diagram-io", k.math("x", "diagram-math-big"));
        k.path("diagram-arrow-strong", true, 140, 300, 250, 300, 250, 140, 354, 140);
        k.path("diagram-arrow-strong", true, 250, 300, 250, cy, 354, cy);

        k.box(360, 30, 460, 220, "diagram-frozen",
                k.math("W_0 \\in \\mathbb{R}^{d \\times k}", "diagram-math"), k.lines("diagram-note", k.t("lora.frozen")));

        k.polygon("diagram-trainable", 360, cy - 90, 560, cy - 30, 560, cy + 30, 360, cy + 90);
        k.polygon("diagram-trainable", 620, cy - 30, 820, cy - 90, 820, cy + 90, 620, cy + 30);
        k.label(360, cy - 30, 200, 60, k.math("A", "diagram-math-big"));
        k.label(620, cy - 30, 200, 60, k.math("B", "diagram-math-big"));
        k.path("diagram-arrow-strong", false, 560, cy, 620, cy);
        k.label(560, cy - 80, 60, 44, k.math("r", "diagram-math"));
        k.label(330, cy + 96, 260, 44, k.math("A \\in \\mathbb{R}^{r \\times k}", "diagram-math"));
        k.label(590, cy + 96, 260, 44, k.math("B \\in \\mathbb{R}^{d \\times r}", "diagram-math"));
        k.label(280, cy + 140, 620, 40, k.lines("diagram-note", k.t("lora.trainable")));

        Circle sum = new Circle(950, 300, 36);
        sum.getStyleClass().addAll("diagram-shape", "diagram-sum");
        k.add(sum);
        k.label(914, 264, 72, 72, k.lines("diagram-title", "+"));
        k.path("diagram-arrow-strong", true, 820, 140, 950, 140, 950, 262);
        k.path("diagram-arrow-strong", true, 820, cy, 950, cy, 950, 338);
        k.arrow(986, 300, 1058, 300, "diagram-arrow-strong");
        k.box(1060, 240, 110, 120, "diagram-io", k.math("h", "diagram-math-big"));

        k.label(1200, 40, 390, 60, k.math("h = W_0\\,x + B\\,A\\,x", "diagram-math"));
        k.label(1200, 110, 390, 50, k.math("r \\ll \\min(d, k)", "diagram-math"));
        LoraMath.Count c = LoraMath.count(EXAMPLE_D, EXAMPLE_K, EXAMPLE_R);
        k.box(1200, 200, 390, 250, "diagram-example",
                k.lines("diagram-label bold", k.t("lora.example")),
                k.lines("diagram-note",
                        k.t("lora.exampleDims", k.number(EXAMPLE_D, 0), k.number(EXAMPLE_K, 0), EXAMPLE_R),
                        k.t("lora.full", k.number(c.fullParams(), 0)),
                        k.t("lora.lora", k.number(c.loraParams(), 0)),
                        k.t("lora.reduction", k.number(c.reduction(), 0))));
        return k.pane();
    }
}
