package estrado.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** English users saw "a slide''s" and "''left''": texts shown without arguments kept MessageFormat's doubled quotes. */
class MessagesQuotesTest {
    @Test
    void noTextShowsADoubledQuoteWithOrWithoutArguments() {
        Locale before = Messages.locale();
        try {
            for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
                Messages.use(language);
                for (String key : Messages.bundle().keySet()) {
                    String shown = Messages.get(key);
                    assertFalse(shown.contains("''"), language + " " + key + ": " + shown);
                }
            }
            Messages.use(Locale.ENGLISH);
            assertEquals("missing required field 'title'", Messages.get("field.missing", "title"));
        } finally {
            Messages.use(before);
        }
    }
}
