package estrado.render;

import estrado.deck.Block;
import estrado.deck.Deck;
import estrado.deck.DeckLoader;
import estrado.deck.DiagramKind;
import estrado.deck.Problem;
import estrado.deck.Problems;
import estrado.deck.Slide;
import java.util.List;
import estrado.widgets.model.ModelPresets;
import javafx.geometry.Orientation;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/** The native diagrams: each drawn at its natural size, then scaled to the room it is given. */
final class Diagrams {
    private Diagrams() {
    }

    static Region create(Block.Diagram d, String language) {
        Pane drawing = draw(d.kind(), d.modelOrDefault(), language);
        return new Fitted(drawing, d.height());
    }

    /**
     * Diagrams that name a model preset that does not exist, at the name (with a did-you-mean): the deck
     * reads the name, the calculators know the presets.
     */
    static List<Problem> problems(Deck deck) {
        Problems out = new Problems();
        List<String> known = List.copyOf(ModelPresets.all().keySet());
        for (Slide slide : deck.slides()) {
            for (Block b : DeckLoader.allBlocks(slide.blocks(), slide.right())) {
                if (b instanceof Block.Diagram d && d.model().isPresent() && !known.contains(d.modelOrDefault())) {
                    out.unknownName(d.model().get().location(), "diagram.unknownModel", d.model().get().text(), known);
                }
            }
        }
        return out.list();
    }

    /** The drawing of a diagram; {@code model} is the preset key of diagrams that compute per model. */
    static Pane draw(DiagramKind kind, String model, String language) {
        // Java 17: an enum switch statement, not a pattern switch
        switch (kind) {
            case TRAINING_STEPS:
                return TrainingStepsDiagram.draw(language);
            case LORA:
                return LoraDiagram.draw(language);
            case QLORA:
                return QloraDiagram.draw(language);
            case BIT_LAYOUTS:
                return BitLayoutsDiagram.draw(language);
            case TRAINING_MEMORY:
                return TrainingMemoryDiagram.draw(ModelPresets.byKey(model), language);
            case TRAINING_COSTS:
                return TrainingCostsDiagram.draw(language);
            case OLMO3_STAGES:
                return Olmo3StagesDiagram.draw(language);
            default:
                throw new IllegalArgumentException("no drawing for " + kind);
        }
    }

    /**
     * Shows a drawing uniformly scaled: to the height the deck asks for (if any, and not below its natural
     * size), and never wider than the column it sits in, so a diagram fits a two-column slide as well as a full one.
     */
    static final class Fitted extends Region {
        /** The least size, in slide pixels, a diagram's label is drawn at. */
        static final double MIN_TEXT_PX = 24;

        private final Pane drawing;
        private final double naturalW;
        private final double naturalH;
        private final double asked;
        private final Scale scale = new Scale(1, 1, 0, 0);

        Fitted(Pane drawing, double height) {
            this.drawing = drawing;
            this.naturalW = drawing.getPrefWidth();
            this.naturalH = drawing.getPrefHeight();
            this.asked = height > 0 ? height / naturalH : 1;
            getStyleClass().add("diagram-fit");
            drawing.getTransforms().add(scale);
            drawing.setManaged(false);
            getChildren().add(drawing);
        }

        private double factor(double width) {
            // a height asked for may enlarge a drawing but never shrink its smallest label under what the back
            // row reads (a narrow column still may: see docs/deck-format.md)
            double byHeight = Math.max(asked, Math.min(1, MIN_TEXT_PX / smallestText()));
            return width > 0 ? Math.min(byHeight, width / naturalW) : byHeight;
        }

        /** The drawing's smallest label, in its own pixels (as styled: not cached, the style may change). */
        private double smallestText() {
            return drawing.lookupAll("Text").stream().filter(n -> n instanceof javafx.scene.text.Text)
                    .mapToDouble(n -> ((javafx.scene.text.Text) n).getFont().getSize()).min().orElse(MIN_TEXT_PX);
        }

        @Override
        public Orientation getContentBias() {
            return Orientation.HORIZONTAL;
        }

        @Override
        protected double computePrefWidth(double h) {
            return naturalW * asked;
        }

        // any width will do (the drawing shrinks), so a diagram never pushes its column wider
        @Override
        protected double computeMinWidth(double h) {
            return 0;
        }

        @Override
        protected double computePrefHeight(double w) {
            return naturalH * factor(w);
        }

        @Override
        protected double computeMinHeight(double w) {
            return computePrefHeight(w);
        }

        @Override
        protected void layoutChildren() {
            double f = Math.min(factor(getWidth()), getHeight() / naturalH);
            scale.setX(f);
            scale.setY(f);
            drawing.resizeRelocate((getWidth() - naturalW * f) / 2, 0, naturalW, naturalH);
        }
    }
}
