package estrado.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.Slide;
import estrado.deck.TestDecks;
import estrado.i18n.InLanguage;
import estrado.i18n.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the room sees speaks the deck's {@code language}, not the UI's: the section label and a widget's labels of a
 * Spanish deck stay Spanish under an English UI, and an English deck's are English under the Spanish UI.
 */
class DeckLanguageOnSlidesTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() {
        FxRuntime.startHeadless();
    }

    private Path deck(String language) {
        return TestDecks.write(dir.resolve(language), "title: Prueba\nlanguage: " + language
                + "\nduration: 90\nsections:\n  - s1.yaml\n", """
                id: s1
                title: Introducción motivacional
                budget: 90
                slides:
                  - id: portada
                    title: Introducción motivacional
                    layout: section
                  - id: calculadora
                    title: Calculadora
                    blocks:
                      - widget: vram-calculator
                """);
    }

    /** Every text drawn on each slide of the deck, rendered as the projector does under the UI {@code ui}. */
    private List<String> drawn(String language, Locale ui) {
        SlideRenderer r = BundledSlidesRenderTest.renderer(deck(language));
        return InLanguage.call(ui, () -> {
            List<String> out = new ArrayList<>();
            for (Slide s : r.context().slides()) {
                RenderedSlide rendered = SlideRenderer.forAudience(r.context()).render(s, s.steps() - 1);
                rendered.layoutNow();
                texts(rendered.root(), out);
            }
            // a text the widget sets later (a recomputed figure) speaks the deck's language too, not only the first
            out.add(Messages.get("widget.vram.precision"));
            return out;
        });
    }

    private static void texts(Node n, List<String> out) {
        if (n instanceof Text t && t.getText() != null) {
            out.add(t.getText().strip());
        } else if (n instanceof Labeled l && l.getText() != null) {
            out.add(l.getText().strip());
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> texts(c, out));
        }
    }

    @Test
    void aSpanishDeckUnderAnEnglishUiShowsNoEnglishWords() {
        List<String> shown = drawn("es", Locale.ENGLISH);
        assertTrue(shown.contains("Sección 1"), shown.toString());
        assertTrue(shown.containsAll(List.of("Modelo", "Precisión", "↺ Restablecer")), shown.toString());
        assertFalse(shown.stream().anyMatch(t -> List.of("Section 1", "Model", "Precision", "↺ Reset").contains(t)),
                shown.toString());
    }

    @Test
    void anEnglishDeckUnderTheSpanishUiShowsEnglishWords() {
        List<String> shown = drawn("en", InLanguage.SPANISH);
        assertTrue(shown.contains("Section 1"), shown.toString());
        assertTrue(shown.containsAll(List.of("Model", "Precision", "↺ Reset")), shown.toString());
        assertFalse(shown.stream().anyMatch(t -> List.of("Sección 1", "Modelo", "Precisión").contains(t)),
                shown.toString());
    }

    @Test
    void aWidgetsDiagnosticStaysInTheUiLanguage() {
        // the deck's language is for the room; a problem with a widget is the lecturer's, in the UI's language
        String english = InLanguage.call(Locale.ENGLISH, () -> Messages.get("widget.param.emptyList", "x"));
        List<String> underASpanishDeck = InLanguage.call(Locale.ENGLISH, () -> {
            Messages.useOnSlides("es");
            return List.of(Messages.ui("widget.param.emptyList", "x"), Messages.get("widget.param.emptyList", "x"));
        });
        assertEquals(english, underASpanishDeck.get(0));
        assertNotEquals(english, underASpanishDeck.get(1), "the same key drawn on a slide is Spanish");
    }
}
