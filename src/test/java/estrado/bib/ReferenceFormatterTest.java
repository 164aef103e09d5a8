package estrado.bib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class ReferenceFormatterTest {

    static final String FIXTURES = """
            @misc{one,
              author = {Stoelinga, Sam},
              title = {Calculating {GPU} memory for serving {LLMs}},
              howpublished = {Substratus.AI blog},
              year = {2023},
              url = {https://www.substratus.ai/blog/calculating-gpu-memory-for-llm/}
            }
            @inproceedings{two,
              author = {Tim Dettmers and Luke Zettlemoyer},
              title = {The case for 4-bit precision: k-bit Inference Scaling Laws},
              booktitle = {ICML 2023},
              year = {2023},
              url = {https://arxiv.org/abs/2212.09720}
            }
            @inproceedings{four,
              author = {Dettmers, Tim and Pagnoni, Artidoro and Holtzman, Ari and Zettlemoyer, Luke},
              title = {{QLoRA}: Efficient Finetuning of Quantized {LLMs}},
              booktitle = {NeurIPS 2023},
              year = {2023},
              eprint = {2305.14314},
              archivePrefix = {arXiv},
              url = {https://arxiv.org/abs/2305.14314}
            }
            @inproceedings{others,
              author = {Brown, Tom B. and others},
              title = {Language Models are Few-Shot Learners},
              booktitle = {NeurIPS 2020},
              year = {2020},
              url = {https://arxiv.org/abs/2005.14165}
            }
            @misc{org,
              author = {{Meta}},
              title = {Llama 3.3 model card},
              howpublished = {GitHub},
              year = {2024},
              url = {https://github.com/meta-llama/llama-models}
            }
            @misc{orgs,
              author = {{Team OLMo} and {Allen Institute for AI}},
              title = {Efficient Memory Management for Large Language Model Serving with PagedAttention},
              doi = {10.1145/3600006.3613165}
            }
            @misc{arxivonly,
              author = {Cl{\\'e}mentine Fourrier},
              title = {Open-{LLM} performances are plateauing, let's make the leaderboard steep again!},
              year = {2024},
              eprint = {2405.21015},
              archivePrefix = {arXiv},
              url = {https://example.org}
            }
            """;

    final Bibliography bib = parse();
    final ReferenceFormatter es = new ReferenceFormatter(Locale.forLanguageTag("es"));
    final ReferenceFormatter en = ReferenceFormatter.forLanguage("en");

    private static Bibliography parse() {
        try {
            return Bibliography.parse(FIXTURES);
        } catch (BibException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private BibEntry e(String key) {
        return bib.entry(key).orElseThrow();
    }

    @Test
    void shortFormOneAuthor() {
        assertEquals("Stoelinga, 2023 — Calculating GPU memory for serving LLMs", es.shortForm(e("one")));
    }

    @Test
    void shortFormTwoAuthorsFollowsLanguage() {
        assertEquals("Dettmers y Zettlemoyer, 2023 — The case for 4-bit precision", es.shortForm(e("two")));
        assertEquals("Dettmers and Zettlemoyer, 2023 — The case for 4-bit precision", en.shortForm(e("two")));
    }

    @Test
    void shortFormThreeOrMoreAuthorsOrOthersIsEtAl() {
        assertEquals("Dettmers et al., 2023 — QLoRA", es.shortForm(e("four")));
        assertEquals("Brown et al., 2020 — Language Models are Few-Shot Learners", es.shortForm(e("others")));
    }

    @Test
    void shortFormOrganisationStaysWhole() {
        assertEquals("Meta, 2024 — Llama 3.3 model card", es.shortForm(e("org")));
        assertEquals("Team OLMo y Allen Institute for AI", es.shortAuthors(e("orgs")));
    }

    @Test
    void shortFormWithoutYearSaysSoInTheLanguage() {
        assertEquals("Team OLMo y Allen Institute for AI, s. f. — Efficient Memory Management for Large…",
                es.shortForm(e("orgs")));
        assertEquals("Team OLMo and Allen Institute for AI, n.d. — Efficient Memory Management for Large…",
                en.shortForm(e("orgs")));
    }

    @Test
    void shortTitleCutsAtColonOrWordBoundary() {
        assertEquals("QLoRA", ReferenceFormatter.shortTitle("QLoRA: Efficient Finetuning of Quantized LLMs"));
        assertEquals("Llama 3.3 model card", ReferenceFormatter.shortTitle("Llama 3.3 model card"));
        assertEquals("Open-LLM performances are plateauing…",
                ReferenceFormatter.shortTitle("Open-LLM performances are plateauing, let's make the leaderboard steep again!"));
        assertEquals("", ReferenceFormatter.shortTitle(""));
        String cut = ReferenceFormatter.shortTitle("Supercalifragilisticexpialidocious".repeat(3));
        assertEquals(ReferenceFormatter.SHORT_TITLE_MAX + 1, cut.length());
    }

    @Test
    void fullFormListsAuthorsYearTitleVenueAndUrl() {
        assertEquals("Tim Dettmers, Artidoro Pagnoni, Ari Holtzman y Luke Zettlemoyer (2023). "
                        + "QLoRA: Efficient Finetuning of Quantized LLMs. NeurIPS 2023. https://arxiv.org/abs/2305.14314",
                es.fullForm(e("four")));
        assertEquals("Tim Dettmers and Luke Zettlemoyer (2023). The case for 4-bit precision: k-bit Inference "
                + "Scaling Laws. ICML 2023. https://arxiv.org/abs/2212.09720", en.fullForm(e("two")));
        assertEquals("Tom B. Brown et al. (2020). Language Models are Few-Shot Learners. NeurIPS 2020. "
                + "https://arxiv.org/abs/2005.14165", es.fullForm(e("others")));
        assertEquals("Meta (2024). Llama 3.3 model card. GitHub. https://github.com/meta-llama/llama-models",
                es.fullForm(e("org")));
    }

    @Test
    void fullFormUsesDoiWhenThereIsNoUrlAndArxivAsVenue() {
        assertEquals("Team OLMo y Allen Institute for AI (s. f.). Efficient Memory Management for Large Language "
                + "Model Serving with PagedAttention. https://doi.org/10.1145/3600006.3613165", es.fullForm(e("orgs")));
        assertEquals("Clémentine Fourrier (2024). Open-LLM performances are plateauing, let’s make the leaderboard "
                + "steep again! arXiv:2405.21015. https://example.org", es.fullForm(e("arxivonly")));
    }

    @Test
    void everyRealEntryFormats() throws BibException {
        Bibliography real = Bibliography.load(BibliographyTest.REAL_BIB);
        for (BibEntry entry : real.entries()) {
            String shortForm = es.shortForm(entry);
            String fullForm = es.fullForm(entry);
            org.junit.jupiter.api.Assertions.assertTrue(shortForm.length() <= 90, shortForm);
            org.junit.jupiter.api.Assertions.assertTrue(fullForm.endsWith(entry.link().orElseThrow()), fullForm);
        }
        assertEquals("DeepSeek-AI, 2024 — DeepSeek-V3 Technical Report",
                es.shortForm(real.entry("deepseek_v3_technical").orElseThrow()));
        assertEquals("Meta, 2024 — Llama 3.3 model card", es.shortForm(real.entry("llama33_training").orElseThrow()));
        assertEquals("Dettmers et al., 2023 — QLoRA", es.shortForm(real.entry("dettmers2023qlora").orElseThrow()));
    }
}
