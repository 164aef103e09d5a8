package estrado.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the lecture plan asks of the bundled deck's text, checked on the files themselves. */
class BundledDeckContentTest {
    private final Deck deck = new DeckLoader().load(TestDecks.bundled()).deck().orElseThrow();

    @Test
    void everySlideHasSpeakerNotes() {
        List<String> without = deck.slides().stream().filter(s -> s.notes().isBlank()).map(Slide::id).toList();
        assertEquals(List.of(), without);
    }

    @Test
    void theSeedsSectionsAreAllThereInOrder() {
        assertEquals(List.of("01", "02", "03", "04", "05", "06", "07", "08", "09"), deck.sections().stream()
                .map(s -> deck.root().relativize(s.location().file()).getFileName().toString().substring(0, 2))
                .toList());
    }

    @Test
    void noSeedFigureThatFactsMdCorrectsAppearsOnASlide() {
        // facts.md's first table and the list: figures of the old plan that are wrong,
        // misattributed or unsourced, and sentences the audit found false
        List<String> wrong = List.of("1,1 M", "1.1M", "$1.1", "11× más eficiente", "39,3 M", "39.3M", "11.390",
                "3-4×", "3–4×", "ksenia", "45B", "5,5 M", "$5.5M", "sweet spot", "70B en 48",
                "70B en una", "$10k", "10k+", "100–200", "100-200", "6-15T", "6–15T", "órdenes de magnitud",
                "≥ 10 GPUs", "la GPU más grande", "2 por peso");
        String text = onScreen(deck.slides()).toLowerCase(Locale.ROOT);
        for (String w : wrong) {
            assertTrue(!text.contains(w.toLowerCase(Locale.ROOT)), "wrong seed figure on a slide: " + w);
        }
        // "INT8 es el punto óptimo" may only appear as the opinion the slide refutes
        assertEquals(count(text, "«int8 es el punto óptimo» es una opinión"), count(text, "punto óptimo"));
    }

    @Test
    void anglicismsTheAuditListedAreNotOnScreen() {
        List<String> english = List.of("run final", "set de prueba", " labs", "por job", "training ≠",
                "deployment", "kv cache", "throughput", "fine-tuning", "pre-entrena", "cluster");
        String text = onScreen(deck.slides()).toLowerCase(Locale.ROOT)
                + deck.sections().stream().map(Section::title).collect(Collectors.joining("\n")).toLowerCase(Locale.ROOT);
        for (String w : english) {
            assertTrue(!text.contains(w), "on screen: «" + w + "»");
        }
    }

    @Test
    void notesHoldNoProductionToDosNorInternalIds() {
        List<String> words = new ArrayList<>(List.of("seed", "facts.md", "plan anterior", "plan original",
                "la gpu más grande", "ninguna gpu sola", "assets/", ".png"));
        // widget types and bibliography keys are the files' ids, not words a lecturer says
        for (Slide s : deck.slides()) {
            for (Block b : DeckLoader.allBlocks(s.blocks(), s.right())) {
                if (b instanceof Block.Widget w) {
                    words.add(w.type());
                }
            }
        }
        words.addAll(citedKeys());
        List<String> found = new ArrayList<>();
        for (Slide s : deck.slides()) {
            if (s.notes().contains("VERIFICAR")) {
                found.add(s.id() + ": VERIFICAR"); // the marker; "verificar" as a verb is fine
            }
            String notes = s.notes().toLowerCase(Locale.ROOT);
            for (String w : words) {
                if (notes.contains(w.toLowerCase(Locale.ROOT))) {
                    found.add(s.id() + ": " + w);
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void everyCountedSlideSaysHowLongItTakesAndNotTheNotes() {
        List<String> without = deck.slides().stream().filter(Slide::counted)
                .filter(s -> s.durationMinutes().isEmpty()).map(Slide::id).toList();
        assertEquals(List.of(), without, "slides without a duration");
        // the duration is data now: a "~2 min" hint in the notes would be a second, drifting copy
        List<String> hints = deck.slides().stream()
                .filter(s -> java.util.regex.Pattern.compile("~\\s*\\d+(,\\d+)?\\s*(min|s)\\b").matcher(s.notes()).find())
                .map(Slide::id).toList();
        assertEquals(List.of(), hints, "timing hints left in the notes");
    }

    @Test
    void theAgendaIsGeneratedFromThePlanNotTypedIn() {
        // a typed table printed the unscaled minutes (sum 100) for a 90-minute slot
        Slide agenda = deck.slides().stream().filter(s -> s.id().equals("agenda")).findFirst().orElseThrow();
        assertEquals(Layout.AGENDA, agenda.layout());
        assertTrue(deck.slides().stream().flatMap(s -> DeckLoader.allBlocks(s.blocks(), s.right()).stream())
                .filter(b -> b instanceof Block.Table t && t.header().contains("Minutos")).findAny().isEmpty());
    }

    @Test
    void everySectionFitsItsScaledBudgetAndTheLectureFitsItsSlot() {
        double scale = deck.durationMinutes() / deck.budgetSumMinutes();
        double total = 0;
        List<String> over = new ArrayList<>();
        for (Section section : deck.sections()) {
            double minutes = section.slides().stream().filter(Slide::counted)
                    .mapToDouble(s -> s.durationMinutes().orElse(0)).sum();
            double cap = section.budgetMinutes() * scale;
            if (minutes > cap + 1e-9) {
                over.add(section.id() + ": " + minutes + " min > " + cap);
            }
            total += minutes;
        }
        assertEquals(List.of(), over);
        assertTrue(total <= deck.durationMinutes() + 1e-9, "the slides add up to " + total + " min");
        // the cuts must not have emptied the lecture either: at least 80 % of the slot is planned
        assertTrue(total >= 0.8 * deck.durationMinutes(), "only " + total + " min planned");
    }

    @Test
    void everyItemOfTheSeedsPlanHasItsSlide() {
        // item of the seed's plan → the slide that carries it → what that slide must hold
        String[][] plan = {
                {"GPT-3 (175B): costo según método, 355 GPU-years V100", "costo-gpt3", "355 años-GPU"},
                {"Costos de entrenamiento en el tiempo", "costos-por-anio", "diagram:training-costs"},
                {"Llama 3.3 70B: 7.0M GPU-hours H100", "costo-grandes", "7,0 M GPU-horas"},
                {"OLMo 3 32B: $2.75M, 1.05M GPU-hours H100", "costo-grandes", "1,05 M GPU-horas"},
                {"DeepSeek-V3 (671B MoE): 2.788M GPU-hours", "costo-eficientes", "2,788 M"},
                {"Mixtral 8x7B: MoE, 12.9B activos", "costo-eficientes", "12,9 B"},
                {"Modelos eficientes: no es la verdad absoluta", "cita-lambert", "no debería ser tu base"},
                {"Qwen 2.5 1.5B: 18T tokens", "costo-pequenos", "18 T tokens"},
                {"Falcon3 7B: 14T tokens, 1,024 H100", "costo-pequenos", "1.024 H100"},
                {"Tabla comparativa de costos reales", "tabla-costos-interactiva", "widget:cost-table"},
                {"Forward vs Forward+Backward+Optimization", "paso-entrenamiento", "diagram:training-steps"},
                {"Componentes: weights, gradients, optimizer states, activations", "que-hay-en-memoria", "Estados del optimizador"},
                {"KV Cache (inference) vs Activations (training)", "que-hay-en-memoria", "Caché KV"},
                {"Training requiere más memoria (corregido)", "cuanta-memoria-mas", "~8×"},
                {"VRAM = cuello de botella", "vram-cuello-botella", "cuello de botella"},
                {"Fórmula: Memoria = (Params × Bytes) / 10^9 × 1.2", "formula-memoria", "Stoelinga"},
                {"Calculadora interactiva: vram.asmirnov.xyz", "calculadora-vram", "vram.asmirnov.xyz"},
                {"Memory profiler durante training", "profiler-entrenamiento", "diagram:training-memory"},
                {"Escalamiento con batch size", "memoria-vs-batch", "widget:batch-scaling"},
                {"Tensor Parallelism brevemente", "tensor-parallelism", "paralelismo de tensores"},
                {"Inter-GPU e intra-GPU", "intra-inter-gpu", "Entre GPUs del mismo servidor"},
                {"La comunicación es costosa", "comunicacion-cara", "carísima"},
                {"PyTorch, Accelerate, DeepSpeed, NeMo, SageMaker", "stack-librerias", "SageMaker"},
                {"Trade-offs: control vs facilidad", "control-vs-comodidad", "Control vs comodidad"},
                {"Nos aprovechamos de estas librerías", "control-vs-comodidad", "Nos aprovechamos"},
                {"Tres fases: base, instruction tuning, preferencias", "tres-fases", "Ajuste por instrucciones"},
                {"Imagen del flujo de OLMo", "olmo-flujo", "diagram:olmo3-stages"},
                {"Tabla: datos, GPU hours, costo, accesibilidad", "tabla-fases", "widget:training-cycle"},
                {"Pre-training = grandes labs, fine-tuning = accesible", "mensaje-ciclo", "solo grandes laboratorios"},
                {"LoRA: W = W_original + B × A", "opt-lora-formula", "W = W_0 + B A"},
                {"LoRA: 4096×4096 → r = 16, 128× reducción", "opt-lora-ejemplo", "128× menos"},
                {"Imagen LoRA", "opt-lora-diagrama", "diagram:lora"},
                {"Cuantización: FP32 → FP16 → INT8 → INT4", "opt-quant-formatos", "diagram:bit-layouts"},
                {"INT8 = sweet spot (corregido)", "opt-quant-calidad", "es una opinión"},
                {"Ejemplo: Llama 8B (19.2 → 9.6 → 4.8 GB)", "opt-quant-llama8b", "widget:quantization-chart"},
                {"QLoRA: INT4 + LoRA", "opt-qlora-idea", "QLoRA = 4 bits + LoRA"},
                {"Fine-tune en una GPU de 48 GB", "opt-qlora-resultado", "GPU de 48 GB"},
                {"Democratización", "opt-qlora-resultado", "grandes laboratorios"},
                {"Innovación: NF4", "opt-qlora-nf4", "NF4"},
                {"Innovación: double quantization", "opt-qlora-doble", "doble cuantización"},
                {"Innovación: paged optimizers", "opt-qlora-paginado", "optimizadores paginados"},
                {"MMLU, MT-Bench, HumanEval", "eval-benchmarks", "HumanEval"},
                {"Leaderboards: Hugging Face, Chatbot Arena", "eval-leaderboards", "Chatbot Arena"},
                {"Evaluar en tu caso de uso", "eval-mensaje", "tu** caso de uso"},
                {"vLLM: PagedAttention", "dep-vllm-problema", "PagedAttention"},
                {"vLLM: continuous batching, 24×", "dep-vllm-cifras", "24×"},
                {"TGI, TensorRT-LLM, Ollama", "dep-servir-opciones", "TensorRT-LLM"},
                {"Hugging Face Hub, Axolotl, Unsloth", "dep-recursos", "Unsloth"},
                {"Cierre: resumen", "cierre-resumen", "LoRA, cuantización, QLoRA"},
                {"Cierre: mensajes clave", "cierre-mensajes", "costos y beneficios"},
                {"Cierre: lo que no hablamos", "cierre-no-vimos", "Lo que no vimos"},
                {"Próximo: lab práctico", "cierre-lab", "laboratorio práctico"},
        };
        List<String> missing = new ArrayList<>();
        for (String[] item : plan) {
            Optional<Slide> slide = deck.slides().stream().filter(s -> s.id().equals(item[1])).findFirst();
            if (slide.isEmpty() || !holds(slide.get()).contains(item[2].toLowerCase(Locale.ROOT))) {
                missing.add(item[0] + " → " + item[1] + " «" + item[2] + "»");
            }
        }
        assertEquals(List.of(), missing);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** Everything a slide projects: title, subtitle, block texts, and the names of its widgets and diagrams. */
    private static String holds(Slide s) {
        StringBuilder b = new StringBuilder(onScreen(List.of(s)));
        for (Block block : DeckLoader.allBlocks(s.blocks(), s.right())) {
            if (block instanceof Block.Widget w) {
                b.append("widget:").append(w.type()).append('\n');
            } else if (block instanceof Block.Diagram d) {
                b.append("diagram:").append(d.kind().yamlName()).append('\n');
            } else if (block instanceof Block.Formula f) {
                b.append(f.tex()).append('\n');
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private static String onScreen(List<Slide> slides) {
        StringBuilder onSlides = new StringBuilder();
        for (Slide s : slides) {
            onSlides.append(s.title()).append('\n').append(s.subtitle()).append('\n');
            for (Block b : DeckLoader.allBlocks(s.blocks(), s.right())) {
                DeckChecks.texts(b).forEach(t -> onSlides.append(t).append('\n'));
            }
        }
        return onSlides.toString();
    }

    private List<String> citedKeys() {
        List<String> keys = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\\\cite\\{([^}]*)}").matcher(onScreen(deck.slides()));
        while (m.find()) {
            for (String k : m.group(1).split(",")) {
                if (!keys.contains(k.trim())) {
                    keys.add(k.trim());
                }
            }
        }
        return keys;
    }
}
