package estrado.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NotesTest {

    @Test
    void linesWrappedByTheEditorAreOneParagraph() {
        String typed = "~1,5 min. La primera pregunta NO es la velocidad,\n"
                + "es si cabe. Al entrenar están gradientes, estados del\n"
                + "optimizador y activaciones.\n";
        assertEquals(List.of(List.of("~1,5 min. La primera pregunta NO es la velocidad, es si cabe. "
                + "Al entrenar están gradientes, estados del optimizador y activaciones.")), Notes.paragraphs(typed));
    }

    @Test
    void aBlankLineStartsANewParagraph() {
        List<List<String>> p = Notes.paragraphs("Primero esto.\n  \nDespués\naquello.");
        assertEquals(List.of(List.of("Primero esto."), List.of("Después aquello.")), p);
        assertEquals("Primero esto.\n\nDespués aquello.", Notes.reflow("Primero esto.\n  \nDespués\naquello."));
    }

    @Test
    void listItemsKeepTheirOwnLinesAndTheirContinuationsJoinThem() {
        String typed = "Tres ideas:\n- pesos\n  en BF16\n* gradientes\n• optimizador\n1. primero\n2) segundo";
        assertEquals(List.of(List.of("Tres ideas:", "- pesos en BF16", "* gradientes", "• optimizador", "1. primero",
                "2) segundo")), Notes.paragraphs(typed));
    }

    @Test
    void aNumberThatStartsASentenceIsNotAListItem() {
        // "80 GB" at the start of a wrapped line continues the sentence before it
        assertEquals(List.of(List.of("La H100 tiene 80 GB de memoria.")), Notes.paragraphs("La H100 tiene\n80 GB de memoria."));
    }

    @Test
    void noNotesAreNoParagraphs() {
        assertTrue(Notes.paragraphs(null).isEmpty());
        assertTrue(Notes.paragraphs(" \n \n").isEmpty());
        assertEquals("", Notes.reflow(null));
    }

    @Test
    void anItemIsItsMarkerAndItsText() {
        assertEquals(new Notes.Item("•", "los pesos"), Notes.item("- los pesos"));
        assertEquals(new Notes.Item("•", "un punto"), Notes.item("* un punto"));
        assertEquals(new Notes.Item("2.", "luego"), Notes.item("2) luego"));
        assertEquals(new Notes.Item(null, "Texto corrido"), Notes.item("Texto corrido"));
        assertFalse(Notes.item("Texto corrido").isItem());
    }
}
