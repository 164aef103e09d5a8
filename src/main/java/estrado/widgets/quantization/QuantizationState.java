package estrado.widgets.quantization;

import estrado.widgets.DeckSettingsState;
import estrado.widgets.Numbers;
import estrado.widgets.model.ModelChoice;
import estrado.widgets.model.ModelPresets;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The quantization chart's model: a preset, or a free parameter count. */
public final class QuantizationState extends DeckSettingsState<QuantizationWidget.Settings> {
    final ObjectProperty<String> model = new SimpleObjectProperty<>();
    final DoubleProperty paramsBillions = new SimpleDoubleProperty();

    @Override
    protected void load(QuantizationWidget.Settings d) {
        model.set(d.model().key());
        paramsBillions.set(d.model().freeBillions().orElse(8));
    }

    /** Name shown on the chart: the deck's label for a free count, else the preset's name. */
    String name() {
        if (ModelChoice.CUSTOM.equals(model.get())) {
            return deck().model().label().orElse(Numbers.params(paramsBillions.get() * 1e9));
        }
        return ModelPresets.byKey(model.get()).name();
    }

    long totalParams() {
        return ModelChoice.config(model.get(), paramsBillions.get(), deck().model().label()).totalParams();
    }
}
