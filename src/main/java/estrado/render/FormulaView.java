package estrado.render;

import javafx.scene.Node;

/** A display formula, typeset as real mathematics (see {@link MathView}). */
final class FormulaView {
    private FormulaView() {
    }

    static Node create(String tex) {
        return MathView.create(tex, true, "formula-text");
    }
}
