package estrado.bib;

import java.util.ArrayList;
import java.util.List;

/** Splits a BibTeX author field into names: "Last, First", "First von Last" and "{Organisation}". */
record AuthorList(List<Author> authors, boolean more) {

    AuthorList {
        authors = List.copyOf(authors);
    }

    static AuthorList parse(String field) {
        if (field == null || field.isBlank()) {
            return new AuthorList(List.of(), false);
        }
        List<Author> authors = new ArrayList<>();
        boolean more = false;
        for (String name : splitOnAnd(field.strip())) {
            String n = name.strip();
            if (n.isEmpty()) {
                continue;
            }
            if (n.equalsIgnoreCase("others")) {
                more = true;
            } else {
                authors.add(parseName(n));
            }
        }
        return new AuthorList(authors, more);
    }

    private static Author parseName(String name) {
        if (isWhollyBraced(name)) {
            // BibTeX keeps a braced name as one unit: an organisation such as {Meta} or {Team OLMo}
            return Author.organisation(LatexText.toUnicode(name.substring(1, name.length() - 1)));
        }
        List<String> parts = splitTopLevel(name, ',');
        if (parts.size() >= 2) {
            String family = parts.get(0).strip();
            String given = parts.get(parts.size() - 1).strip();
            if (parts.size() == 3) {
                family = family + ", " + parts.get(1).strip(); // "von Last, Jr, First"
            }
            return Author.person(LatexText.toUnicode(given), LatexText.toUnicode(family));
        }
        List<String> words = splitWords(name);
        if (words.size() == 1) {
            return Author.person("", LatexText.toUnicode(words.get(0)));
        }
        int familyStart = words.size() - 1;
        for (int i = 1; i < words.size() - 1; i++) {
            if (startsLowerCase(words.get(i))) { // "von", "van der", "de la" belong to the family name
                familyStart = i;
                break;
            }
        }
        String given = String.join(" ", words.subList(0, familyStart));
        String family = String.join(" ", words.subList(familyStart, words.size()));
        return Author.person(LatexText.toUnicode(given), LatexText.toUnicode(family));
    }

    private static boolean startsLowerCase(String word) {
        for (char c : word.toCharArray()) {
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c);
            }
            if (c != '{' && c != '\\') {
                return false;
            }
        }
        return false;
    }

    private static boolean isWhollyBraced(String s) {
        if (!s.startsWith("{") || !s.endsWith("}")) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0 && i < s.length() - 1) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<String> splitOnAnd(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (depth == 0 && Character.isWhitespace(c) && s.regionMatches(true, i + 1, "and", 0, 3)
                    && i + 4 < s.length() && Character.isWhitespace(s.charAt(i + 4))) {
                out.add(s.substring(start, i));
                start = i + 5;
                i += 4;
            }
        }
        out.add(s.substring(start));
        return out;
    }

    private static List<String> splitTopLevel(String s, char separator) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == separator && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }

    private static List<String> splitWords(String s) {
        List<String> out = new ArrayList<>();
        for (String w : splitTopLevel(s.replaceAll("\\s+", " ").strip(), ' ')) {
            if (!w.isBlank()) {
                out.add(w);
            }
        }
        return out;
    }
}
