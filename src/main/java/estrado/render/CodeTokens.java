package estrado.render;

import estrado.deck.CodeLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.swing.text.Segment;
import org.fife.ui.rsyntaxtextarea.Token;
import org.fife.ui.rsyntaxtextarea.TokenMaker;
import org.fife.ui.rsyntaxtextarea.TokenTypes;
import org.fife.ui.rsyntaxtextarea.modes.CPlusPlusTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.CTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.DockerTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.JavaScriptTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.JavaTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.JsonTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.MarkdownTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.PythonTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.SQLTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.TypeScriptTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.UnixShellTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.XMLTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.YamlTokenMaker;

/**
 * Splits code into coloured runs with RSyntaxTextArea's lexers (decision 0014): only its scanners are used,
 * never its Swing editor. Each run has one of a few {@link Kind}s, which the theme colours.
 */
public final class CodeTokens {
    /** What a run of code is, as far as its colour goes; the CSS class is {@code code-<kind>}. */
    public enum Kind {
        PLAIN, KEYWORD, STRING, NUMBER, COMMENT, FUNCTION, TYPE, VARIABLE, KEY, OPERATOR, DECORATOR, TAG, ATTRIBUTE;

        public String styleClass() {
            return "code-" + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A run of one kind on one line. */
    public record Run(String text, Kind kind) { }

    private static final Map<CodeLanguage, Supplier<TokenMaker>> LEXERS = Map.ofEntries(
            Map.entry(CodeLanguage.PYTHON, PythonTokenMaker::new),
            Map.entry(CodeLanguage.BASH, UnixShellTokenMaker::new),
            Map.entry(CodeLanguage.YAML, YamlTokenMaker::new),
            Map.entry(CodeLanguage.JSON, JsonTokenMaker::new),
            Map.entry(CodeLanguage.JAVA, JavaTokenMaker::new),
            Map.entry(CodeLanguage.JAVASCRIPT, JavaScriptTokenMaker::new),
            Map.entry(CodeLanguage.TYPESCRIPT, TypeScriptTokenMaker::new),
            Map.entry(CodeLanguage.C, CTokenMaker::new),
            Map.entry(CodeLanguage.CPP, CPlusPlusTokenMaker::new),
            Map.entry(CodeLanguage.SQL, SQLTokenMaker::new),
            Map.entry(CodeLanguage.DOCKERFILE, DockerTokenMaker::new),
            Map.entry(CodeLanguage.MARKDOWN, MarkdownTokenMaker::new),
            Map.entry(CodeLanguage.XML, XMLTokenMaker::new));

    private CodeTokens() {
    }

    /**
     * The runs of each line of {@code lines}, in order; the lexer's state carries from one line to the next, so
     * a string or comment spanning lines stays coloured. Tabs are expanded to four spaces.
     */
    public static List<List<Run>> of(CodeLanguage language, List<String> lines) {
        Supplier<TokenMaker> lexer = LEXERS.get(language);
        List<List<Run>> out = new ArrayList<>();
        if (lexer == null) {
            for (String line : lines) {
                out.add(line.isEmpty() ? List.of() : List.of(new Run(untab(line), Kind.PLAIN)));
            }
            return out;
        }
        TokenMaker maker = lexer.get();
        int state = TokenTypes.NULL;
        for (String raw : lines) {
            String line = untab(raw);
            char[] chars = line.toCharArray();
            Segment segment = new Segment(chars, 0, chars.length);
            List<Run> tokens = new ArrayList<>();
            for (Token t = maker.getTokenList(segment, state, 0); t != null && t.isPaintable(); t = t.getNextToken()) {
                tokens.add(new Run(t.getLexeme(), kind(t.getType())));
            }
            if (language == CodeLanguage.YAML) {
                yaml(tokens);
            } else if (language == CodeLanguage.JSON) {
                tokens.replaceAll(r -> r.kind() == Kind.VARIABLE ? new Run(r.text(), Kind.KEY) : r);
            }
            List<Run> runs = new ArrayList<>();
            tokens.forEach(r -> append(runs, r.text(), r.kind()));
            out.add(runs);
            state = maker.getLastTokenTypeOnLine(new Segment(chars, 0, chars.length), state);
        }
        return out;
    }

    private static final java.util.regex.Pattern YAML_NUMBER =
            java.util.regex.Pattern.compile("[-+]?(\\d[\\d_]*(\\.\\d*)?([eE][-+]?\\d+)?|\\.\\d+([eE][-+]?\\d+)?|0x[0-9a-fA-F]+|\\.inf|\\.nan)");
    private static final java.util.Set<String> YAML_WORDS = java.util.Set.of("true", "false", "null", "~", "yes", "no",
            "True", "False", "Null", "TRUE", "FALSE", "NULL");

    /**
     * RSyntaxTextArea's YAML lexer knows comments, strings and punctuation only: the key before the first
     * {@code :} of a line becomes a {@link Kind#KEY}, and a plain value that is a number or a boolean/null
     * gets that kind, as the other languages' lexers give them.
     */
    private static void yaml(List<Run> tokens) {
        int i = 0;
        while (i < tokens.size() && (tokens.get(i).text().isBlank() || tokens.get(i).text().equals("-"))) {
            i++;
        }
        int colon = i + 1;
        if (colon >= tokens.size() || tokens.get(i).kind() != Kind.PLAIN || !tokens.get(colon).text().equals(":")) {
            value(tokens, i);
            return;
        }
        tokens.set(i, new Run(tokens.get(i).text(), Kind.KEY));
        value(tokens, colon + 1);
    }

    /** The plain tokens from {@code from} up to a comment, as one scalar: a number or a keyword, or left plain. */
    private static void value(List<Run> tokens, int from) {
        int end = from;
        StringBuilder text = new StringBuilder();
        while (end < tokens.size() && tokens.get(end).kind() != Kind.COMMENT) {
            text.append(tokens.get(end).text());
            end++;
        }
        String scalar = text.toString().strip();
        Kind kind = YAML_NUMBER.matcher(scalar).matches() ? Kind.NUMBER : YAML_WORDS.contains(scalar) ? Kind.KEYWORD : null;
        if (kind == null) {
            return;
        }
        for (int i = from; i < end; i++) {
            if (!tokens.get(i).text().isBlank()) {
                tokens.set(i, new Run(tokens.get(i).text(), kind));
            }
        }
    }

    /** Neighbouring runs of one kind become one (fewer nodes, and whitespace takes its neighbour's kind). */
    private static void append(List<Run> runs, String text, Kind kind) {
        if (text.isEmpty()) {
            return;
        }
        if (!runs.isEmpty()) {
            Run last = runs.get(runs.size() - 1);
            if (last.kind() == kind || text.isBlank()) {
                runs.set(runs.size() - 1, new Run(last.text() + text, last.kind()));
                return;
            }
        }
        runs.add(new Run(text, kind));
    }

    private static String untab(String line) {
        return line.replace("\t", "    ");
    }

    static Kind kind(int type) {
        switch (type) {
            case TokenTypes.RESERVED_WORD, TokenTypes.RESERVED_WORD_2, TokenTypes.LITERAL_BOOLEAN,
                    TokenTypes.PREPROCESSOR:
                return Kind.KEYWORD;
            case TokenTypes.LITERAL_STRING_DOUBLE_QUOTE, TokenTypes.LITERAL_CHAR, TokenTypes.LITERAL_BACKQUOTE,
                    TokenTypes.ERROR_STRING_DOUBLE, TokenTypes.ERROR_CHAR, TokenTypes.REGEX,
                    TokenTypes.MARKUP_TAG_ATTRIBUTE_VALUE, TokenTypes.MARKUP_CDATA:
                return Kind.STRING;
            case TokenTypes.LITERAL_NUMBER_DECIMAL_INT, TokenTypes.LITERAL_NUMBER_FLOAT,
                    TokenTypes.LITERAL_NUMBER_HEXADECIMAL, TokenTypes.ERROR_NUMBER_FORMAT:
                return Kind.NUMBER;
            case TokenTypes.COMMENT_EOL, TokenTypes.COMMENT_MULTILINE, TokenTypes.COMMENT_DOCUMENTATION,
                    TokenTypes.COMMENT_KEYWORD, TokenTypes.COMMENT_MARKUP, TokenTypes.MARKUP_COMMENT:
                return Kind.COMMENT;
            case TokenTypes.FUNCTION:
                return Kind.FUNCTION;
            case TokenTypes.DATA_TYPE:
                return Kind.TYPE;
            case TokenTypes.VARIABLE:
                return Kind.VARIABLE;
            case TokenTypes.OPERATOR:
                return Kind.OPERATOR;
            case TokenTypes.ANNOTATION:
                return Kind.DECORATOR;
            case TokenTypes.MARKUP_TAG_NAME, TokenTypes.MARKUP_TAG_DELIMITER, TokenTypes.MARKUP_DTD,
                    TokenTypes.MARKUP_PROCESSING_INSTRUCTION, TokenTypes.MARKUP_CDATA_DELIMITER,
                    TokenTypes.MARKUP_ENTITY_REFERENCE:
                return Kind.TAG;
            case TokenTypes.MARKUP_TAG_ATTRIBUTE:
                return Kind.ATTRIBUTE;
            default:
                return Kind.PLAIN;
        }
    }
}
