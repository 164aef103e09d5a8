package estrado.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import estrado.i18n.Messages;
import estrado.widgets.Numbers;
import estrado.widgets.lora.LoraMath;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code estrado lora}: full d·k against LoRA's r·(d+k) trainable parameters, as the lora-rank widget shows. */
@Command(name = "lora", resourceBundle = "estrado.cli.lora", sortOptions = false, mixinStandardHelpOptions = true)
final class LoraCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--d", paramLabel = "D", required = true, descriptionKey = "lora.d")
    long d;

    @Option(names = "--k", paramLabel = "K", required = true, descriptionKey = "lora.k")
    long k;

    @Option(names = "--rank", paramLabel = "R", required = true, descriptionKey = "lora.rank")
    int rank;

    @Option(names = "--json", descriptionKey = "lora.json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (d < 1 || k < 1) {
            throw new UsageErrors.Usage(spec.commandLine(), Messages.get("cli.lora.dims", String.valueOf(d), String.valueOf(k)));
        }
        if (rank < 1 || rank > Math.min(d, k)) {
            throw new UsageErrors.Usage(spec.commandLine(), Messages.get("cli.lora.rank", String.valueOf(rank), String.valueOf(Math.min(d, k))));
        }
        LoraMath.Count c = LoraMath.count(d, k, rank);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("full_params", c.fullParams());
            m.put("lora_params", c.loraParams());
            m.put("reduction", c.reduction());
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m));
        } else {
            out.println(Messages.get("cli.lora.matrix", Numbers.integer(d), Numbers.integer(k), rank));
            out.println(Messages.get("cli.lora.full", Numbers.integer(c.fullParams())));
            out.println(Messages.get("cli.lora.lora", Numbers.integer(c.loraParams())));
            out.println(Messages.get("cli.lora.reduction", Numbers.factor(c.reduction())));
        }
        out.flush();
        return 0;
    }
}
