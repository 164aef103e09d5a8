package estrado.bib;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BibliographyTest {

    static final Path REAL_BIB = Path.of("bib", "referencias_entrenamiento.bib");

    /** Every key shared/facts/facts.md suggests (and the seed's own keys). */
    static final List<String> FACTS_KEYS = List.of(
            "gpt3_cost_lambda", "gpt3_cost_epoch", "brown2020gpt3", "sunyan2023economics",
            "llama33_training", "llama31_modelcard",
            "olmo3_cost", "olmo3_report", "olmo3_gpuhours_bradbury", "olmo3_blog", "olmo2_furious", "rlhfbook",
            "deepseek_v3_technical", "karpathy2024deepseek", "lambert2025deepseekcost",
            "jiang2024mixtral", "mistral2023mixtral", "qwen25_report", "falcon3_blog",
            "hu2021lora", "dettmers2023qlora", "kwon2023vllm", "vllm2023blog",
            "hendrycks2021mmlu", "zheng2023mtbench", "chiang2024arena", "chen2021humaneval",
            "dettmers2022llmint8", "dettmers2023fourbit", "rajbhandari2020zero", "hf_accelerate_memory",
            "stoelinga2023gpumem", "eleuther2023transformermath", "smirnov2023vram", "smirnov_vram_calculator",
            "ouyang2022instructgpt", "rafailov2023dpo", "hf_openllm_leaderboard");

    static Bibliography real;

    @BeforeAll
    static void loadRealBibliography() throws BibException {
        real = Bibliography.load(REAL_BIB);
    }

    @Test
    void realBibliographyParsesWithAtLeast25Entries() {
        assertTrue(real.size() >= 25, "entries: " + real.size());
        assertEquals(real.size(), real.keys().size());
    }

    @Test
    void everyKeyFromFactsIsPresent() {
        List<String> missing = FACTS_KEYS.stream().filter(k -> real.entry(k).isEmpty()).toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void everyEntryHasLinkTitleAuthorAndNote() {
        for (BibEntry e : real.entries()) {
            assertAll(e.key(),
                    () -> assertTrue(e.hasLink(), "url or doi"),
                    () -> assertTrue(e.link().orElseThrow().startsWith("https://"), "https link"),
                    () -> assertFalse(e.title().isBlank(), "title"),
                    () -> assertFalse(e.authors().isEmpty(), "author"),
                    () -> assertFalse(e.venue().isBlank(), "venue"),
                    () -> assertFalse(e.note().isBlank(), "note with the figure used"),
                    () -> assertFalse(e.note().contains("\\") || e.title().contains("{"), "LaTeX left over"));
        }
    }

    @Test
    void arxivEntriesCarryEprintAndUrl() {
        BibEntry deepseek = real.entry("deepseek_v3_technical").orElseThrow();
        assertEquals("2412.19437", deepseek.eprint());
        assertEquals("https://arxiv.org/abs/2412.19437", deepseek.url());
        assertEquals("article", deepseek.type());
    }

    @Test
    void realEntriesComeOutAsPlainUnicode() {
        BibEntry leaderboard = real.entry("hf_openllm_leaderboard").orElseThrow();
        assertEquals("Clémentine Fourrier", leaderboard.authorNames().get(0));
        BibEntry deepseek = real.entry("deepseek_v3_technical").orElseThrow();
        assertEquals(List.of("DeepSeek-AI"), deepseek.authorNames());
        assertTrue(deepseek.note().contains("US$5.576M a US$2/GPU-h"), deepseek.note());
        assertTrue(deepseek.note().contains("extensión de contexto"), deepseek.note());
        BibEntry olmo2 = real.entry("olmo2_furious").orElseThrow();
        assertEquals("2 OLMo 2 Furious", olmo2.title());
        assertTrue(olmo2.note().contains("Tülu 3: SFT → DPO → RLVR"), olmo2.note());
        BibEntry zero = real.entry("rajbhandari2020zero").orElseThrow();
        assertTrue(zero.note().contains("16 bytes/parámetro"), zero.note());
        BibEntry vllm = real.entry("vllm2023blog").orElseThrow();
        assertTrue(vllm.note().contains("60%–80%"), vllm.note());
    }

    @Test
    void figuresFactsMarksUncertainAreFlaggedInNotes() {
        for (String key : List.of("olmo3_cost", "olmo3_report", "vllm2023blog", "hf_openllm_leaderboard",
                "eleuther2023transformermath", "rajbhandari2020zero", "gpt3_cost_epoch")) {
            assertTrue(real.entry(key).orElseThrow().note().contains("VERIFICAR"), key);
        }
    }

    @Test
    void aMacroIsKnownFromItsDefinitionOnAndACrossrefMayPointAhead() throws BibException {
        // read entry by entry, as BibTeX reads: a use before the @string is undefined, one after it resolves
        Bibliography bib = Bibliography.parseAll("""
                @misc{antes, title = tii, year = 2024}
                @string{tii = {Technology Innovation Institute}}
                @misc{despues, title = tii, year = 2024, crossref = {libro}}
                @book{libro, title = {Libro}, year = 2023}
                """, "refs.bib");
        assertEquals(List.of("despues", "libro"), List.copyOf(bib.keys()));
        assertEquals("Technology Innovation Institute", bib.entry("despues").orElseThrow().title());
        assertEquals(List.of(new Bibliography.Problem(1, 22, true,
                "macro @string o referencia cruzada «tii» sin definir; la entrada se ignora")), bib.problems());
        assertEquals(3, bib.location("despues").orElseThrow()[0]);
    }

    @Test
    void accentsBracesAndEscapesBecomeUnicode() throws BibException {
        Bibliography bib = Bibliography.parse("""
                @string{tii = {Technology Innovation Institute}}
                @article{fixture,
                  author  = {Sch{\\"o}lkopf, Bernhard and Ren{\\'e} Mart{\\'i}nez and {Meta AI} and Jos{\\'e} {de la} Pe{\\~n}a and Fran\\c{c}ois Chollet},
                  title   = {{QLoRA}: Costos de \\$5.5M, 50\\% y R\\&D --- ``rápido''},
                  journal = tii # { (TII)},
                  year    = 2024,
                  month   = dec,
                  url     = {https://example.org/a_b%20c},
                  note    = {d{\\'i}as, a{\\~n}o, {\\"u}ber, \\'{e}t{\\'e}, 1{,}024 H100, $\\times$ 11, a~b}
                }
                """);
        BibEntry e = bib.entry("fixture").orElseThrow();
        assertEquals(List.of("Bernhard Schölkopf", "René Martínez", "Meta AI", "José de la Peña", "François Chollet"),
                e.authorNames());
        assertEquals("de la Peña", e.authors().get(3).family());
        assertTrue(e.authors().get(2).organisation());
        assertEquals("QLoRA: Costos de $5.5M, 50% y R&D — “rápido”", e.title());
        assertEquals("Technology Innovation Institute (TII)", e.venue());
        assertEquals("2024", e.year());
        assertEquals("https://example.org/a_b%20c", e.url());
        assertEquals("días, año, über, été, 1,024 H100, × 11, a b", e.note());
    }

    @Test
    void readerAndStringSourcesWork() throws BibException {
        Bibliography bib = Bibliography.parse(new StringReader("@misc{a, title={A}, doi={10.1/x}}"), "mem.bib");
        assertEquals(1, bib.size());
        assertEquals("mem.bib", bib.source());
        assertEquals("https://doi.org/10.1/x", bib.entry("a").orElseThrow().link().orElseThrow());
        assertTrue(bib.entry("missing").isEmpty());
    }

    @Test
    void missingCommaIsReportedAtItsLine() throws URISyntaxException {
        Path file = fixture("broken_missing_comma.bib");
        BibException e = assertThrows(BibException.class, () -> Bibliography.load(file));
        assertEquals(file.toString(), e.file());
        assertEquals(6, e.line());
        assertTrue(e.column() > 0);
        assertOneLine(e);
        assertTrue(e.getMessage().startsWith(file + ":6:" + e.column() + ": "), e.getMessage());
    }

    @Test
    void unclosedBraceIsReportedAtTheOpenEntry() throws URISyntaxException {
        Path file = fixture("broken_unclosed.bib");
        BibException e = assertThrows(BibException.class, () -> Bibliography.load(file));
        assertEquals(6, e.line(), e.getMessage());
        assertOneLine(e);
    }

    @Test
    void undefinedMacroIsReportedWithItsLine() {
        BibException e = assertThrows(BibException.class,
                () -> Bibliography.parse("@misc{a,\n  title = {A},\n  howpublished = nowhere\n}\n"));
        assertEquals(3, e.line());
        assertTrue(e.reason().contains("nowhere"), e.reason());
        assertOneLine(e);
    }

    @Test
    void aControlCharacterBetweenEntriesIsStrayTextAWarningAtItsColumn() throws BibException {
        Bibliography bib = Bibliography.parseAll("@misc{a, title={A}}\n  \u0001 @misc{b, title={B}}\n", "<string>");
        assertEquals(java.util.List.of("a", "b"), java.util.List.copyOf(bib.keys()), "BibTeX ignores text between entries");
        assertEquals(1, bib.problems().size(), bib.problems()::toString);
        Bibliography.Problem p = bib.problems().get(0);
        assertEquals(2, p.line());
        assertEquals(3, p.column());
        assertFalse(p.error());
        assertTrue(p.message().startsWith("texto fuera de toda entrada"), p.message());
    }

    @Test
    void anUnreadableCharacterInsideAnEntryIsAnErrorAtItsLineAndColumn() {
        BibException e = assertThrows(BibException.class,
                () -> Bibliography.parse("@misc{a, title={A}}\n@misc{b,\n  title=\u0001{B}}\n"));
        assertEquals(3, e.line());
        assertEquals(9, e.column());
        assertTrue(e.getMessage().startsWith("<string>:3:9: carácter ilegible"), e.getMessage());
        assertOneLine(e);
    }

    @Test
    void duplicateKeyIsAnErrorAtTheSecondEntry() {
        BibException e = assertThrows(BibException.class,
                () -> Bibliography.parse("@misc{a, title={A}}\n\n@misc{a, title={B}}\n"));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("<string>:3:"), e.getMessage());
    }

    @Test
    void missingFileIsABibException() {
        BibException e = assertThrows(BibException.class, () -> Bibliography.load(Path.of("no/such.bib")));
        assertTrue(e.getMessage().startsWith("no/such.bib".replace('/', java.io.File.separatorChar)));
        assertOneLine(e);
    }

    private static void assertOneLine(BibException e) {
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(BibliographyTest.class.getResource(name).toURI());
    }
}
