package estrado.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import estrado.deck.BundledDeck;
import estrado.render.WidgetViews;
import estrado.timing.PaceSettings;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LaunchTest {

    @Test
    void aFolderGivenIsTheDeckOpened() {
        Path folder = Path.of("/tmp/some-deck");
        PresenterApp.Launch launch = PresenterApp.Launch.of(folder, WidgetViews.none());
        assertEquals(folder, launch.deckRoot());
        assertFalse(launch.skipCheck(), "without --no-check the pre-lecture check runs");
        assertEquals(PaceSettings.defaults(), launch.pacing());
    }

    @Test
    void noFolderIsTheBundledDeck() {
        assertEquals(BundledDeck.root(), PresenterApp.Launch.of(null, WidgetViews.none()).deckRoot());
    }

    @Test
    void everyPartIsRequired() {
        assertThrows(NullPointerException.class,
                () -> new PresenterApp.Launch(null, WidgetViews.none(), PaceSettings.defaults(), true));
        assertThrows(NullPointerException.class,
                () -> new PresenterApp.Launch(Optional.empty(), WidgetViews.none(), null, true));
    }
}
