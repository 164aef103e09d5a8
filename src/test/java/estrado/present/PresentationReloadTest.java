package estrado.present;

import static org.junit.jupiter.api.Assertions.assertEquals;

import estrado.deck.TestDecks;
import estrado.present.talk.Position;
import estrado.present.talk.Presentation;
import estrado.render.OpenedDeck;
import estrado.render.SlideContext;
import estrado.render.WidgetViews;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A swapped-in deck keeps the talk on the same slide by id, not by index. */
class PresentationReloadTest {
    @TempDir
    Path dir;

    private SlideContext deck(String name, String... ids) {
        StringBuilder s = new StringBuilder("id: s1\ntitle: Uno\nbudget: 90\nslides:\n");
        for (String id : ids) {
            s.append("  - id: ").append(id).append("\n    title: ").append(id).append('\n');
            if (id.startsWith("pasos")) {
                s.append("    blocks:\n      - bullets: [x, y, z]\n        steps: true\n");
            }
        }
        return OpenedDeck.open(TestDecks.withSection(dir.resolve(name), s.toString()), WidgetViews.none()).context().orElseThrow();
    }

    @Test
    void followsTheSlideWhenSlidesAreInsertedOrRemovedBeforeIt() {
        Presentation p = new Presentation(deck("v1", "a", "b", "pasos-c", "d"));
        p.goTo(3);
        p.next();
        assertEquals(new Position(2, 1), p.position());
        p.setDeck(deck("v2", "nueva", "a", "b", "pasos-c", "d"));
        assertEquals(new Position(3, 1), p.position());
        p.setDeck(deck("v3", "pasos-c", "d"));
        assertEquals(new Position(0, 1), p.position());
        assertEquals("pasos-c", p.currentSlide().id());
    }

    @Test
    void aRemovedSlideFallsBackToTheSamePlaceClampedAndALostStepToTheLastOne() {
        Presentation p = new Presentation(deck("v1", "a", "b", "pasos-c"));
        p.last();
        assertEquals(new Position(2, 2), p.position());
        p.setDeck(deck("v2", "a", "b"));
        assertEquals(new Position(1, 0), p.position(), "the slide is gone: the nearest that exists");
        p.setDeck(deck("v3", "a", "b", "pasos-x"));
        p.last();
        p.setDeck(deck("v4", "a", "b", "pasos-x".replace("pasos-", "sin-pasos-")));
        assertEquals(new Position(2, 0), p.position());
    }
}
