package estrado.widgets;

/** Bibliography keys several widgets cite, spelled once so a declaration and its marker cannot drift apart. */
final class Sources {
    static final String MEMORY = "stoelinga2023gpumem";
    static final String ZERO = "rajbhandari2020zero";
    static final String QLORA = "dettmers2023qlora";
    static final String LLM_INT8 = "dettmers2022llmint8";
    static final String LORA = "hu2021lora";
    static final String OLMO3 = "olmo3_report";

    private Sources() {
    }
}
