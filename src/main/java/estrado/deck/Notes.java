package estrado.deck;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Speaker notes as the lecturer meant them, read the way Markdown reads text: lines typed next to each other
 * are one paragraph (a YAML block wraps them at the editor's width, not where the thought ends), a blank line
 * starts a new paragraph, and a line that starts a list item ({@code -}, {@code *}, {@code •}, {@code 1.},
 * {@code 1)}) keeps its own line.
 */
public final class Notes {
    private static final Pattern ITEM = Pattern.compile("^([-*•]|\\d{1,3}[.)])\\s.*");
    private static final Pattern BLANK_LINE = Pattern.compile("\\R[ \\t]*\\R\\s*");

    private Notes() {
    }

    /**
     * The notes as paragraphs, each a list of lines: one line for running text, one per item for a list.
     * Empty for no notes.
     */
    public static List<List<String>> paragraphs(String notes) {
        List<List<String>> out = new ArrayList<>();
        if (notes == null || notes.isBlank()) {
            return out;
        }
        for (String paragraph : BLANK_LINE.split(notes.strip())) {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String typed : paragraph.split("\\R")) {
                String t = typed.strip();
                if (t.isEmpty()) {
                    continue;
                }
                if (line.length() > 0 && ITEM.matcher(t).matches()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(t);
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
            if (!lines.isEmpty()) {
                out.add(lines);
            }
        }
        return out;
    }

    /** A line of notes seen as a list item: its marker as shown ("•" or "1.") and its text; a text line has none. */
    public record Item(String marker, String text) {
        public boolean isItem() {
            return marker != null;
        }
    }

    /** "- las activaciones" → (•, las activaciones); "2) luego" → (2., luego); any other line → (null, line). */
    public static Item item(String line) {
        if (!ITEM.matcher(line).matches()) {
            return new Item(null, line);
        }
        int space = line.indexOf(' ');
        String mark = line.substring(0, space);
        String shown = Character.isDigit(mark.charAt(0)) ? mark.substring(0, mark.length() - 1) + "." : "•";
        return new Item(shown, line.substring(space + 1).strip());
    }

    /** The notes reflowed as text: paragraphs apart by a blank line, list items on lines of their own. */
    public static String reflow(String notes) {
        List<String> paragraphs = new ArrayList<>();
        for (List<String> p : paragraphs(notes)) {
            paragraphs.add(String.join("\n", p));
        }
        return String.join("\n\n", paragraphs);
    }
}
