package estrado.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import estrado.deck.Problem;
import estrado.i18n.Messages;
import estrado.render.WidgetViews;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A widget citing keys the deck's bibliography lacks is an error at the widget, as a diagram is. */
class WidgetSourcesCheckTest {

    private static List<String> errors(Locale language) {
        Locale before = Messages.locale();
        Messages.use(language);
        try {
            CheckCommand.Report r = CheckCommand.inspect(Path.of("src/test/resources/decks/widget-sources"),
                    WidgetViews.of(estrado.app.Main.widgetRegistry()), false);
            return r.problems().stream().filter(Problem::isError)
                    .map(p -> p.location().line() + ":" + p.location().column() + ": " + p.message()).toList();
        } finally {
            Messages.use(before);
        }
    }

    @Test
    void eachMissingKeyOfTheCalculatorIsAnErrorAtItsLineAndACitedKeyThatIsThereIsNot() {
        // the fixture's bib holds stoelinga2023gpumem and hu2021lora: lora-rank is satisfied, the calculator lacks two
        String fix = "que no está en la bibliografía: añade la entrada «%s» al archivo .bib"
                + " (docs/widgets.md lista las claves de cada widget)";
        assertEquals(List.of(
                "8:24: el widget «vram-calculator» cita «rajbhandari2020zero», " + fix.formatted("rajbhandari2020zero"),
                "8:24: el widget «vram-calculator» cita «dettmers2023qlora», " + fix.formatted("dettmers2023qlora")),
                errors(Locale.forLanguageTag("es")));
    }

    @Test
    void inEnglishToo() {
        assertEquals("8:24: widget «vram-calculator» cites «rajbhandari2020zero», which is not in the bibliography:"
                + " add the entry «rajbhandari2020zero» to the .bib file (docs/widgets.md lists the keys of each widget)",
                errors(Locale.ENGLISH).get(0));
    }
}
