package estrado.widgets.cost;

import java.util.List;
import java.util.Objects;

/**
 * Data of the cost-table and training-cycle widgets, taken only from the verified
 * {@code shared/facts/facts.md} (its corrected figures, not the seed's). A value nobody published
 * is null, never estimated; every row names the BibTeX keys it rests on.
 */
public final class TrainingCost {

    /** The seed's grouping: large reference models, efficient ones, small accessible ones. */
    public enum Category { LARGE, EFFICIENT, SMALL }

    /**
     * One row of the cost table. Nullable numbers mean "not published".
     *
     * @param model        display name
     * @param category     group, the EFFICIENT ones are highlighted
     * @param totalParams  total parameters (nominal size when only the name gives it)
     * @param activeParams parameters per token for MoE models, else null
     * @param tokens       training tokens, or null
     * @param tokensLabel  how to print the tokens with their caveat ("hasta 18T (serie)")
     * @param gpuHours     published GPU-hours, or null
     * @param gpuLabel     how to print the compute column (scope, GPU count, conflicts)
     * @param gpuType      GPU model, or null
     * @param costUsdLow   lower cost estimate in US$, or null
     * @param costUsdHigh  upper cost estimate in US$ (equal to low for a single figure), or null
     * @param note         scope and caveats to show as a footnote
     * @param sourceKeys   BibTeX keys from facts.md
     */
    public record Row(
            String model,
            Category category,
            Long totalParams,
            Long activeParams,
            Double tokens,
            String tokensLabel,
            Double gpuHours,
            String gpuLabel,
            String gpuType,
            Double costUsdLow,
            Double costUsdHigh,
            String note,
            List<String> sourceKeys) {

        public Row {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(category, "category");
            sourceKeys = List.copyOf(sourceKeys);
            if (sourceKeys.isEmpty()) {
                throw new IllegalArgumentException(model + ": a cost row needs at least one source key");
            }
            if ((costUsdLow == null) != (costUsdHigh == null)) {
                throw new IllegalArgumentException(model + ": cost range needs both ends or neither");
            }
        }

        public boolean costPublished() {
            return costUsdLow != null;
        }

        public boolean isEfficient() {
            return category == Category.EFFICIENT;
        }
    }

    /**
     * One cell of the training-cycle table.
     *
     * @param text       what the slide shows
     * @param figure     true if the text carries a published figure; false for a qualitative phrase
     *                   (facts.md has no number for it) that must not be read as data
     * @param sourceKeys keys backing a figure; empty for qualitative cells
     */
    public record Cell(String text, boolean figure, List<String> sourceKeys) {
        public Cell {
            Objects.requireNonNull(text, "text");
            sourceKeys = List.copyOf(sourceKeys);
            if (figure && sourceKeys.isEmpty()) {
                throw new IllegalArgumentException("figure '" + text + "' has no source key");
            }
        }

        static Cell figure(String text, String... keys) {
            return new Cell(text, true, List.of(keys));
        }

        static Cell qualitative(String text) {
            return new Cell(text, false, List.of());
        }
    }

    /** One phase of the training cycle with the seed's comparison columns. */
    public record Phase(String name, Cell data, Cell gpuHours, Cell cost, Cell accessibility) {
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

    private static final List<Row> ROWS = List.of(
            new Row("GPT-3 175B", Category.LARGE, 175_000_000_000L, null,
                    300e9, "300 B",
                    null, "355 años-GPU V100 (estimación Lambda)", "V100",
                    GPT3_EPOCH_HARDWARE_ENERGY_USD, GPT3_LAMBDA_USD,
                    "≈ US$ 2,2 M–4,6 M según método: Epoch US$ 2,2 M (hardware amortizado + energía) y"
                            + " US$ 4,3 M (nube); Lambda US$ 4,6 M (V100 en la nube)",
                    List.of("gpt3_cost_epoch", "gpt3_cost_lambda", "brown2020gpt3")),
            new Row("Llama 3.3 70B", Category.LARGE, 70_000_000_000L, null,
                    15e12, "15 T+",
                    7.0e6, "7,0 M GPU-horas", "H100-80GB",
                    null, null,
                    "Costo no publicado; la línea de CO2 de la ficha mezcla totales de Llama 3.1",
                    List.of("llama33_training")),
            new Row("OLMo 3 32B", Category.LARGE, 32_000_000_000L, null,
                    5.9e12, "5,9 T (preentrenamiento)",
                    1.05e6, "1,05 M GPU-horas de H100, solo preentrenamiento", "H100",
                    2.75e6, 2.75e6,
                    "US$ 2,75 M = flujo completo (≈56 días en 1.024 H100 a US$ 2 la hora);"
                            + " 1,05 M GPU-horas = solo el preentrenamiento del 32B, dicho por el equipo",
                    List.of("olmo3_cost", "olmo3_gpuhours_bradbury", "olmo3_report")),
            new Row("DeepSeek-V3", Category.EFFICIENT, 671_000_000_000L, 37_000_000_000L,
                    14.8e12, "14,8 T",
                    DEEPSEEK_V3_GPU_HOURS, "2,788 M GPU-horas (2.048 H800)", "H800",
                    5.576e6, 5.576e6,
                    "Solo el entrenamiento final a US$ 2 por GPU-hora; excluye investigación y ablaciones."
                            + " ~11× menos GPU-horas que Llama 3.1 405B (corrida final)",
                    List.of("deepseek_v3_technical", "llama31_modelcard")),
            new Row("Mixtral 8x7B", Category.EFFICIENT, 46_700_000_000L, 12_900_000_000L,
                    null, "no publicado",
                    null, "no publicado", null,
                    null, null,
                    "MoE: 46,7 B en memoria, 12,9 B activos por token; costo no publicado",
                    List.of("mistral2023mixtral")),
            new Row("Qwen2.5 1.5B", Category.SMALL, 1_500_000_000L, null,
                    18e12, "hasta 18 T (serie Qwen2.5)",
                    null, "no publicado", null,
                    null, null,
                    "18 T es el corpus de la serie; no hay cifra por tamaño. Costo no publicado",
                    List.of("qwen25_report")),
            new Row("Falcon3 7B", Category.SMALL, 7_000_000_000L, null,
                    14e12, "14 T",
                    null, "1.024 H100 (blog TII; la model card dice 2.048)", "H100",
                    null, null,
                    "GPU-horas y costo no publicados",
                    List.of("falcon3_blog")));

    private static final List<Phase> PHASES = List.of(
            new Phase("Preentrenamiento base",
                    Cell.figure("5,9 T (OLMo 3) a 15 T+ tokens (Llama 3.3)", "olmo3_report", "llama33_training"),
                    Cell.figure("1,05 M (OLMo 3 32B, solo preentrenamiento)", "olmo3_gpuhours_bradbury"),
                    Cell.figure("millones de US$ (DeepSeek-V3: US$ 5,576 M, corrida final)", "deepseek_v3_technical"),
                    Cell.qualitative("solo grandes laboratorios")),
            new Phase("Ajuste por instrucciones (SFT)",
                    Cell.qualitative("miles de ejemplos instrucción → respuesta"),
                    Cell.figure("OLMo 3 Think 32B: 4 tasas × 256 GPUs × 36 h (1 barrido)", "rlhfbook"),
                    Cell.qualitative("mucho menor que el preentrenamiento"),
                    Cell.figure("accesible: QLoRA ajusta modelos grandes en una sola GPU", "dettmers2023qlora")),
            new Phase("Alineación por preferencias (DPO/RLHF)",
                    Cell.qualitative("comparaciones: respuesta preferida vs. rechazada"),
                    Cell.figure("OLMo 3: DPO ≈ 18 h en 64 GPUs por corrida", "rlhfbook"),
                    // the seed calls this phase "accesible"; its cost, by the hours cited above, is far below pre-training's
                    Cell.qualitative("mucho menor que el preentrenamiento"),
                    Cell.qualitative("accesible")));

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
