package estrado.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.present.overlay.GoToOverlay;
import estrado.present.window.WidgetMode;
import estrado.render.FxRuntime;
import estrado.render.OpenedDeck;
import estrado.render.WidgetViews;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * G's list on a deck with a long slide title, on a 16:9 laptop: seen before, the row was wider than the list and a
 * sideways scroll bar appeared under it. Now the row fits: no horizontal scroll bar, and the title keeps at least
 * two thirds of the row.
 */
class GoToListTest extends TwoWindowsFixture {
    private static final String LONG_TITLE = "Cuánta memoria pide de verdad un modelo de setenta mil millones de "
            + "parámetros cuando se ajusta con LoRA en una sola GPU de laboratorio";

    @BeforeEach
    void open() throws Exception {
        Path deck = stateDir.resolve("deck");
        Files.createDirectories(deck.resolve("slides"));
        Files.writeString(deck.resolve("slides/deck.yaml"), """
                title: Clase de prueba
                duration: 10
                language: es
                sections:
                  - a.yaml
                """);
        Files.writeString(deck.resolve("slides/a.yaml"), """
                id: a
                title: Ajuste fino eficiente en parámetros
                budget: 10
                slides:
                  - id: a1
                    title: Inicio
                    blocks: [Texto]
                  - id: a2
                    title: "%s"
                    blocks: [Texto]
                """.formatted(LONG_TITLE));
        openWindows(OpenedDeck.open(deck.resolve("slides"), WidgetViews.none()).context().orElseThrow(),
                WidgetMode.Scheduler.fx());
        front(windows.presenter().stage());
    }

    @Test
    void aLongTitleFitsItsRowWithoutSidewaysScrolling() {
        resize(windows.presenter().stage(), 1280, 720);
        type(KeyCode.G);
        assertInstanceOf(GoToOverlay.class, FxRuntime.call(() -> windows.presenter().overlay()));
        List<Boolean> sideways = FxRuntime.call(() -> windows.presenter().overlay().lookupAll(".scroll-bar").stream()
                .map(ScrollBar.class::cast)
                .filter(b -> b.getOrientation() == Orientation.HORIZONTAL)
                .map(ScrollBar::isVisible)
                .toList());
        assertTrue(sideways.stream().noneMatch(Boolean::booleanValue), "a sideways scroll bar under the go-to list");
        List<Double> titleShares = FxRuntime.call(() -> windows.presenter().overlay().lookupAll(".goto-title").stream()
                .map(Label.class::cast)
                .filter(l -> l.getText() != null && l.getText().contains("Cuánta memoria"))
                .map(l -> l.getWidth() / l.getParent().getLayoutBounds().getWidth())
                .toList());
        assertEquals(1, titleShares.size(), "one row holds the long title");
        assertTrue(titleShares.get(0) >= 0.6, "the long title's share of its row: " + titleShares.get(0));
        type(KeyCode.ESCAPE);
    }
}
