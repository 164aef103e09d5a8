package estrado.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.TestDecks;
import estrado.render.FxRuntime;
import estrado.render.OpenedDeck;
import estrado.render.SlideContext;
import estrado.render.WidgetViews;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeckMenuTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() {
        FxRuntime.startHeadless();
    }

    private DeckMenu menu(SlideContext ctx, RecentDecks recent, List<Path> opened, List<String> notices) {
        return new DeckMenu(null, () -> ctx, recent, opened::add, notices::add);
    }

    @Test
    void theMenuOffersOpenRecentAndBothExports() {
        SlideContext ctx = OpenedDeck.open(TestDecks.withSection(dir, TestDecks.SECTION_OK), WidgetViews.none())
                .context().orElseThrow();
        List<String> ids = FxRuntime.call(() -> {
            MenuButton b = menu(ctx, RecentDecks.inMemory(), new ArrayList<>(), new ArrayList<>()).button();
            return b.getItems().stream().map(MenuItem::getId).toList();
        });
        assertEquals(java.util.Arrays.asList("menu-open", "menu-recent", null, "menu-export-pdf", "menu-export-handout"), ids);
    }

    @Test
    void openingAFolderWithoutADeckSaysSoAndStartsNothing() {
        List<Path> opened = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        DeckMenu m = menu(null, RecentDecks.inMemory(), opened, notices);
        m.open(dir);
        assertTrue(opened.isEmpty());
        assertTrue(notices.get(0).contains("no tiene un deck"), notices::toString);
        Path deck = TestDecks.withSection(dir.resolve("d"), TestDecks.SECTION_OK);
        m.open(deck);
        assertEquals(List.of(deck), opened);
    }

    @Test
    void exportWritesAPdfOffTheJavaFxThreadAndReportsIt() throws Exception {
        SlideContext ctx = OpenedDeck.open(TestDecks.withSection(dir, TestDecks.SECTION_OK), WidgetViews.none())
                .context().orElseThrow();
        List<String> notices = new java.util.concurrent.CopyOnWriteArrayList<>();
        DeckMenu m = menu(ctx, RecentDecks.inMemory(), new ArrayList<>(), notices);
        Path pdf = dir.resolve("out.pdf");
        Thread worker = FxRuntime.call(() -> m.export(pdf, true));
        worker.join(60_000);
        FxRuntime.call(() -> null); // the notice is posted on the JavaFX thread
        assertTrue(Files.size(pdf) > 1000);
        assertEquals("%PDF", new String(Files.readAllBytes(pdf), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(notices.get(0).startsWith("PDF listo"), notices::toString);
        assertFalse(Files.exists(dir.resolve("out.pdf.part")));
    }

    @Test
    void aSafeFileNameComesFromTheTitle() {
        assertEquals("Clase-2-Entrenamiento-de-LLMs.pdf", DeckMenu.fileName("Clase 2: Entrenamiento de LLMs", false));
        assertEquals("Clase-2-notas.pdf", DeckMenu.fileName("Clase 2", true));
    }

    @Test
    void recentDecksKeepTheNewestFirstWithoutDuplicatesAndSurviveACorruptFile() throws Exception {
        Path state = Files.createDirectories(dir.resolve("state"));
        RecentDecks r = RecentDecks.load(state);
        List<Path> folders = new ArrayList<>();
        for (int i = 0; i < RecentDecks.MAX + 2; i++) {
            folders.add(Files.createDirectories(dir.resolve("deck" + i)));
            assertTrue(r.record(folders.get(i)));
        }
        r.record(folders.get(3));
        List<Path> again = RecentDecks.load(state).decks();
        assertEquals(RecentDecks.MAX, again.size());
        assertEquals(folders.get(3).toAbsolutePath().normalize(), again.get(0));
        assertEquals(again.size(), again.stream().distinct().count());
        Files.delete(folders.get(RecentDecks.MAX + 1));
        assertFalse(RecentDecks.load(state).decks().contains(folders.get(RecentDecks.MAX + 1)));
        Files.writeString(state.resolve("recent-decks.json"), "{ not json");
        assertEquals(List.of(), RecentDecks.load(state).decks());
    }
}
