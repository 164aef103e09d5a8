package estrado.widgets.model;

import estrado.widgets.ParamSpec;
import estrado.widgets.WidgetParams;
import estrado.widgets.WidgetType;
import java.util.List;

/**
 * The parameters {@code model}, {@code params} and {@code label} that the widgets sizing one model share
 * (VRAM calculator, quantization chart): declared once, read once, with the one check that involves them.
 */
public final class ModelChoiceSettings {
    /** Free parameter counts go from 10 million to 100 trillion (in billions). */
    public static final List<ParamSpec> PARAMS = List.of(
            ParamSpec.choice("model", "llama3-8b", ModelChoice.keysWithCustom()),
            ParamSpec.number("params", null, 0.01, 100_000),
            ParamSpec.text("label", null));

    private ModelChoiceSettings() {
    }

    /** The deck's model; a preset and a free count together are refused at {@code params}. */
    public static ModelChoice read(WidgetParams p, WidgetType.Report report) {
        String key = p.choice("model");
        if (p.isGiven("params") && p.isGiven("model") && !ModelChoice.CUSTOM.equals(key)) {
            report.error("params", "widget.vram.modelAndParams");
        }
        return new ModelChoice(p.optionalNumber("params").isPresent() ? ModelChoice.CUSTOM : key,
                p.optionalNumber("params"), p.text("label"));
    }
}
