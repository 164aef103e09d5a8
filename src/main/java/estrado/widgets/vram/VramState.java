package estrado.widgets.vram;

import estrado.widgets.WidgetParams;
import estrado.widgets.WidgetState;
import estrado.widgets.vram.LoraTarget;
import estrado.widgets.model.ModelConfig;
import estrado.widgets.model.ModelPresets;
import estrado.widgets.vram.Optimizer;
import estrado.widgets.model.Precision;
import estrado.widgets.vram.TrainingMode;
import estrado.widgets.vram.VramInputs;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/** The VRAM calculator's inputs as live properties, shared by every view of the slide. */
public final class VramState implements WidgetState {
    /** The model control's value for a free parameter count. */
    public static final String CUSTOM = "custom";

    /** Which of the two views of the same inputs is shown. */
    public enum View { SIMPLE, DETAILED }

    final ObjectProperty<String> model = new SimpleObjectProperty<>();
    /** Free parameter count, in billions. */
    final DoubleProperty paramsBillions = new SimpleDoubleProperty();
    final ObjectProperty<Precision> precision = new SimpleObjectProperty<>();
    final ObjectProperty<TrainingMode> mode = new SimpleObjectProperty<>();
    final IntegerProperty batch = new SimpleIntegerProperty();
    final IntegerProperty seqLen = new SimpleIntegerProperty();
    final ObjectProperty<Optimizer> optimizer = new SimpleObjectProperty<>();
    final IntegerProperty gpus = new SimpleIntegerProperty();
    final IntegerProperty loraRank = new SimpleIntegerProperty();
    final ObjectProperty<Set<LoraTarget>> loraTargets = new SimpleObjectProperty<>();
    final BooleanProperty checkpointing = new SimpleBooleanProperty();
    final BooleanProperty doubleQuant = new SimpleBooleanProperty();
    final ObjectProperty<View> view = new SimpleObjectProperty<>();

    private final WidgetParams params;
    private final String customLabel;

    VramState(WidgetParams params) {
        this.params = params;
        this.customLabel = params.text("label").orElse(null);
        reset();
    }

    @Override
    public void reset() {
        boolean free = params.optionalNumber("params").isPresent();
        model.set(free ? CUSTOM : params.choice("model"));
        paramsBillions.set(params.optionalNumber("params").orElse(7));
        precision.set(Precision.parse(params.choice("precision")));
        mode.set(TrainingMode.parse(params.choice("mode")));
        batch.set(params.integer("batch"));
        seqLen.set(params.integer("seq"));
        optimizer.set(Optimizer.parse(params.choice("optimizer")));
        gpus.set(params.integer("gpus"));
        loraRank.set(params.integer("lora-rank"));
        loraTargets.set(targets(params.choices("lora-targets")));
        checkpointing.set(params.bool("checkpointing"));
        doubleQuant.set(params.bool("double-quant"));
        view.set("detailed".equals(params.choice("view")) ? View.DETAILED : View.SIMPLE);
    }

    static Set<LoraTarget> targets(List<String> keys) {
        Set<LoraTarget> s = EnumSet.noneOf(LoraTarget.class);
        keys.forEach(k -> s.add(LoraTarget.parse(k)));
        return Set.copyOf(s);
    }

    /** Every property, for views that redraw on any change. */
    ObservableValue<?>[] all() {
        return new ObservableValue<?>[] {model, paramsBillions, precision, mode, batch, seqLen, optimizer, gpus,
                loraRank, loraTargets, checkpointing, doubleQuant, view};
    }

    ModelConfig modelConfig() {
        if (CUSTOM.equals(model.get())) {
            ModelConfig free = ModelConfig.ofParams(Math.max(1, Math.round(paramsBillions.get() * 1e9)));
            return customLabel == null ? free : new ModelConfig(customLabel, free.totalParams(), 0, 0, 0, 0, 0, 0,
                    free.mlp(), false, null, free.source());
        }
        return ModelPresets.byKey(model.get());
    }

    /**
     * The calculator's inputs, or empty with the reason (a message key) when the controls ask for a
     * combination the calculator refuses: full training of integer weights, LoRA without an architecture.
     */
    Inputs inputs() {
        ModelConfig m = modelConfig();
        TrainingMode md = mode.get();
        if (md == TrainingMode.FULL && precision.get().isQuantized()) {
            return new Inputs(Optional.empty(), "widget.vram.fullNeedsFloat");
        }
        if (md.isAdapter() && !m.hasArchitecture()) {
            return new Inputs(Optional.empty(), "widget.vram.loraNeedsArchitecture");
        }
        VramInputs in = VramInputs.builder(m).precision(precision.get()).mode(md).batch(batch.get())
                .seqLen(seqLen.get()).optimizer(optimizer.get()).gpus(gpus.get()).loraRank(loraRank.get())
                .loraTargets(loraTargets.get()).gradientCheckpointing(checkpointing.get())
                .doubleQuant(doubleQuant.get()).build();
        return new Inputs(Optional.of(in), null);
    }

    /** What the controls amount to: inputs for the calculator or why there are none. */
    record Inputs(Optional<VramInputs> inputs, String problemKey) {
    }
}
