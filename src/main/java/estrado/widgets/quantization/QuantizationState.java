package estrado.widgets.quantization;

import estrado.i18n.Messages;
import estrado.widgets.DeckSettingsState;
import estrado.widgets.Numbers;
import estrado.widgets.model.ModelChoice;
import estrado.widgets.model.ModelPresets;
import java.util.Optional;
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

    /**
     * What the chart is of, over the bars: a preset's name, the deck's label at the deck's own count
     * ("Llama 3 8B · 8 B parámetros"), and for a count the slider chose the preset of that size if there is one
     * ("Modelo de 70 B parámetros, del tamaño de Llama 3 70B"), else the size alone.
     */
    String title() {
        String params = Numbers.params(totalParams());
        if (!ModelChoice.CUSTOM.equals(model.get())) {
            return Messages.get("widget.quant.title", ModelPresets.byKey(model.get()).name(), params);
        }
        Optional<String> label = deck().model().labelAt(paramsBillions.get());
        if (label.isPresent()) {
            return Messages.get("widget.quant.title", label.get(), params);
        }
        return ModelPresets.ofSize(totalParams())
                .map(m -> Messages.get("widget.quant.titleSameSize", params, m.name()))
                .orElse(Messages.get("widget.quant.titleSize", params));
    }

    long totalParams() {
        return ModelChoice.config(model.get(), paramsBillions.get(), Optional.empty()).totalParams();
    }
}
