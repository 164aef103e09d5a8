package estrado.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Breaks deck files the ways people (and attackers) do: damaged bytes, YAML structure pulled apart,
 * values of the wrong type, references to things that are not there or not allowed. Deterministic
 * for a given Random, so a failure can be replayed from its seed.
 */
final class DeckMutator {
    /** Snippets that exercise the YAML parser's corners and the loader's limits. */
    private static final String[] SNIPPETS = {
        "&a [1, 2]", "*a", "- *a", "<<: *a", "? [a, b]\n: c", "!!binary aGVsbG8=", "!!java.net.URL 'http://127.0.0.1:9/'",
        "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ['http://127.0.0.1:9/']]]]",
        "---", "...", "{", "[", "]", "}", "key: value", "- - - - x", "'sin cerrar", "\"\\u00\"", "\"\\x\"", ": :", "\t- tab",
        "%YAML 1.1", "%TAG ! tag:x,2000:", "!!set {a, b}", "!!omap [a: 1]", "1e999999", ".nan", "-.inf", "0x7fffffffffffffff",
        "~", "null", "true", "2024-01-01", "'" + "x".repeat(5000) + "'", "|\n  bloque\n   raro", ">-", "- 'texto \\cite{'",
        "- '$$$ *** ``` \\cite{}'", "- '\\cite{,}'", "- widget: {type: null}", "- image: {src: [1]}", "- table: {rows: [[]]}",
        "- columns: [[], [], [], [], []]", "- bullets: [[[[[x]]]]]", "- pause", "- pause\n- pause", "- callout: {kind: []}",
        "- formula: {tex: '\\frac{'}", "- quote: {}", "- placeholder: {height: -1}", "- image: {height: 1e308}",
        "layout: two-columns", "layout: widget", "steps: true", "counted: maybe", "budget: -5", "budget: 1e12",
        "id: ''", "id: [a]", "title: {a: b}", "notes: !!str 12", "\u0000", "\uFEFF", "\u202E", "😀", "\r\n\r\n",
    };
    private static final String[] VALUES = {
        "[1, 2]", "{a: b}", "123", "-1", "0", "1e308", "true", "null", "''", "'" + "y".repeat(2000) + "'", ".inf",
        "[]", "{}", "&x 1", "*nada", "!!int 'x'", "\"\\t\"",
    };
    private static final String[] REFERENCES = {
        "no-existe.yaml", "../fuera.yaml", "/etc/passwd", "deck.yaml", "01_intro_motivacional.yaml",
        "assets/nada.png", "../../etc/passwd", "http://127.0.0.1:9/x.png", "file:///etc/passwd", "slides/theme.css",
        "bib/referencias_entrenamiento.bib", "C:\\\\Windows\\\\x.png", "assets/../../x", "", "'  '", "[]",
    };

    private final Random random;

    DeckMutator(Random random) {
        this.random = random;
    }

    /** One to three mutations of one kind or another; {@code log} records what was done. */
    byte[] mutate(byte[] original, List<String> log) {
        byte[] b = original;
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            switch (random.nextInt(4)) {
                case 0 -> b = bytes(b, log);
                case 1 -> b = structure(b, log);
                case 2 -> b = types(b, log);
                default -> b = references(b, log);
            }
        }
        return b;
    }

    private byte[] bytes(byte[] b, List<String> log) {
        if (b.length == 0) {
            return new byte[] {(byte) random.nextInt(256)};
        }
        int at = random.nextInt(b.length);
        switch (random.nextInt(6)) {
            case 0 -> {
                byte[] c = b.clone();
                c[at] ^= (byte) (1 << random.nextInt(8));
                log.add("flip bit at " + at);
                return c;
            }
            case 1 -> {
                byte[] ins = {(byte) random.nextInt(256)};
                if (random.nextBoolean()) {
                    ins = new byte[][] {{0}, {(byte) 0xC3}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xE2, (byte) 0x80}, {'\r'}, {'\t'}}[random.nextInt(6)];
                }
                log.add("insert bytes " + Arrays.toString(ins) + " at " + at);
                return splice(b, at, at, ins);
            }
            case 2 -> {
                int end = Math.min(b.length, at + 1 + random.nextInt(200));
                log.add("delete bytes " + at + ".." + end);
                return splice(b, at, end, new byte[0]);
            }
            case 3 -> {
                int end = Math.min(b.length, at + 1 + random.nextInt(200));
                log.add("duplicate bytes " + at + ".." + end);
                return splice(b, end, end, Arrays.copyOfRange(b, at, end));
            }
            case 4 -> {
                log.add("truncate at " + at);
                return Arrays.copyOf(b, at);
            }
            default -> {
                log.add("CRLF line ends");
                return new String(b, StandardCharsets.UTF_8).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    private byte[] structure(byte[] b, List<String> log) {
        List<String> lines = lines(b);
        int i = random.nextInt(lines.size());
        switch (random.nextInt(6)) {
            case 0 -> {
                log.add("delete line " + (i + 1));
                lines.remove(i);
            }
            case 1 -> {
                log.add("duplicate line " + (i + 1));
                lines.add(i, lines.get(i));
            }
            case 2 -> {
                int j = Math.min(lines.size() - 1, i + 1);
                log.add("swap lines " + (i + 1) + " and " + (j + 1));
                String t = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, t);
            }
            case 3 -> {
                String pad = " ".repeat(1 + random.nextInt(4));
                log.add("indent line " + (i + 1) + " by " + pad.length());
                lines.set(i, pad + lines.get(i));
            }
            case 4 -> {
                log.add("dedent line " + (i + 1));
                lines.set(i, lines.get(i).stripLeading());
            }
            default -> {
                String s = SNIPPETS[random.nextInt(SNIPPETS.length)];
                String indent = lines.get(i).substring(0, lines.get(i).length() - lines.get(i).stripLeading().length());
                if (random.nextInt(10) == 0) {
                    s = "[".repeat(60) + "x" + "]".repeat(60); // nesting past the limit
                }
                log.add("insert snippet at line " + (i + 1) + ": " + abbreviate(s));
                lines.add(i, indent + s);
            }
        }
        return join(lines);
    }

    private byte[] types(byte[] b, List<String> log) {
        List<String> lines = lines(b);
        List<Integer> keyed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("\\s*-?\\s*[A-Za-z_]+:\\s*\\S.*")) {
                keyed.add(i);
            }
        }
        if (keyed.isEmpty()) {
            return structure(b, log);
        }
        int i = keyed.get(random.nextInt(keyed.size()));
        String line = lines.get(i);
        int colon = line.indexOf(':');
        String v = VALUES[random.nextInt(VALUES.length)];
        log.add("line " + (i + 1) + " value -> " + abbreviate(v));
        lines.set(i, line.substring(0, colon + 1) + " " + v);
        return join(lines);
    }

    private byte[] references(byte[] b, List<String> log) {
        List<String> lines = lines(b);
        List<Integer> refs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.matches("\\s*-\\s+\\S+\\.yaml\\s*") || l.contains("image") || l.contains("theme:") || l.contains("bibliography:")
                    || l.contains("\\cite{") || l.contains("widget") || l.contains("- id:") || l.contains("layout:")) {
                refs.add(i);
            }
        }
        if (refs.isEmpty()) {
            return types(b, log);
        }
        int i = refs.get(random.nextInt(refs.size()));
        String line = lines.get(i);
        String ref = REFERENCES[random.nextInt(REFERENCES.length)];
        String changed;
        if (line.contains("\\cite{")) {
            changed = line.replaceFirst("\\\\cite\\{[^}]*\\}", random.nextBoolean() ? "\\\\cite{no_existe}" : "\\\\cite{");
        } else if (line.contains("- id:")) {
            changed = line.replaceFirst("- id:.*", "- id: portada"); // a duplicate of the first slide's id
        } else if (line.contains(":")) {
            changed = line.substring(0, line.indexOf(':') + 1) + " " + ref;
        } else {
            changed = line.substring(0, line.indexOf('-') + 1) + " " + ref;
        }
        log.add("line " + (i + 1) + " reference -> " + abbreviate(changed.strip()));
        lines.set(i, changed);
        return join(lines);
    }

    private static List<String> lines(byte[] b) {
        return new ArrayList<>(Arrays.asList(new String(b, StandardCharsets.UTF_8).split("\n", -1)));
    }

    private static byte[] join(List<String> lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
        byte[] out = new byte[b.length - (to - from) + insert.length];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(b, to, out, from + insert.length, b.length - to);
        return out;
    }

    private static String abbreviate(String s) {
        String one = s.replace("\n", "\\n");
        return one.length() > 60 ? one.substring(0, 57) + "…" : one;
    }
}
