package estrado.present.talk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NavigationTest {
    // three slides: one step, three steps, one step
    private final Navigation nav = new Navigation(List.of(1, 3, 1));

    @Test
    void nextWalksStepsThenSlidesAndStopsAtTheEnd() {
        Position p = Position.START;
        StringBuilder walk = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            p = nav.next(p);
            walk.append(p.slide()).append('.').append(p.step()).append(' ');
        }
        assertEquals("1.0 1.1 1.2 2.0 2.0 2.0 ", walk.toString());
    }

    @Test
    void previousEntersTheEarlierSlideComplete() {
        assertEquals(new Position(1, 2), nav.previous(new Position(2, 0)));
        assertEquals(new Position(1, 0), nav.previous(new Position(1, 1)));
        assertEquals(Position.START, nav.previous(Position.START));
    }

    @Test
    void goToClampsToTheDeck() {
        assertEquals(new Position(2, 0), nav.goTo(99));
        assertEquals(Position.START, nav.goTo(0));
        assertEquals(new Position(1, 0), nav.goTo(2));
        assertEquals(new Position(2, 0), nav.last());
    }

    @Test
    void clampKeepsThePlaceAfterTheDeckShrinks() {
        Navigation shorter = new Navigation(List.of(1, 2));
        assertEquals(new Position(1, 0), shorter.clamp(new Position(2, 0)));
        assertEquals(new Position(1, 1), shorter.clamp(new Position(1, 2)));
    }
}
