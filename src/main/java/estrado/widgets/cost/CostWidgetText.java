package estrado.widgets.cost;

import estrado.i18n.Messages;
import estrado.widgets.Numbers;

/**
 * How the cost table and the training cycle write their typed figures, in the UI language: the numbers through
 * {@link Numbers} (Spanish 7,0 M and 1.024, English 7.0 M and 1,024), the words from the message bundles.
 */
public final class CostWidgetText {
    private CostWidgetText() {
    }

    /** The value as a cell or a sentence shows it: 7,0 M · 15 T+ · hasta 18 T · US$ 2,2 M–4,6 M · no publicado. */
    public static String value(Entry e) {
        if (e instanceof Figure f) {
            return bounded(f, number(f));
        }
        if (e instanceof Range r) {
            return r.low().unit() == Unit.USD ? Numbers.usdRange(r.low().value(), r.high().value())
                    : value(r.low()) + "–" + value(r.high());
        }
        return Messages.get("widget.cost.unpublished");
    }

    /** The value with its unit's word, for a sentence that names no unit: 1,05 M GPU-horas · 1.024 H100. */
    public static String withUnit(Figure f, String gpuType) {
        String gpu = gpuType == null ? "GPU" : gpuType;
        return switch (f.unit()) {
            case TOKENS -> Messages.get("widget.cost.figure.tokens", value(f));
            case GPU_HOURS -> Messages.get("widget.cost.figure.gpuHours", value(f));
            case GPU_YEARS -> Messages.get("widget.cost.figure.gpuYears", value(f), gpu);
            case GPUS -> Messages.get("widget.cost.figure.gpus", value(f), gpu);
            default -> value(f);
        };
    }

    /** The words of a note, caveat or cell, with its figures written in. */
    public static String text(Prose p) {
        return Messages.get(p.key(), p.entries().stream().map(CostWidgetText::value).toArray());
    }

    private static String number(Figure f) {
        double v = f.value();
        return switch (f.unit()) {
            case PARAMS -> Numbers.params(v);
            case TOKENS -> Numbers.tokens(v);
            case GPU_HOURS -> Numbers.gpuHours(v);
            case USD -> Numbers.usd(v);
            case FACTOR -> Numbers.factor(v);
            case GPU_YEARS, GPUS, HOURS, DAYS, COUNT -> Numbers.integer(Math.round(v));
        };
    }

    private static String bounded(Figure f, String number) {
        return switch (f.bound()) {
            case EXACT -> number;
            case AT_LEAST -> Messages.get("widget.cost.bound.atLeast", number);
            case UP_TO -> Messages.get("widget.cost.bound.upTo", number);
        };
    }
}
