package estrado.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.Deck;
import estrado.deck.DeckLoader;
import estrado.timing.Plan;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture deck (src/test/resources/estrado/present/pacing): sections of 8, 24 and 8 minutes (40) for a
 * 30-minute slot, so every budget is scaled by 30/40 = 0.75. Section "bloque" has b1, b2 (own budget 4 min),
 * b3 and a backup slide.
 */
class DeckPlanTest {

    static Deck fixture() throws Exception {
        Path dir = Path.of(DeckPlanTest.class.getResource("/estrado/present/pacing").toURI());
        return new DeckLoader().load(dir).deck().orElseThrow();
    }

    @Test
    void sectionsAndSlidesKeepTheDeckOrderAndIds() throws Exception {
        Deck deck = fixture();
        Plan plan = DeckPlan.of(deck);
        assertEquals(30.0, plan.durationMinutes());
        assertEquals(3, plan.sectionCount());
        assertEquals(deck.slides().size(), plan.slideCount());
        for (int i = 0; i < deck.slides().size(); i++) {
            assertEquals(deck.slides().get(i).id(), plan.slideId(i));
        }
        assertEquals("bloque", plan.sections().get(1).id());
        assertEquals("Bloque central", plan.sections().get(1).title());
    }

    @Test
    void budgetsAreScaledToTheSlot() throws Exception {
        Plan plan = DeckPlan.of(fixture());
        assertTrue(plan.budgetsMismatch());
        assertEquals(40.0, plan.budgetSumMinutes());
        assertEquals(0.75, plan.scale(), 1e-12);
        assertEquals(Duration.ofMinutes(6), plan.scaledBudget(0));
        assertEquals(Duration.ofMinutes(18), plan.scaledBudget(1));
        assertEquals(Duration.ofMinutes(6), plan.scaledBudget(2));
    }

    @Test
    void aSlideBudgetIsScaledAndTheRestSpreadOverTheCountedSlides() throws Exception {
        Plan plan = DeckPlan.of(fixture());
        int b1 = plan.slideIndexOf("b1");
        int b2 = plan.slideIndexOf("b2");
        int b3 = plan.slideIndexOf("b3");
        int backup = plan.slideIndexOf("b-respaldo");
        // b2: 4 min × 0.75 = 3 min; b1 and b3 share 18 − 3 = 15 min; the backup slide gets nothing
        assertEquals(Duration.ofMinutes(3), plan.slideShare(b2));
        assertEquals(Duration.ofSeconds(450), plan.slideShare(b1));
        assertEquals(Duration.ofSeconds(450), plan.slideShare(b3));
        assertEquals(Duration.ZERO, plan.slideShare(backup));
        // expected at b1 = section "apertura" (6 min) + half of b1 (3:45)
        assertEquals(Duration.ofSeconds(6 * 60 + 225), plan.expectedElapsedAt(b1));
        // expected at b3 = 6 + 7:30 + 3:00 + 3:45; the backup slide answers like b3
        Duration atB3 = Duration.ofSeconds(6 * 60 + 450 + 180 + 225);
        assertEquals(atB3, plan.expectedElapsedAt(b3));
        assertEquals(atB3, plan.expectedElapsedAt(backup));
    }

    @Test
    void backupSlidesAreLeftOutOfProgress() throws Exception {
        Plan plan = DeckPlan.of(fixture());
        assertEquals(6, plan.countedSlideCount());
        int backup = plan.slideIndexOf("b-respaldo");
        assertFalse(plan.isCounted(backup));
        assertEquals(plan.progressNumber(backup - 1), plan.progressNumber(backup));
        assertEquals(6, plan.progressNumber(plan.slideIndexOf("c1")));
    }

    @Test
    void aDeckOnDiskIsNamedByItsFolderAndABundledOneByItsTitle(@TempDir Path tmp) throws Exception {
        Deck deck = fixture();
        assertEquals(deck.root().toAbsolutePath().normalize().toString(), DeckPlan.deckId(deck));

        // the same deck read from inside a zip (as the bundled deck is read from the jar)
        Path zip = tmp.resolve("deck.zip");
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of("create", "true"))) {
            Path root = fs.getPath("/deck");
            Files.createDirectories(root.resolve("slides"));
            for (Path f : Files.list(deck.root().resolve("slides")).toList()) {
                Files.copy(f, root.resolve("slides").resolve(f.getFileName().toString()));
            }
            Deck inJar = new DeckLoader().load(root).deck().orElseThrow();
            assertEquals("bundled:Ritmo de prueba", DeckPlan.deckId(inJar));
        }
    }
}
