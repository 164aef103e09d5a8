package estrado.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Counts agree with their nouns: a lecturer read "1 imágenes pendientes" in the summary of {@code check}. */
class CountWordsTest {
    @Test
    void theSourcesLineSaysOneInTheSingular() {
        Locale before = Messages.locale();
        try {
            Messages.use(Locale.forLanguageTag("es"));
            assertEquals("fuentes: 1 de 1 entrada citada, 1 cifra sin fuente, 1 imagen pendiente",
                    Messages.get("check.citations", 1, 1, 1, 1));
            assertEquals("fuentes: 0 de 0 entradas citadas, 0 cifras sin fuente, 0 imágenes pendientes",
                    Messages.get("check.citations", 0, 0, 0, 0));
            assertEquals("fuentes: 38 de 44 entradas citadas, 2 cifras sin fuente, 3 imágenes pendientes",
                    Messages.get("check.citations", 38, 44, 2, 3));
            Messages.use(Locale.ENGLISH);
            assertEquals("sources: 1 of 1 entry cited, 1 figure without a source, 1 pending image",
                    Messages.get("check.citations", 1, 1, 1, 1));
        } finally {
            Messages.use(before);
        }
    }
}
