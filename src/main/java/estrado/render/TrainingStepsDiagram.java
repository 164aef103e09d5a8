package estrado.render;

import javafx.scene.layout.Pane;

/**
 * One training step: forward → backward → optimizer step, what each adds to memory, and the
 * bytes per parameter of mixed-precision Adam (2 + 2 + 12 = 16; ZeRO, rajbhandari2020zero).
 */
final class TrainingStepsDiagram {
    static final double WIDTH = 1600;
    static final double HEIGHT = 600;
    /** Bytes per parameter under mixed-precision Adam, as ZeRO counts them. */
    static final int[] BYTES = {2, 2, 4, 4, 4};

    private TrainingStepsDiagram() {
    }

    static Pane draw(String language) {
        DiagramKit k = new DiagramKit(WIDTH, HEIGHT, language, "diagram-training-steps");
        String[] styles = {"step-forward", "step-backward", "step-optimizer"};
        for (int i = 0; i < 3; i++) {
            double x = 40 + i * 540;
            k.box(x, 80, 440, 140, "diagram-step " + styles[i],
                    k.lines("diagram-title", k.t("steps.name" + i)), k.lines("diagram-label", k.t("steps.does" + i)));
            k.label(x, 232, 440, 96, k.lines("diagram-note", k.t("steps.keeps" + i).split("\n")));
            if (i < 2) {
                k.arrow(x + 446, 150, x + 534, 150, "diagram-arrow-strong");
            }
        }
        // the loop back: every batch runs the three steps again
        k.path("diagram-arrow-soft", true, 1340, 80, 1340, 28, 260, 28, 260, 76);
        k.box(680, 10, 240, 38, "diagram-on-line", k.lines("diagram-note", k.t("steps.again")));

        k.label(0, 344, WIDTH, 44, k.lines("diagram-label-strong", k.t("steps.perParam", sum())));
        String[] memStyles = {"mem-weights", "mem-grads", "mem-opt", "mem-opt", "mem-opt"};
        double perByte = 1520.0 / sum();
        double x = 40;
        for (int i = 0; i < BYTES.length; i++) {
            double w = BYTES[i] * perByte;
            k.box(x, 398, w - 4, 100, "diagram-mem " + memStyles[i],
                    k.lines("diagram-small", k.t("steps.mem" + i).split("\n")));
            x += w;
        }
        k.path("diagram-bracket", false, 40, 512, 40, 524, 1556, 524, 1556, 512);
        k.label(0, 530, WIDTH, 64, k.lines("diagram-note",
                k.t("steps.total", sum(), k.number((double) sum() / BYTES[0], 0), BYTES[0])));
        return k.pane();
    }

    static int sum() {
        int s = 0;
        for (int b : BYTES) {
            s += b;
        }
        return s;
    }
}
