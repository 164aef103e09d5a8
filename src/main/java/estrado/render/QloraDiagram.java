package estrado.render;

import javafx.scene.layout.Pane;

/**
 * QLoRA (dettmers2023qlora): a frozen base stored in 4-bit NF4, 16-bit LoRA adapters that are
 * the only trained weights, and optimizer states that page out to CPU memory on spikes.
 */
final class QloraDiagram {
    static final double WIDTH = 1600;
    static final double HEIGHT = 600;
    private static final int LAYERS = 3;

    private QloraDiagram() {
    }

    static Pane draw(String language) {
        DiagramKit k = new DiagramKit(WIDTH, HEIGHT, language, "diagram-qlora");
        k.box(20, 20, 1150, 560, "diagram-frame");
        // every label keeps clear of the dashed frames: a word cut by a line reads as a mistake
        k.box(40, 34, 700, 48, "diagram-free", k.lines("diagram-label-strong", k.t("qlora.gpu")));
        k.box(780, 32, 380, 70, "diagram-free", k.lines("diagram-note", k.t("qlora.adapters").split("\n")));
        for (int i = 0; i < LAYERS; i++) {
            double y = 110 + i * 95;
            k.box(40, y, 720, 76, "diagram-frozen", k.lines("diagram-label", k.t("qlora.layer", i + 1)));
            k.path("diagram-arrow-soft", false, 760, y + 38, 830, y + 38);
            k.box(830, y + 3, 130, 70, "diagram-trainable", k.math("A", "diagram-math"));
            k.box(1000, y + 3, 130, 70, "diagram-trainable", k.math("B", "diagram-math"));
            k.path("diagram-arrow-soft", false, 960, y + 38, 1000, y + 38);
        }
        k.box(40, 382, 1110, 36, "diagram-free", k.lines("diagram-label", "⋮"));
        k.box(40, 420, 720, 44, "diagram-free", k.lines("diagram-note", k.t("qlora.base")));
        k.box(40, 480, 720, 80, "diagram-opt", k.lines("diagram-label", k.t("qlora.optimizer")));

        k.box(1230, 20, 350, 560, "diagram-frame");
        k.box(1250, 34, 310, 48, "diagram-free", k.lines("diagram-label-strong", k.t("qlora.cpu")));
        k.box(1250, 110, 310, 300, "diagram-free", k.lines("diagram-note", k.t("qlora.paging").split("\n")));
        k.box(1250, 480, 310, 80, "diagram-opt diagram-paged", k.lines("diagram-label", k.t("qlora.paged")));
        k.arrow(764, 505, 1244, 505, "diagram-arrow-strong");
        k.arrow(1244, 535, 764, 535, "diagram-arrow-strong");
        k.box(790, 440, 370, 50, "diagram-on-line", k.lines("diagram-note", k.t("qlora.spikes")));
        return k.pane();
    }
}
