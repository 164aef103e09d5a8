package estrado.widgets.cost;

import estrado.widgets.cost.Figure.Bound;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Data of the cost-table and training-cycle widgets, taken only from the verified
 * {@code shared/facts/facts.md} (its corrected figures, not the seed's). Every number is a typed {@link Figure}
 * with its unit, caveat and BibTeX keys; a value nobody published is {@link Missing#NOT_PUBLIC}, never
 * estimated. The words (notes, caveats, the cycle's cells) are message keys: the sentences live in the bundles,
 * in Spanish and English, and the view writes the figures into them (decision 0016, figures as data).
 */
public final class TrainingCost {

    /** The seed's grouping: large reference models, efficient ones, small accessible ones. */
    public enum Category { LARGE, EFFICIENT, SMALL }

    /**
     * One row of the cost table.
     *
     * @param model        display name (a proper name: not translated)
     * @param category     group, the EFFICIENT ones are highlighted
     * @param totalParams  total parameters (nominal size when only the name gives it)
     * @param activeParams parameters per token for MoE models, else null
     * @param tokens       training tokens
     * @param compute      GPU-hours when published; else what was (GPU-years, a GPU count)
     * @param gpuType      GPU model, or null when not published
     * @param cost         cost in US$: one figure or a range by method
     * @param note         scope and caveats shown when the row is chosen
     */
    public record Row(
            String model,
            Category category,
            Figure totalParams,
            Figure activeParams,
            Entry tokens,
            Entry compute,
            String gpuType,
            Entry cost,
            Prose note) {

        public Row {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(totalParams, "totalParams");
            Objects.requireNonNull(tokens, "tokens");
            Objects.requireNonNull(compute, "compute");
            Objects.requireNonNull(cost, "cost");
            Objects.requireNonNull(note, "note");
        }

        /**
         * The keys of every figure in the row, each once: cost, compute, tokens, size, then the note's. This is
         * the order the slide has always numbered them in (its foot and markers stay as they were).
         */
        public List<String> sourceKeys() {
            List<String> keys = new ArrayList<>();
            for (Entry e : activeParams == null ? List.of(cost, compute, tokens, totalParams)
                    : List.of(cost, compute, tokens, totalParams, activeParams)) {
                Entry.addNew(keys, e.sourceKeys());
            }
            Entry.addNew(keys, note.sourceKeys());
            return keys;
        }

        public boolean costPublished() {
            return cost != Missing.NOT_PUBLIC;
        }

        /** The lower end of the published cost (the figure itself when it is one), or null. */
        public Double costUsdLow() {
            return cost instanceof Range r ? Double.valueOf(r.low().value()) : cost.sortValue();
        }

        /** The upper end of the published cost (the figure itself when it is one), or null. */
        public Double costUsdHigh() {
            return cost.sortValue();
        }

        /** Published GPU-hours, or null (a GPU count or GPU-years are not GPU-hours). */
        public Double gpuHours() {
            return compute instanceof Figure f && f.unit() == Unit.GPU_HOURS ? Double.valueOf(f.value()) : null;
        }

        /** Published training tokens, or null. */
        public Double tokenCount() {
            return tokens.sortValue();
        }

        public boolean isEfficient() {
            return category == Category.EFFICIENT;
        }
    }

    /**
     * One cell of the training-cycle table.
     *
     * @param kind       a figure (shown with its citation marker) or a qualitative phrase (no figure published:
     *                   set apart so nobody reads it as data, no marker)
     * @param text       the words, with the figures they quote
     * @param claimKeys  keys of a cited claim that quotes no number ("QLoRA fits a large model on one GPU")
     */
    public record Cell(Kind kind, Prose text, List<String> claimKeys) {

        /** Whether a cell carries published data. */
        public enum Kind { FIGURE, QUALITATIVE }

        public Cell {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
            claimKeys = List.copyOf(claimKeys);
            if (kind == Kind.FIGURE && text.sourceKeys().isEmpty() && claimKeys.isEmpty()) {
                throw new IllegalArgumentException(text.key() + ": a figure cell needs its source");
            }
            if (kind == Kind.QUALITATIVE && (!text.entries().isEmpty() || !claimKeys.isEmpty())) {
                throw new IllegalArgumentException(text.key() + ": a qualitative cell quotes no figure");
            }
        }

        static Cell figure(String key, Figure... figures) {
            return new Cell(Kind.FIGURE, Prose.of(key, figures), List.of());
        }

        static Cell cited(String key, String... keys) {
            return new Cell(Kind.FIGURE, Prose.of(key), List.of(keys));
        }

        static Cell qualitative(String key) {
            return new Cell(Kind.QUALITATIVE, Prose.of(key), List.of());
        }

        /** The figures' keys, then the claim's. */
        public List<String> sourceKeys() {
            List<String> keys = new ArrayList<>(text.sourceKeys());
            Entry.addNew(keys, claimKeys);
            return keys;
        }
    }

    /** One phase of the training cycle with the seed's comparison columns; {@code name} is a message key. */
    public record Phase(String name, Cell data, Cell gpuHours, Cell cost, Cell accessibility) {

        /** The four cells in the order the slide shows them. */
        public List<Cell> cells() {
            return List.of(data, gpuHours, cost, accessibility);
        }
    }

    /** Epoch AI (Cottier et al. 2024) GPT-3: amortized hardware + energy, US$. */
    public static final double GPT3_EPOCH_HARDWARE_ENERGY_USD = 2_198_105;
    /** Epoch AI GPT-3: cloud rental, US$. */
    public static final double GPT3_EPOCH_CLOUD_USD = 4_336_473;
    /** Lambda (Li 2020) GPT-3 on the cheapest V100 cloud, US$. */
    public static final double GPT3_LAMBDA_USD = 4_600_000;
    /** Llama 3.1 405B, H100 GPU-hours (Llama 3.1 model card, llama31_modelcard). */
    public static final double LLAMA31_405B_GPU_HOURS = 30.84e6;
    /** DeepSeek-V3 full training, H800 GPU-hours (deepseek_v3_technical). */
    public static final double DEEPSEEK_V3_GPU_HOURS = 2.788e6;

    // GPT-3: compute only as Lambda's single-V100 years; cost by method (facts.md §1)
    private static final Figure GPT3_EPOCH_HARDWARE =
            Figure.of(GPT3_EPOCH_HARDWARE_ENERGY_USD, Unit.USD, "gpt3_cost_epoch");
    private static final Figure GPT3_EPOCH_CLOUD = Figure.of(GPT3_EPOCH_CLOUD_USD, Unit.USD, "gpt3_cost_epoch");
    private static final Figure GPT3_LAMBDA = Figure.of(GPT3_LAMBDA_USD, Unit.USD, "gpt3_cost_lambda");
    private static final Range GPT3_COST = new Range(GPT3_EPOCH_HARDWARE, GPT3_LAMBDA);

    // Llama 3.3 70B: the card's table row, not its prose's Llama 3.1 totals (facts.md §2)
    private static final Figure LLAMA33_TOKENS = Figure.of(15e12, Unit.TOKENS, "llama33_training").withBound(Bound.AT_LEAST);

    // OLMo 3 32B: two scopes, two sources (facts.md §3)
    private static final Figure OLMO3_TOKENS = Figure.of(5.9e12, Unit.TOKENS, "olmo3_report")
            .withCaveat("widget.cost.caveat.olmo3Tokens");
    private static final Figure OLMO3_GPU_HOURS = Figure.of(1.05e6, Unit.GPU_HOURS, "olmo3_gpuhours_bradbury")
            .withCaveat("widget.cost.caveat.olmo3GpuHours");
    private static final Figure OLMO3_COST = Figure.of(2.75e6, Unit.USD, "olmo3_cost");

    // DeepSeek-V3: the final run only (facts.md §4)
    private static final Figure DEEPSEEK_V3_COST = Figure.of(5.576e6, Unit.USD, "deepseek_v3_technical");

    private static final Figure MIXTRAL_TOTAL = Figure.of(46.7e9, Unit.PARAMS, "mistral2023mixtral");
    private static final Figure MIXTRAL_ACTIVE = Figure.of(12.9e9, Unit.PARAMS, "mistral2023mixtral");

    private static final List<Row> ROWS = List.of(
            new Row("GPT-3 175B", Category.LARGE, Figure.of(175e9, Unit.PARAMS, "brown2020gpt3"), null,
                    Figure.of(300e9, Unit.TOKENS, "brown2020gpt3"),
                    Figure.of(355, Unit.GPU_YEARS, "gpt3_cost_lambda").withCaveat("widget.cost.caveat.gpt3Compute"),
                    "V100",
                    GPT3_COST,
                    Prose.of("widget.cost.note.gpt3", GPT3_COST, GPT3_EPOCH_HARDWARE, GPT3_EPOCH_CLOUD, GPT3_LAMBDA)),
            new Row("Llama 3.3 70B", Category.LARGE, Figure.of(70e9, Unit.PARAMS, "llama33_training"), null,
                    LLAMA33_TOKENS,
                    Figure.of(7.0e6, Unit.GPU_HOURS, "llama33_training"),
                    "H100-80GB",
                    Missing.NOT_PUBLIC,
                    Prose.of("widget.cost.note.llama33")),
            new Row("OLMo 3 32B", Category.LARGE, Figure.of(32e9, Unit.PARAMS, "olmo3_report"), null,
                    OLMO3_TOKENS,
                    OLMO3_GPU_HOURS,
                    "H100",
                    OLMO3_COST,
                    Prose.of("widget.cost.note.olmo3", OLMO3_COST, Figure.of(56, Unit.DAYS, "olmo3_cost"),
                            Figure.of(1024, Unit.GPUS, "olmo3_cost"), Figure.of(2, Unit.USD, "olmo3_cost"))),
            new Row("DeepSeek-V3", Category.EFFICIENT, Figure.of(671e9, Unit.PARAMS, "deepseek_v3_technical"),
                    Figure.of(37e9, Unit.PARAMS, "deepseek_v3_technical"),
                    Figure.of(14.8e12, Unit.TOKENS, "deepseek_v3_technical"),
                    Figure.of(DEEPSEEK_V3_GPU_HOURS, Unit.GPU_HOURS, "deepseek_v3_technical")
                            .withCaveat("widget.cost.caveat.deepseekV3GpuHours",
                                    Figure.of(2048, Unit.GPUS, "deepseek_v3_technical")),
                    "H800",
                    DEEPSEEK_V3_COST,
                    Prose.of("widget.cost.note.deepseekV3", Figure.of(2, Unit.USD, "deepseek_v3_technical"),
                            Figure.of(deepSeekVsLlama405bGpuHoursRatio(), Unit.FACTOR,
                                    "deepseek_v3_technical", "llama31_modelcard"))),
            new Row("Mixtral 8x7B", Category.EFFICIENT, MIXTRAL_TOTAL, MIXTRAL_ACTIVE,
                    Missing.NOT_PUBLIC,
                    Missing.NOT_PUBLIC,
                    null,
                    Missing.NOT_PUBLIC,
                    Prose.of("widget.cost.note.mixtral", MIXTRAL_TOTAL, MIXTRAL_ACTIVE)),
            new Row("Qwen2.5 1.5B", Category.SMALL, Figure.of(1.5e9, Unit.PARAMS, "qwen25_report"), null,
                    Figure.of(18e12, Unit.TOKENS, "qwen25_report").withBound(Bound.UP_TO)
                            .withCaveat("widget.cost.caveat.qwen25Tokens"),
                    Missing.NOT_PUBLIC,
                    null,
                    Missing.NOT_PUBLIC,
                    Prose.of("widget.cost.note.qwen25")),
            new Row("Falcon3 7B", Category.SMALL, Figure.of(7e9, Unit.PARAMS, "falcon3_blog"), null,
                    Figure.of(14e12, Unit.TOKENS, "falcon3_blog"),
                    // the sources disagree on the GPU count (facts.md §7): the blog's, with the card's beside it
                    Figure.of(1024, Unit.GPUS, "falcon3_blog")
                            .withCaveat("widget.cost.caveat.falcon3Gpus", Figure.of(2048, Unit.GPUS, "falcon3_blog")),
                    "H100",
                    Missing.NOT_PUBLIC,
                    Prose.of("widget.cost.note.falcon3")));

    private static final List<Phase> PHASES = List.of(
            new Phase("widget.cycle.phase.preTraining",
                    Cell.figure("widget.cycle.preTraining.data", OLMO3_TOKENS, LLAMA33_TOKENS),
                    Cell.figure("widget.cycle.preTraining.gpuHours", OLMO3_GPU_HOURS),
                    Cell.figure("widget.cycle.preTraining.cost", DEEPSEEK_V3_COST),
                    Cell.qualitative("widget.cycle.preTraining.access")),
            new Phase("widget.cycle.phase.sft",
                    Cell.qualitative("widget.cycle.sft.data"),
                    Cell.figure("widget.cycle.sft.gpuHours", Figure.of(4, Unit.COUNT, "rlhfbook"),
                            Figure.of(256, Unit.GPUS, "rlhfbook"), Figure.of(36, Unit.HOURS, "rlhfbook")),
                    Cell.qualitative("widget.cycle.cost.farBelowPreTraining"),
                    Cell.cited("widget.cycle.sft.access", "dettmers2023qlora")),
            new Phase("widget.cycle.phase.preferences",
                    Cell.qualitative("widget.cycle.preferences.data"),
                    Cell.figure("widget.cycle.preferences.gpuHours", Figure.of(18, Unit.HOURS, "rlhfbook"),
                            Figure.of(64, Unit.GPUS, "rlhfbook")),
                    // the seed calls this phase "accesible"; its cost, by the hours cited above, is far below pre-training's
                    Cell.qualitative("widget.cycle.cost.farBelowPreTraining"),
                    Cell.qualitative("widget.cycle.preferences.access")));

    private TrainingCost() {
    }

    /** Cost-table rows in the seed's order: large, efficient, small. */
    public static List<Row> rows() {
        return ROWS;
    }

    /** Training-cycle phases: pre-training, SFT, preference alignment. */
    public static List<Phase> phases() {
        return PHASES;
    }

    /** Llama 3.1 405B GPU-hours over DeepSeek-V3's: "~11× fewer GPU-hours (final run)", not "11× more efficient". */
    public static double deepSeekVsLlama405bGpuHoursRatio() {
        return LLAMA31_405B_GPU_HOURS / DEEPSEEK_V3_GPU_HOURS;
    }
}
