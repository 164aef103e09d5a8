package estrado.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import estrado.i18n.Messages;
import estrado.widgets.Numbers;
import estrado.widgets.vram.GpuPreset;
import estrado.widgets.lora.LoraTarget;
import estrado.widgets.model.MlpKind;
import estrado.widgets.model.ModelConfig;
import estrado.widgets.model.ModelPresets;
import estrado.widgets.vram.Optimizer;
import estrado.widgets.model.Precision;
import estrado.widgets.vram.TrainingMode;
import estrado.widgets.vram.VramEstimate;
import estrado.widgets.vram.VramEstimator;
import estrado.widgets.vram.VramInputs;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code estrado vram}: the VRAM calculator of the slides, in a terminal. Same calculators, same
 * numbers: {@link VramEstimator} for the breakdown and the lecture's formula for the simple figure.
 */
@Command(name = "vram", resourceBundle = "estrado.cli.vram", sortOptions = false, mixinStandardHelpOptions = true)
final class VramCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "PRESET", descriptionKey = "vram.model")
    String model;

    @Option(names = "--params", paramLabel = "N", descriptionKey = "vram.params")
    String params;

    @Option(names = "--layers", paramLabel = "N", descriptionKey = "vram.layers")
    Integer layers;

    @Option(names = "--hidden", paramLabel = "N", descriptionKey = "vram.hidden")
    Integer hidden;

    @Option(names = "--heads", paramLabel = "N", descriptionKey = "vram.heads")
    Integer heads;

    @Option(names = "--kv-heads", paramLabel = "N", descriptionKey = "vram.kvHeads")
    Integer kvHeads;

    @Option(names = "--intermediate", paramLabel = "N", descriptionKey = "vram.intermediate")
    Integer intermediate;

    @Option(names = "--vocab", paramLabel = "N", descriptionKey = "vram.vocab")
    Integer vocab;

    @Option(names = "--precision", paramLabel = "P", defaultValue = "fp16", descriptionKey = "vram.precision")
    String precision;

    @Option(names = "--mode", paramLabel = "M", defaultValue = "inference", descriptionKey = "vram.mode")
    String mode;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "1", descriptionKey = "vram.batch")
    int batch;

    @Option(names = "--seq", paramLabel = "N", defaultValue = "2048", descriptionKey = "vram.seq")
    int seq;

    @Option(names = "--optimizer", paramLabel = "O", defaultValue = "adam", descriptionKey = "vram.optimizer")
    String optimizer;

    @Option(names = "--gpus", paramLabel = "N", defaultValue = "1", descriptionKey = "vram.gpus")
    int gpus;

    @Option(names = "--lora-rank", paramLabel = "R", defaultValue = "16", descriptionKey = "vram.loraRank")
    int loraRank;

    @Option(names = "--lora-targets", paramLabel = "LIST", defaultValue = "q,v", descriptionKey = "vram.loraTargets")
    String loraTargets;

    @Option(names = "--checkpointing", descriptionKey = "vram.checkpointing")
    boolean checkpointing;

    @Option(names = "--double-quant", descriptionKey = "vram.doubleQuant")
    boolean doubleQuant;

    @Option(names = "--json", descriptionKey = "vram.json")
    boolean json;

    @Option(names = "--list-models", descriptionKey = "vram.listModels")
    boolean listModels;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (listModels) {
            listModels(out);
            out.flush();
            return 0;
        }
        VramInputs inputs = inputs();
        VramEstimate e = VramEstimator.estimate(inputs);
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json(e)));
        } else {
            table(e, out);
        }
        out.flush();
        return 0;
    }

    /** The {@code --json} object: exactly these keys, every size in GB (10⁹ bytes). */
    static Map<String, Object> json(VramEstimate e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("simple_gb", e.simpleGb());
        m.put("total_gb", e.totalGb());
        m.put("total_gib", e.totalGib());
        m.put("trainable_params", e.trainableParams());
        m.put("model_states_gb", e.modelStatesGb());
        m.put("components", e.componentsGb());
        return m;
    }

    VramInputs inputs() {
        ModelConfig m = modelConfig();
        Precision p = parse(precision, "--precision", Precision::parse, Precision.words());
        TrainingMode md = parse(mode, "--mode", TrainingMode::parse, TrainingMode.words());
        Optimizer o = parse(optimizer, "--optimizer", Optimizer::parse, Optimizer.words());
        Set<LoraTarget> targets = parse(loraTargets, "--lora-targets", LoraTarget::parseList,
                LoraTarget.words() + " (o all)");
        atLeast("--batch", batch, 1);
        atLeast("--seq", seq, 1);
        atLeast("--gpus", gpus, 1);
        atLeast("--lora-rank", loraRank, 1);
        // the same refusals as the deck check and the widget's controls, in the CLI's words
        Optional<VramInputs.Refusal> refusal = VramInputs.Refusal.of(md, p, m.hasArchitecture());
        if (refusal.isPresent()) {
            throw usage(refusal.get().cliKey(), refusal.get().word(md, p));
        }
        if (md.isAdapter()) {
            int narrowest = targets.stream().filter(t -> t.existsIn(m))
                    .mapToInt(t -> Math.min(t.inFeatures(m), t.outFeatures(m))).min().orElse(Integer.MAX_VALUE);
            if (loraRank > narrowest) {
                throw usage("cli.vram.rankTooHigh", String.valueOf(loraRank), String.valueOf(narrowest));
            }
        }
        return VramInputs.builder(m).precision(p).mode(md).batch(batch).seqLen(seq).optimizer(o).gpus(gpus)
                .loraRank(loraRank).loraTargets(targets).gradientCheckpointing(checkpointing)
                .doubleQuant(doubleQuant).build();
    }

    private ModelConfig modelConfig() {
        boolean architecture = layers != null || hidden != null || heads != null || kvHeads != null
                || intermediate != null || vocab != null;
        if (model != null && (params != null || architecture)) {
            throw usage("cli.vram.modelAndParams");
        }
        if (model != null) {
            ModelConfig m = ModelPresets.all().get(model.trim().toLowerCase(Locale.ROOT));
            if (m == null) {
                throw usage("cli.vram.unknownModel", model, String.join(", ", ModelPresets.all().keySet()));
            }
            return m;
        }
        if (params == null && !architecture) {
            throw usage("cli.vram.noModel");
        }
        Long count = params == null ? null : parseCount(params);
        if (!architecture) {
            return ModelConfig.ofParams(count);
        }
        String missing = missing();
        if (!missing.isEmpty()) {
            throw usage("cli.vram.incompleteArchitecture", missing);
        }
        int kv = kvHeads != null ? kvHeads : heads;
        for (Object[] opt : new Object[][] {{"--layers", layers}, {"--hidden", hidden}, {"--heads", heads},
                {"--kv-heads", kv}, {"--intermediate", intermediate}, {"--vocab", vocab}}) {
            atLeast((String) opt[0], (Integer) opt[1], 1);
        }
        if (hidden % heads != 0) {
            throw usage("cli.vram.headsDivide", String.valueOf(hidden), String.valueOf(heads));
        }
        if (heads % kv != 0) {
            throw usage("cli.vram.kvHeadsDivide", String.valueOf(heads), String.valueOf(kv));
        }
        ModelConfig shape = new ModelConfig(Messages.get("cli.vram.customModel"), 1, layers, hidden, heads, kv,
                intermediate, vocab, MlpKind.GATED, false, null, Messages.get("cli.vram.customSource"));
        long total = count != null ? count : shape.computedParams();
        return new ModelConfig(shape.name(), total, layers, hidden, heads, kv, intermediate, vocab, MlpKind.GATED,
                false, null, shape.source());
    }

    private String missing() {
        StringBuilder sb = new StringBuilder();
        if (layers == null) {
            sb.append(" --layers");
        }
        if (hidden == null) {
            sb.append(" --hidden");
        }
        if (heads == null) {
            sb.append(" --heads");
        }
        if (intermediate == null) {
            sb.append(" --intermediate");
        }
        if (vocab == null) {
            sb.append(" --vocab");
        }
        return sb.toString().trim();
    }

    /** "8e9", "8000000000", "8B", "1.5b", "500M", "1,5B": a parameter count. */
    long parseCount(String text) {
        String t = text.trim().replace("_", "").replace(',', '.');
        double scale = 1;
        char last = t.isEmpty() ? ' ' : Character.toUpperCase(t.charAt(t.length() - 1));
        if (last == 'B' || last == 'M' || last == 'T' || last == 'K') {
            scale = switch (last) {
                case 'K' -> 1e3;
                case 'M' -> 1e6;
                case 'B' -> 1e9;
                default -> 1e12;
            };
            t = t.substring(0, t.length() - 1);
        }
        double v;
        try {
            v = Double.parseDouble(t) * scale;
        } catch (NumberFormatException ex) {
            throw usage("cli.vram.badParams", text);
        }
        if (!(v >= 1) || v > 1e15) {
            throw usage("cli.vram.badParams", text);
        }
        return Math.round(v);
    }

    private <T> T parse(String text, String option, Function<String, T> parser, String expected) {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException ex) {
            throw usage("cli.badValue", option, text, expected);
        }
    }

    private void atLeast(String option, int value, int min) {
        if (value < min) {
            throw usage("cli.tooSmall", option, String.valueOf(value), String.valueOf(min));
        }
    }

    private ParameterException usage(String key, Object... args) {
        return new UsageErrors.Usage(spec.commandLine(), Messages.get(key, args));
    }

    private void table(VramEstimate e, PrintWriter out) {
        VramInputs in = e.inputs();
        ModelConfig m = in.model();
        out.println(Messages.get("cli.vram.modelLine", m.name(), Numbers.params(m.totalParams())));
        out.println(Messages.get("cli.vram.setupLine", in.weightPrecision().label(),
                Messages.get(in.mode().messageKey()), in.batch(), Numbers.integer(in.seqLen()), in.gpus()));
        if (in.mode().isTraining()) {
            out.println(Messages.get("cli.vram.trainingLine", Messages.get(in.optimizer().messageKey()),
                    Messages.get(in.gradientCheckpointing() ? "cli.yes" : "cli.no")));
        }
        if (in.mode().isAdapter()) {
            out.println(Messages.get("cli.vram.loraLine", in.loraRank(),
                    String.join(",", in.loraTargets().stream().map(LoraTarget::key).toList()),
                    Messages.get(in.doubleQuant() ? "cli.yes" : "cli.no")));
        }
        out.println();
        out.println(Messages.get("cli.vram.simple", Numbers.gb(e.simpleGb())));
        out.println();
        String fmt = "  %-28s %12s %12s%n";
        out.printf(fmt, Messages.get("cli.vram.component"), "GB", "GiB");
        e.componentsBytes().forEach((key, bytes) -> out.printf(fmt, Messages.get("widget.component." + key),
                Numbers.number(bytes / 1e9, 2, 2), Numbers.number(bytes / (1L << 30), 2, 2)));
        out.printf(fmt, Messages.get("cli.vram.total"), Numbers.number(e.totalGb(), 2, 2),
                Numbers.number(e.totalGib(), 2, 2));
        if (e.gpus() > 1) {
            out.printf(fmt, Messages.get("cli.vram.perGpu", e.gpus()), Numbers.number(e.perGpuGb(), 2, 2),
                    Numbers.number(e.perGpuGib(), 2, 2));
        }
        out.println();
        out.println(Messages.get("cli.vram.trainable", Numbers.integer(e.trainableParams())));
        out.println(Messages.get("cli.vram.modelStates", Numbers.gb(e.modelStatesGb())));
        if (!e.architectureKnown()) {
            out.println(Messages.get("widget.vram.noteNoArchitecture"));
        }
        out.println();
        String gfmt = "  %-24s %8s   %-8s %s%n";
        out.printf(gfmt, "GPU", Messages.get("cli.vram.memory"), Messages.get("cli.vram.fits"),
                Messages.get("cli.vram.needed"));
        for (GpuPreset g : GpuPreset.values()) {
            out.printf(gfmt, g.label(), g.memoryGb() + " GB", Messages.get(g.fits(e) ? "cli.yes" : "cli.no"),
                    g.gpusNeeded(e));
        }
        out.println();
        out.println(Messages.get("widget.units"));
    }

    private static void listModels(PrintWriter out) {
        for (Map.Entry<String, ModelConfig> en : ModelPresets.all().entrySet()) {
            ModelConfig m = en.getValue();
            out.println(Messages.get("cli.vram.preset", en.getKey(), m.name(), Numbers.params(m.totalParams())));
            out.println(Messages.get("cli.vram.presetConfig", m.layers(), m.hiddenSize(), m.attentionHeads(),
                    m.kvHeads(), m.intermediateSize(), Numbers.integer(m.vocabSize())));
            if (m.isMoe()) {
                out.println(Messages.get("cli.vram.presetMoe", m.moe().experts(), m.moe().activeExperts(),
                        Numbers.params(m.moe().activeParams())));
            }
            out.println(Messages.get("cli.vram.presetSource", m.source()));
        }
    }
}
