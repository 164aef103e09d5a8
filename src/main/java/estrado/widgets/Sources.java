package estrado.widgets;

/** Bibliography keys several widgets cite, spelled once so a declaration and its marker cannot drift apart. */
public final class Sources {
    public static final String MEMORY = "stoelinga2023gpumem";
    public static final String ZERO = "rajbhandari2020zero";
    public static final String QLORA = "dettmers2023qlora";
    public static final String LLM_INT8 = "dettmers2022llmint8";
    public static final String LORA = "hu2021lora";
    public static final String OLMO3 = "olmo3_report";

    private Sources() {
    }
}
