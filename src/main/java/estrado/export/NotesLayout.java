package estrado.export;

import estrado.deck.Notes;
import estrado.render.Inline;
import estrado.render.TexText;
import java.util.ArrayList;
import java.util.List;

/**
 * Speaker notes broken into lines for a handout page: paragraphs kept, words wrapped to the width,
 * the inline marks of slide text (bold, italic, code) kept as faces.
 */
final class NotesLayout {
    /** A piece of one line: text in one face, starting at {@code x}. */
    record Piece(PdfFonts.Face face, String text, float x) { }

    /** One line; an empty one separates paragraphs. */
    record Line(List<Piece> pieces) { }

    private final PdfFonts fonts;
    private final float size;
    private final float width;

    NotesLayout(PdfFonts fonts, float size, float width) {
        this.fonts = fonts;
        this.size = size;
        this.width = width;
    }

    List<Line> lines(String notes) {
        List<Line> out = new ArrayList<>();
        for (List<String> paragraph : Notes.paragraphs(notes)) {
            if (!out.isEmpty()) {
                out.add(new Line(List.of()));
            }
            for (String line : paragraph) {
                Notes.Item item = Notes.item(line);
                if (item.isItem()) {
                    // a list item: its bullet or number, the text hanging beside it on every wrapped line
                    float indent = fonts.width(PdfFonts.Face.SANS, "\u2022  ", size);
                    wrap(item.text(), out, new Piece(PdfFonts.Face.SANS,
                            fonts.printable(PdfFonts.Face.SANS, item.marker()), 0), Math.max(indent,
                            fonts.width(PdfFonts.Face.SANS, item.marker() + " ", size)));
                } else {
                    wrap(line, out, null, 0);
                }
            }
        }
        return out;
    }

    private void wrap(String text, List<Line> out, Piece marker, float indent) {
        List<Piece> line = new ArrayList<>();
        if (marker != null) {
            line.add(marker);
        }
        float x = indent;
        for (Inline.Run run : Inline.parse(text)) {
            PdfFonts.Face face = face(run);
            // a formula's text is its Unicode form, so the handout's text layer never holds TeX
            String shown = run.kind() == Inline.Kind.CITE ? "[" + run.text() + "]"
                    : run.kind() == Inline.Kind.MATH ? TexText.toUnicode(run.text()) : run.text();
            for (String word : words(fonts.printable(face, shown.replaceAll("\\s", " ")))) {
                float w = fonts.width(face, word, size);
                if (x + w > width && x > indent && !word.isBlank()) {
                    out.add(new Line(line));
                    line = new ArrayList<>();
                    x = indent;
                    word = word.stripLeading();
                    w = fonts.width(face, word, size);
                }
                if (x == indent && word.isBlank()) {
                    continue;
                }
                while (x == indent && w > width - indent && word.length() > 1) {
                    // a URL or a long identifier wider than the page: break it where it reaches the edge
                    int cut = fitting(face, word, width - indent);
                    List<Piece> broken = new ArrayList<>(line); // the item's marker, if it is still waiting
                    broken.add(new Piece(face, word.substring(0, cut), indent));
                    out.add(new Line(broken));
                    line = new ArrayList<>();
                    word = word.substring(cut);
                    w = fonts.width(face, word, size);
                }
                line.add(new Piece(face, word, x));
                x += w;
            }
        }
        out.add(new Line(line));
    }

    private int fitting(PdfFonts.Face face, String word, float room) {
        int cut = 1;
        while (cut < word.length() && fonts.width(face, word.substring(0, cut + 1), size) <= room) {
            cut++;
        }
        if (Character.isHighSurrogate(word.charAt(cut - 1)) && cut < word.length()) {
            cut++;
        }
        return cut;
    }

    /** Words with the spaces before them, so a wrapped line never starts with a space. */
    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= s.length(); i++) {
            if (i == s.length() || (Character.isWhitespace(s.charAt(i)) && !Character.isWhitespace(s.charAt(i - 1)))) {
                out.add(s.substring(start, i));
                start = i;
            }
        }
        return out;
    }

    private static PdfFonts.Face face(Inline.Run run) {
        if (run.kind() == Inline.Kind.CODE) {
            return run.bold() ? PdfFonts.Face.MONO_BOLD : PdfFonts.Face.MONO;
        }
        boolean italic = run.italic() || run.kind() == Inline.Kind.MATH;
        if (run.bold()) {
            return italic ? PdfFonts.Face.SANS_BOLD_OBLIQUE : PdfFonts.Face.SANS_BOLD;
        }
        return italic ? PdfFonts.Face.SANS_OBLIQUE : PdfFonts.Face.SANS;
    }
}
