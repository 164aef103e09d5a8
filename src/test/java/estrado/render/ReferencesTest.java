package estrado.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.bib.BibEntry;
import estrado.bib.Bibliography;
import estrado.bib.Citations;
import estrado.deck.Block;
import estrado.deck.Layout;
import estrado.deck.Slide;
import estrado.deck.SlideText;
import estrado.deck.TestDecks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Citations of the bundled deck, the foot and the presenter's view of them, and reference slides. */
class ReferencesTest {
    static final Path BIB = Path.of("bib/referencias_entrenamiento.bib");

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() {
        FxRuntime.startHeadless();
    }

    @Test
    void everyCiteInTheBundledDeckResolves() throws Exception {
        OpenedDeck opened = OpenedDeck.open(TestDecks.bundled(), WidgetViews.of(estrado.app.Main.widgetRegistry()));
        assertTrue(opened.context().isPresent(), () -> "bundled deck did not open: " + opened.problems());
        Bibliography bib = Bibliography.load(BIB);
        List<String> cited = new ArrayList<>();
        for (Slide s : opened.deck().orElseThrow().slides()) {
            for (SlideText t : SlideText.of(s)) {
                cited.addAll(Citations.keys(t.text()));
            }
            cited.addAll(SlideCitations.keys(s));
        }
        for (String key : cited) {
            assertTrue(bib.entry(key).isPresent(), "unknown key " + key);
        }
        assertEquals(List.of(), opened.audit().orElseThrow().citations().unknown());
    }

    @Test
    void footMarkersAndPresenterViewAgree() {
        Path deck = deckWithBundledBib("""
                  - id: a
                    title: 'Costo \\cite{gpt3_cost_lambda}'
                    blocks:
                      - table: {header: [x], rows: [['celda \\cite{hu2021lora}']]}
                      - 'Texto \\cite{gpt3_cost_epoch, gpt3_cost_lambda}'
                      - diagram: qlora
                """);
        OpenedDeck opened = OpenedDeck.open(deck, WidgetViews.none());
        SlideContext ctx = opened.context().orElseThrow();
        Slide slide = ctx.slides().get(0);
        List<String> keys = ctx.citedKeys(slide);
        assertEquals(List.of("gpt3_cost_lambda", "hu2021lora", "gpt3_cost_epoch", "dettmers2023qlora"), keys);
        double[] footHeight = new double[1];
        List<String> foot = FxRuntime.call(() -> {
            RenderedSlide r = new SlideRenderer(ctx).render(slide, 0);
            r.layoutNow();
            footHeight[0] = ((javafx.scene.layout.Region) r.root().lookup(".cite-foot")).getHeight();
            return r.root().lookupAll(".cite-line").stream().map(n -> ((javafx.scene.control.Label) n).getText()).toList();
        });
        // four works, three lines: the first two in full, the rest sent to the reference pages by number
        assertEquals(SlideRenderer.MAX_FOOT_LINES, foot.size(), foot::toString);
        for (int i = 0; i < SlideRenderer.MAX_FOOT_LINES - 1; i++) {
            assertEquals("[" + (i + 1) + "] " + ctx.references().shortReference(keys.get(i)), foot.get(i));
        }
        assertEquals("[3–4] ver Referencias al final", foot.get(2));
        assertTrue(footHeight[0] <= 0.12 * SlideCanvas.HEIGHT, "the foot takes " + footHeight[0] + " px");
        assertTrue(ctx.references().fullReference("hu2021lora").contains("LoRA: Low-Rank Adaptation"));
        assertEquals("https://arxiv.org/abs/2106.09685", ctx.references().link("hu2021lora").orElseThrow());
    }

    @Test
    void twoKeysForOneWorkShareTheirNumberTheFootLineAndTheReferenceEntry() {
        // the bundled bibliography cites the Olmo 3 report under two keys, one per figure taken from it
        Path deck = deckWithBundledBib("""
                  - id: a
                    title: Olmo 3
                    blocks:
                      - 'US$ 2,75 M \\cite{olmo3_cost}; 5,9T tokens \\cite{olmo3_report}; LoRA \\cite{hu2021lora}'
                """);
        OpenedDeck opened = OpenedDeck.open(deck, WidgetViews.none());
        SlideContext ctx = opened.context().orElseThrow();
        assertEquals(ctx.references().fullReference("olmo3_cost"), ctx.references().fullReference("olmo3_report"));
        Slide slide = ctx.slides().get(0);
        assertEquals(List.of("olmo3_cost", "hu2021lora"), ctx.citedKeys(slide));
        List<List<String>> shown = FxRuntime.call(() -> {
            RenderedSlide r = new SlideRenderer(ctx).render(slide, 0);
            r.layoutNow();
            List<String> foot = r.root().lookupAll(".cite-line").stream().map(n -> ((javafx.scene.control.Label) n).getText()).toList();
            List<String> markers = r.root().lookupAll(".cite-marker").stream()
                    .map(n -> ((javafx.scene.text.Text) n).getText().strip()).toList();
            return List.of(foot, markers);
        });
        assertEquals(List.of("[1] " + ctx.references().shortReference("olmo3_cost"),
                "[2] " + ctx.references().shortReference("hu2021lora")), shown.get(0));
        assertEquals(List.of("[1]", "[1]", "[2]"), shown.get(1));
        List<String> refsPage = ((Block.ReferenceList) ctx.slides().get(1).blocks().get(0)).keys();
        assertEquals(2, refsPage.size(), refsPage::toString);
        assertEquals("hu2021lora", refsPage.get(0));
        assertTrue(refsPage.get(1).startsWith("olmo3_"), refsPage::toString);
    }

    @Test
    void citedEntriesGetAReferencesSlideAtTheEndSortedAndFitting() {
        Path deck = deckWithBundledBib("""
                  - id: a
                    title: Costos
                    blocks:
                      - 'US$ 4,6 M \\cite{gpt3_cost_lambda} y \\cite{deepseek_v3_technical, brown2020gpt3}'
                """);
        OpenedDeck opened = OpenedDeck.open(deck, WidgetViews.none());
        List<Slide> slides = opened.context().orElseThrow().slides();
        assertEquals(2, slides.size());
        Slide refs = slides.get(1);
        assertEquals(Layout.REFERENCES, refs.layout());
        assertEquals("referencias", refs.id());
        assertFalse(refs.counted());
        List<String> keys = ((Block.ReferenceList) refs.blocks().get(0)).keys();
        // Brown, DeepSeek-AI, Li: by first author's family name
        assertEquals(List.of("brown2020gpt3", "deepseek_v3_technical", "gpt3_cost_lambda"), keys);
    }

    @Test
    void theWholeBibliographySpreadsOverPagesThatDoNotOverflow() throws Exception {
        Path deck = deckWithBundledBib("""
                  - id: bibliografia
                    title: Bibliografía
                    layout: references
                    references: all
                """);
        OpenedDeck opened = OpenedDeck.open(deck, WidgetViews.none());
        List<Slide> pages = opened.context().orElseThrow().slides();
        assertTrue(pages.size() >= 2, "44 entries cannot fit one slide");
        assertEquals("bibliografia", pages.get(0).id());
        assertEquals("bibliografia-2", pages.get(1).id());
        assertEquals("Bibliografía (1/" + pages.size() + ")", pages.get(0).title());
        List<String> listed = new ArrayList<>();
        pages.forEach(p -> listed.addAll(((Block.ReferenceList) p.blocks().get(0)).keys()));
        Bibliography bib = Bibliography.load(BIB);
        References refs = opened.context().get().references();
        // every work once: two keys for one paper (cited for different figures) are one entry
        assertEquals(listed.stream().map(refs::fullReference).distinct().count(), listed.size());
        assertEquals(bib.entries().stream().map(e -> refs.fullReference(e.key())).collect(java.util.stream.Collectors.toSet()),
                listed.stream().map(refs::fullReference).collect(java.util.stream.Collectors.toSet()));
        List<BibEntry> inOrder = listed.stream().map(k -> bib.entry(k).orElseThrow()).toList();
        List<BibEntry> sorted = new ArrayList<>(inOrder);
        sorted.sort(ReferencePages.order("es"));
        assertEquals(sorted, inOrder);
        SlideRenderer r = FxRuntime.call(() -> new SlideRenderer(opened.context().get()));
        List<String> overflowing = FxRuntime.call(() -> {
            List<String> out = new ArrayList<>();
            for (Slide p : pages) {
                RenderedSlide rendered = r.render(p, 0);
                rendered.layoutNow();
                rendered.overflow().ifPresent(o -> out.add(p.id() + ": " + o));
                // pages are filled, not one entry each: at least half the body is used
                javafx.scene.layout.Region list = (javafx.scene.layout.Region) rendered.root().lookup(".reference-list");
                if (p != pages.get(pages.size() - 1) && list.getHeight() < ReferencePages.BODY_HEIGHT / 2) {
                    out.add(p.id() + " is nearly empty: " + list.getHeight());
                }
            }
            return out;
        });
        assertEquals(List.of(), overflowing);
    }

    /** A one-section deck with the given slides (YAML list items) and the bundled bibliography. */
    private Path deckWithBundledBib(String slides) {
        Path deck = TestDecks.write(dir, "title: T\nduration: 10\nbibliography: bib/refs.bib\nsections:\n  - s1.yaml\n",
                "id: s1\ntitle: Uno\nbudget: 10\nslides:\n" + slides);
        copyBib(deck);
        return deck;
    }

    private static void copyBib(Path deck) {
        try {
            Files.createDirectories(deck.resolve("bib"));
            Files.copy(BIB, deck.resolve("bib/refs.bib"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
