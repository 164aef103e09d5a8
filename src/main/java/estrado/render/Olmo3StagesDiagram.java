package estrado.render;

import java.util.List;
import javafx.scene.layout.Pane;

/**
 * OLMo 3's model flow: base training (pre-training, mid-training, long-context extension) with the
 * tokens of each stage (olmo3_report), then post-training (SFT → DPO → RLVR) with the compute the Olmo 3
 * team reported for Think 32B (quoted in rlhfbook, App. C). Boxes are regions and arrows lines: vector
 * in the PDF.
 */
final class Olmo3StagesDiagram {
    static final double WIDTH = 1600;
    static final double HEIGHT = 640;
    private static final double BOX_W = 460;
    private static final double GAP = 60;
    private static final double LEFT = 40;

    /**
     * A base-training stage: its data mix and its tokens, a range when the report gives one
     * ({@code tokensLow == tokensHigh} otherwise).
     */
    record BaseStage(String key, String data, double tokensLow, double tokensHigh) {
    }

    /** Pre-training (Dolma 3 Mix, 5,9 T), mid-training (Dolmino, 100 B), long context (Longmino, 50–100 B). */
    static final List<BaseStage> BASE = List.of(
            new BaseStage("pretrain", "Dolma 3 Mix", 5.9e12, 5.9e12),
            new BaseStage("midtrain", "Dolmino", 100e9, 100e9),
            new BaseStage("longContext", "Longmino", 50e9, 100e9));

    /** SFT, DPO and RLVR, each with the compute the report states for Think 32B. */
    static final List<String> POST = List.of("sft", "dpo", "rlvr");

    private Olmo3StagesDiagram() {
    }

    static Pane draw(String language) {
        DiagramKit k = new DiagramKit(WIDTH, HEIGHT, language, "diagram-olmo3-stages");
        frame(k, 0, k.t("olmo.base"), k.t("olmo.baseNote"));
        frame(k, 330, k.t("olmo.post"), k.t("olmo.postNote"));
        for (int i = 0; i < BASE.size(); i++) {
            BaseStage s = BASE.get(i);
            double x = LEFT + i * (BOX_W + GAP);
            k.box(x, 70, BOX_W, 220, "diagram-step olmo-base",
                    k.lines("diagram-title", k.t("olmo." + s.key()).split("\n")),
                    k.lines("diagram-label", s.data()),
                    k.lines("diagram-label-strong", k.t("olmo.tokens", tokens(k, s))));
            if (i > 0) {
                k.lineArrow(x - GAP + 8, 180, x - 8, 180, "diagram-arrow-strong");
            }
        }
        for (int i = 0; i < POST.size(); i++) {
            double x = LEFT + i * (BOX_W + GAP);
            k.box(x, 400, BOX_W, 220, "diagram-step olmo-post",
                    k.lines("diagram-title", k.t("olmo." + POST.get(i))),
                    k.lines("diagram-label", k.t("olmo." + POST.get(i) + ".what")),
                    k.lines("diagram-note", k.t("olmo." + POST.get(i) + ".compute").split("\n")));
            if (i > 0) {
                k.lineArrow(x - GAP + 8, 510, x - 8, 510, "diagram-arrow-strong");
            }
        }
        // from the end of base training down and back to the start of post-training, entering SFT right
        // of the frame's name
        double lastX = LEFT + 2 * (BOX_W + GAP) + BOX_W / 2;
        double firstX = LEFT + BOX_W - 50;
        k.line(lastX, 290, lastX, 310, "diagram-arrow diagram-arrow-strong");
        k.line(lastX, 310, firstX, 310, "diagram-arrow diagram-arrow-strong");
        k.lineArrow(firstX, 310, firstX, 396, "diagram-arrow-strong");
        return k.pane();
    }

    /** A dashed frame around a row of stages, its name and a note at its top edge. */
    private static void frame(DiagramKit k, double y, String name, String note) {
        k.box(0, y, WIDTH, 300, "diagram-frame");
        k.box(20, y + 10, 700, 48, "diagram-free diagram-left", k.lines("diagram-label-strong", name));
        k.box(740, y + 10, WIDTH - 760, 48, "diagram-free diagram-right", k.lines("diagram-note", note));
    }

    /** "5,9 T" or "50–100 B": tokens in the deck's number style, T = 10¹², B = 10⁹. */
    static String tokens(DiagramKit k, BaseStage s) {
        String unit = s.tokensHigh() >= 1e12 ? "T" : "B";
        double scale = "T".equals(unit) ? 1e12 : 1e9;
        String high = k.number(s.tokensHigh() / scale, 1);
        return s.tokensLow() == s.tokensHigh() ? high + " " + unit
                : k.number(s.tokensLow() / scale, 1) + "–" + high + " " + unit;
    }
}
