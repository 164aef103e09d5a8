package estrado.i18n;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import estrado.preflight.CheckItem;
import estrado.widgets.vram.Optimizer;
import estrado.widgets.vram.TrainingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The message keys that enums name outright (not built from their names) all exist, in Spanish and in English. */
class ExplicitMessageKeysTest {

    @Test
    void everyKeyAnEnumNamesIsInBothBundles() {
        List<String> keys = new ArrayList<>();
        for (CheckItem.Level l : CheckItem.Level.values()) {
            keys.add(l.messageKey());
            keys.add(l.summaryKey());
        }
        for (CheckItem.Topic t : CheckItem.Topic.values()) {
            keys.add(t.messageKey());
        }
        for (TrainingMode m : TrainingMode.values()) {
            keys.add(m.messageKey());
        }
        for (Optimizer o : Optimizer.values()) {
            keys.add(o.messageKey());
        }
        Locale before = Messages.locale();
        try {
            for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
                Messages.use(language);
                for (String key : keys) {
                    assertNotEquals(key, Messages.get(key, 3), language + ": " + key);
                }
            }
        } finally {
            Messages.use(before);
        }
    }
}
