package estrado.widgets.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The model a widget starts on: a preset by its key, or {@link #CUSTOM} with a free parameter count (billions)
 * and the label the deck gave it.
 *
 * @param key          a preset's key ("llama3-8b") or {@link #CUSTOM}
 * @param freeBillions the free parameter count the deck wrote, if any
 * @param label        the deck's name for a free count, if any
 */
public record ModelChoice(String key, OptionalDouble freeBillions, Optional<String> label) {
    /** The model control's value for a free parameter count. */
    public static final String CUSTOM = "custom";

    /** Every preset key and then {@link #CUSTOM}: the model control's values. */
    public static List<String> keysWithCustom() {
        List<String> keys = new ArrayList<>(ModelPresets.all().keySet());
        keys.add(CUSTOM);
        return List.copyOf(keys);
    }

    /**
     * The deck's label while the free count is still the deck's own: "Llama 3 8B" names 8 B parameters, and once
     * the slider moves to 70 B it names nothing (the chart read "Llama 3 8B · 70 B parámetros").
     */
    public Optional<String> labelAt(double billions) {
        boolean deckCount = freeBillions.isPresent() && Math.abs(freeBillions.getAsDouble() - billions) <= 1e-9 * billions;
        return deckCount ? label : Optional.empty();
    }

    /** The preset's architecture, or a bare parameter count named by the deck's label. */
    public static ModelConfig config(String key, double billions, Optional<String> label) {
        if (!CUSTOM.equals(key)) {
            return ModelPresets.byKey(key);
        }
        ModelConfig free = ModelConfig.ofParams(Math.max(1, Math.round(billions * 1e9)));
        return label.isEmpty() ? free : new ModelConfig(label.get(), free.totalParams(), 0, 0, 0, 0, 0, 0,
                free.mlp(), false, null, free.source());
    }
}
