package estrado.widgets;

import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.widgets.vram.Optimizer;
import estrado.widgets.vram.TrainingMode;
import estrado.widgets.vram.VramEstimate;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Keys the views build at run time (component, mode, optimizer, column names) exist in both languages. */
class WidgetMessagesTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = WidgetMessagesTest.class.getResourceAsStream("/estrado/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyBuiltKeyIsInSpanishAndEnglish() throws IOException {
        List<String> keys = new ArrayList<>();
        VramEstimate e = estrado.widgets.vram.VramEstimator.estimate(
                estrado.widgets.vram.VramInputs.builder(estrado.widgets.model.ModelPresets.LLAMA3_8B).build());
        e.componentsGb().keySet().forEach(k -> keys.add("widget.component." + k));
        for (TrainingMode m : TrainingMode.values()) {
            keys.add("widget.mode." + m.key());
        }
        for (Optimizer o : Optimizer.values()) {
            keys.add("widget.optimizer." + o.key());
        }
        for (String c : List.of("model", "params", "tokens", "gpu-hours", "gpu", "cost", "source")) {
            keys.add("widget.cost.column." + c);
        }
        keys.add("widget.vram.view.simple");
        keys.add("widget.vram.view.detailed");
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            Properties p = bundle(file);
            for (String k : keys) {
                assertTrue(p.containsKey(k), k + " missing in " + file);
            }
        }
    }
}
