package estrado.deck;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages a code block can be coloured for. Each has the names a deck may write (a Markdown fence's
 * info string uses the same ones); the renderer maps each to its lexer.
 */
public enum CodeLanguage {
    PLAIN("text", "plain", "txt", "none"),
    PYTHON("python", "py", "python3"),
    BASH("bash", "sh", "shell", "zsh", "console"),
    YAML("yaml", "yml"),
    JSON("json", "jsonc"),
    JAVA("java"),
    JAVASCRIPT("javascript", "js"),
    TYPESCRIPT("typescript", "ts"),
    C("c", "h"),
    CPP("cpp", "c++", "cuda", "cu"),
    SQL("sql"),
    DOCKERFILE("dockerfile", "docker"),
    MARKDOWN("markdown", "md"),
    XML("xml", "html");

    private final List<String> names;

    CodeLanguage(String... names) {
        this.names = List.of(names);
    }

    /** The name a deck writes first (the one listed in messages and docs). */
    public String yamlName() {
        return names.get(0);
    }

    /** The language a name refers to, ignoring case; empty for an unknown name. */
    public static Optional<CodeLanguage> parse(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.isEmpty()) {
            return Optional.of(PLAIN);
        }
        return Arrays.stream(values()).filter(l -> l.names.contains(n)).findFirst();
    }

    /** The main name of every language, for "did you mean" and the docs. */
    public static List<String> names() {
        return Arrays.stream(values()).map(CodeLanguage::yamlName).toList();
    }
}
