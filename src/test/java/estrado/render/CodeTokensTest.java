package estrado.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import estrado.deck.CodeLanguage;
import estrado.render.CodeTokens.Kind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each language's code comes out in runs of the kinds the theme colours. */
class CodeTokensTest {

    /** The runs of the code, blanks left out, as "text=KIND". */
    private static List<String> runs(CodeLanguage language, String... lines) {
        List<String> out = new ArrayList<>();
        for (List<CodeTokens.Run> line : CodeTokens.of(language, List.of(lines))) {
            for (CodeTokens.Run r : line) {
                if (!r.text().isBlank()) {
                    out.add(r.text().strip() + "=" + r.kind());
                }
            }
        }
        return out;
    }

    @Test
    void python() {
        assertEquals(List.of("import=KEYWORD", "torch=PLAIN",
                        "x=PLAIN", "==OPERATOR", "f(=PLAIN", "'nf4'=STRING", ",=OPERATOR", "16=NUMBER", ")=PLAIN",
                        "# comentario=COMMENT"),
                runs(CodeLanguage.PYTHON, "import torch", "x = f('nf4', 16)", "# comentario"));
    }

    @Test
    void pythonStringsAndDocstringsSpanLines() {
        assertEquals(List.of("def=KEYWORD", "f(x=PLAIN", ":=OPERATOR", "int=TYPE", ")=PLAIN", ":=OPERATOR",
                        "\"\"\"Una=STRING", "línea más\"\"\"=STRING", "return=KEYWORD", "x=PLAIN"),
                runs(CodeLanguage.PYTHON, "def f(x: int):", "    \"\"\"Una", "    línea más\"\"\"", "    return x"));
    }

    @Test
    void bash() {
        assertEquals(List.of("export=FUNCTION", "HF_HOME=VARIABLE", "==OPERATOR", "/data=PLAIN",
                        "pip=PLAIN", "install=FUNCTION", "-U=PLAIN", "\"peft>=0.13\"=STRING", "$HF_HOME=VARIABLE",
                        "# fin=COMMENT"),
                runs(CodeLanguage.BASH, "export HF_HOME=/data", "pip install -U \"peft>=0.13\" $HF_HOME # fin"));
    }

    @Test
    void yamlKeysNumbersBooleansStringsAndComments() {
        assertEquals(List.of("# axolotl=COMMENT",
                        "base_model=KEY", ":=OPERATOR", "\"llama\"=STRING",
                        "lora_r=KEY", ":=OPERATOR", "16=NUMBER",
                        "learning_rate=KEY", ":=OPERATOR", "2e-4=NUMBER",
                        "load_in_4bit=KEY", ":=OPERATOR", "true=KEYWORD",
                        "adapter=KEY", ":=OPERATOR", "qlora=PLAIN"),
                runs(CodeLanguage.YAML, "# axolotl", "base_model: \"llama\"", "lora_r: 16", "learning_rate: 2e-4",
                        "load_in_4bit: true", "adapter: qlora"));
    }

    @Test
    void json() {
        assertEquals(List.of("{=PLAIN", "\"r\"=KEY", ":=PLAIN", "16=NUMBER", ",=PLAIN", "\"bias\"=KEY", ":=PLAIN",
                        "\"none\"=STRING", ",=PLAIN", "\"ok\"=KEY", ":=PLAIN", "true=KEYWORD", "}=PLAIN"),
                runs(CodeLanguage.JSON, "{\"r\": 16, \"bias\": \"none\", \"ok\": true}"));
    }

    @Test
    void plainTextIsOneRunPerLineAndTabsBecomeFourSpaces() {
        List<List<CodeTokens.Run>> lines = CodeTokens.of(CodeLanguage.PLAIN, List.of("\tsangría", "", "x = 1"));
        assertEquals(List.of(new CodeTokens.Run("    sangría", Kind.PLAIN)), lines.get(0));
        assertEquals(List.of(), lines.get(1));
        assertEquals(List.of(new CodeTokens.Run("x = 1", Kind.PLAIN)), lines.get(2));
    }

    @Test
    void everyLanguageKeepsEveryCharacterOfTheCode() {
        List<String> code = List.of("a = [1, 2] # x", "  'b': \"c\"", "<tag attr=\"v\">", "$X && y || z");
        for (CodeLanguage language : CodeLanguage.values()) {
            List<List<CodeTokens.Run>> lines = CodeTokens.of(language, code);
            for (int i = 0; i < code.size(); i++) {
                StringBuilder joined = new StringBuilder();
                lines.get(i).forEach(r -> joined.append(r.text()));
                assertEquals(code.get(i), joined.toString(), language + " line " + (i + 1));
            }
        }
    }
}
