package estrado.widgets.cost;

/** What a figure counts; the view writes each unit its own way (7,0 M GPU-hours, 15 T tokens, US$ 2,75 M). */
public enum Unit {
    /** Model parameters. */
    PARAMS,
    /** Training tokens. */
    TOKENS,
    /** GPU-hours. */
    GPU_HOURS,
    /** Years on one GPU, as Lambda put GPT-3's compute. */
    GPU_YEARS,
    /** GPUs used at once. */
    GPUS,
    /** Wall-clock hours. */
    HOURS,
    /** Wall-clock days. */
    DAYS,
    /** US dollars. */
    USD,
    /** A plain count (learning rates swept, …). */
    COUNT,
    /** A ratio between two figures: 11×. */
    FACTOR
}
