package estrado.widgets.quantization;

import estrado.widgets.Numbers;
import estrado.widgets.WidgetParams;
import estrado.widgets.WidgetState;
import estrado.widgets.model.ModelConfig;
import estrado.widgets.model.ModelPresets;
import estrado.widgets.vram.VramState;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/** State of a widget whose only input is the model: a preset, or a free parameter count (quantization chart). */
public final class QuantizationState implements WidgetState {
    final ObjectProperty<String> model = new SimpleObjectProperty<>();
    final DoubleProperty paramsBillions = new SimpleDoubleProperty();
    private final WidgetParams params;

    QuantizationState(WidgetParams params) {
        this.params = params;
        reset();
    }

    @Override
    public void reset() {
        boolean free = params.optionalNumber("params").isPresent();
        model.set(free ? VramState.CUSTOM : params.choice("model"));
        paramsBillions.set(params.optionalNumber("params").orElse(8));
    }

    /** Name shown on the chart: the deck's label for a free count, else the preset's name. */
    String name() {
        if (VramState.CUSTOM.equals(model.get())) {
            return params.text("label").orElse(Numbers.params(paramsBillions.get() * 1e9));
        }
        return ModelPresets.byKey(model.get()).name();
    }

    long totalParams() {
        if (VramState.CUSTOM.equals(model.get())) {
            return Math.max(1, Math.round(paramsBillions.get() * 1e9));
        }
        ModelConfig m = ModelPresets.byKey(model.get());
        return m.totalParams();
    }
}
