package estrado.widgets.vram;

import estrado.widgets.DeckSettingsState;
import estrado.widgets.lora.LoraTarget;
import estrado.widgets.model.ModelChoice;
import estrado.widgets.model.ModelConfig;
import estrado.widgets.model.Precision;
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
public final class VramState extends DeckSettingsState<VramSettings> {
    /** The model control's value for a free parameter count. */
    public static final String CUSTOM = ModelChoice.CUSTOM;

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
    final ObjectProperty<VramSettings.View> view = new SimpleObjectProperty<>();

    @Override
    protected void load(VramSettings d) {
        model.set(d.model().key());
        paramsBillions.set(d.model().freeBillions().orElse(7));
        precision.set(d.precision());
        mode.set(d.mode());
        batch.set(d.batch());
        seqLen.set(d.seq());
        optimizer.set(d.optimizer());
        gpus.set(d.gpus());
        loraRank.set(d.loraRank());
        loraTargets.set(d.loraTargets());
        checkpointing.set(d.checkpointing());
        doubleQuant.set(d.doubleQuant());
        view.set(d.view());
    }

    /** Every property, for views that redraw on any change. */
    ObservableValue<?>[] all() {
        return new ObservableValue<?>[] {model, paramsBillions, precision, mode, batch, seqLen, optimizer, gpus,
                loraRank, loraTargets, checkpointing, doubleQuant, view};
    }

    ModelConfig modelConfig() {
        return ModelChoice.config(model.get(), paramsBillions.get(), deck().model().labelAt(paramsBillions.get()));
    }

    /**
     * The calculator's inputs, or empty with what it refuses when the controls ask for a combination it cannot
     * answer (full training of integer weights, LoRA without an architecture): the same check as the deck's.
     */
    Inputs inputs() {
        ModelConfig m = modelConfig();
        Optional<VramInputs.Refusal> refusal = VramInputs.Refusal.of(mode.get(), precision.get(), m.hasArchitecture());
        if (refusal.isPresent()) {
            return new Inputs(Optional.empty(), refusal.get().widgetKey());
        }
        VramInputs in = VramInputs.builder(m).precision(precision.get()).mode(mode.get()).batch(batch.get())
                .seqLen(seqLen.get()).optimizer(optimizer.get()).gpus(gpus.get()).loraRank(loraRank.get())
                .loraTargets(loraTargets.get()).gradientCheckpointing(checkpointing.get())
                .doubleQuant(doubleQuant.get()).build();
        return new Inputs(Optional.of(in), null);
    }

    /** What the controls amount to: inputs for the calculator or why there are none. */
    record Inputs(Optional<VramInputs> inputs, String problemKey) {
    }
}
