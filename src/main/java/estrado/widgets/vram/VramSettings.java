package estrado.widgets.vram;

import estrado.widgets.ParamSpec;
import estrado.widgets.WidgetParams;
import estrado.widgets.WidgetType;
import estrado.widgets.lora.LoraTarget;
import estrado.widgets.model.ModelChoice;
import estrado.widgets.model.ModelChoiceSettings;
import estrado.widgets.model.Precision;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A {@code vram-calculator} block as the deck wrote it: where the controls start, and which controls it shows.
 * Its parameters, their ranges and their allowed words are declared here and nowhere else.
 *
 * @param controls the controls shown, from {@link #CONTROLS}
 */
public record VramSettings(ModelChoice model, Precision precision, TrainingMode mode, int batch, int seq,
                           Optimizer optimizer, int gpus, int loraRank, Set<LoraTarget> loraTargets,
                           boolean checkpointing, boolean doubleQuant, View view, Set<String> controls) {

    /** Which of the two views of the same inputs is shown. */
    public enum View {
        SIMPLE, DETAILED;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Controls a deck may show, in panel order; {@code controls: all} (the default) shows each when it applies. */
    public static final List<String> CONTROLS = List.of("model", "precision", "mode", "batch", "seq", "gpus",
            "optimizer", "lora-rank", "lora-targets", "checkpointing", "double-quant", "view");

    public static final List<ParamSpec> PARAMS = params();

    public VramSettings {
        loraTargets = Set.copyOf(loraTargets);
        controls = Set.copyOf(controls);
    }

    private static List<ParamSpec> params() {
        List<ParamSpec> specs = new ArrayList<>(ModelChoiceSettings.PARAMS);
        specs.addAll(List.of(
                ParamSpec.choice("precision", Precision.FP16, List.of(Precision.values()), Precision::key),
                ParamSpec.choice("mode", TrainingMode.INFERENCE, List.of(TrainingMode.values()), TrainingMode::key),
                ParamSpec.integer("batch", 1, 1, 4096),
                ParamSpec.integer("seq", 2048, 1, 1_048_576),
                ParamSpec.choice("optimizer", Optimizer.ADAM, List.of(Optimizer.values()), Optimizer::key),
                ParamSpec.integer("gpus", 1, 1, 1024),
                ParamSpec.integer("lora-rank", 16, 1, 4096),
                ParamSpec.choices("lora-targets", List.of(LoraTarget.Q, LoraTarget.V),
                        Arrays.asList(LoraTarget.values()), LoraTarget::key),
                ParamSpec.bool("checkpointing", false),
                ParamSpec.bool("double-quant", false),
                ParamSpec.choice("view", View.SIMPLE, List.of(View.values()), View::key),
                ParamSpec.choices("controls", CONTROLS, CONTROLS)));
        return List.copyOf(specs);
    }

    /** The settings, after reporting what the calculator refuses where the deck wrote it. */
    public static VramSettings read(WidgetParams p, WidgetType.Report report) {
        ModelChoice model = ModelChoiceSettings.read(p, report);
        Precision precision = p.value("precision", Precision.class);
        TrainingMode mode = p.value("mode", TrainingMode.class);
        boolean free = ModelChoice.CUSTOM.equals(model.key()) || p.isGiven("params");
        VramInputs.Refusal.of(mode, precision, !free)
                .ifPresent(r -> report.error(r.param(), r.deckKey(), r.word(mode, precision)));
        return new VramSettings(model, precision, mode, p.integer("batch"), p.integer("seq"),
                p.value("optimizer", Optimizer.class), p.integer("gpus"), p.integer("lora-rank"),
                Set.copyOf(p.values("lora-targets", LoraTarget.class)), p.bool("checkpointing"),
                p.bool("double-quant"), p.value("view", View.class), Set.copyOf(p.choices("controls")));
    }
}
