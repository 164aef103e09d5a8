package estrado.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled DejaVu faces embedded (subset) in one PDF. Slides are laid out with exactly these
 * fonts, so the PDF shows the same glyphs at the same widths; DejaVu covers Spanish, Greek and the
 * maths symbols the deck uses.
 */
final class PdfFonts {
    /** A bundled face. */
    enum Face {
        SANS("DejaVuSans.ttf"), SANS_BOLD("DejaVuSans-Bold.ttf"), SANS_OBLIQUE("DejaVuSans-Oblique.ttf"),
        SANS_BOLD_OBLIQUE("DejaVuSans-BoldOblique.ttf"), MONO("DejaVuSansMono.ttf"), MONO_BOLD("DejaVuSansMono-Bold.ttf");

        final String file;

        Face(String file) {
            this.file = file;
        }
    }

    /**
     * The face a JavaFX font is drawn with; {@code slanted} when the slide asked for an oblique face
     * we do not bundle (mono italic), which is then sheared like a system would synthesise it.
     */
    record Choice(Face face, boolean slanted) { }

    private static final Map<Face, byte[]> BYTES = new EnumMap<>(Face.class);

    private final PDDocument doc;
    private final Map<Face, TrueTypeFont> parsed = new EnumMap<>(Face.class);
    private final Map<Face, PDType0Font> embedded = new EnumMap<>(Face.class);

    PdfFonts(PDDocument doc) {
        this.doc = doc;
    }

    static Choice choose(javafx.scene.text.Font font) {
        return choose(font.getFamily(), font.getName() + " " + font.getStyle());
    }

    static Choice choose(String family, String nameAndStyle) {
        String f = family.toLowerCase(Locale.ROOT);
        String s = nameAndStyle.toLowerCase(Locale.ROOT);
        boolean bold = s.contains("bold") || s.contains("black") || s.contains("heavy");
        boolean oblique = s.contains("oblique") || s.contains("italic");
        boolean mono = f.contains("mono") || f.contains("courier") || f.contains("consol");
        if (mono) {
            return new Choice(bold ? Face.MONO_BOLD : Face.MONO, oblique);
        }
        Face face = bold ? (oblique ? Face.SANS_BOLD_OBLIQUE : Face.SANS_BOLD) : (oblique ? Face.SANS_OBLIQUE : Face.SANS);
        return new Choice(face, false);
    }

    PDType0Font pdf(Face face) {
        return embedded.computeIfAbsent(face, f -> {
            try {
                return PDType0Font.load(doc, ttf(f), true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Whether {@code face} has a glyph for the code point (a missing one cannot be embedded). */
    boolean canShow(Face face, int codePoint) {
        try {
            return ttf(face).getUnicodeCmapLookup().getGlyphId(codePoint) != 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code s} with the characters the face lacks shown as "?", so a stray emoji never fails a page. */
    String printable(Face face, String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                b.append(' ');
            } else {
                b.appendCodePoint(canShow(face, cp) ? cp : '?');
            }
        });
        return b.toString();
    }

    /** Width of {@code text} in the face at {@code size}, in the same unit as the size. */
    float width(Face face, String text, float size) {
        try {
            return pdf(face).getStringWidth(text) / 1000f * size;
        } catch (IOException | IllegalArgumentException e) {
            return 0;
        }
    }

    private TrueTypeFont ttf(Face face) {
        return parsed.computeIfAbsent(face, f -> {
            try {
                return new TTFParser().parse(new RandomAccessReadBuffer(bytes(f)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static synchronized byte[] bytes(Face face) {
        return BYTES.computeIfAbsent(face, f -> {
            try (InputStream in = PdfFonts.class.getResourceAsStream("/estrado/render/fonts/" + f.file)) {
                if (in == null) {
                    throw new IOException("bundled font missing: " + f.file);
                }
                return withoutSubstitutions(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The font with its glyph substitution table (GSUB) renamed out of sight. PDFBox applies a font's
     * GSUB to every string it shows (ligatures such as "fi" → "ﬁ"), JavaFX does not for Latin text: with
     * it, the PDF drew glyphs the slide does not have, at widths the slide did not lay out, and
     * rebuilt a regular expression of the font's ligatures for every run of text. The glyphs stay; only
     * the table's tag in the font's directory changes, so PDFBox sees no substitutions (and the
     * subset it embeds never carried GSUB anyway).
     */
    static byte[] withoutSubstitutions(byte[] ttf) {
        if (ttf.length < 12) {
            return ttf;
        }
        int tables = ((ttf[4] & 0xFF) << 8) | (ttf[5] & 0xFF);
        for (int i = 0, at = 12; i < tables && at + 4 <= ttf.length; i++, at += 16) {
            if (ttf[at] == 'G' && ttf[at + 1] == 'S' && ttf[at + 2] == 'U' && ttf[at + 3] == 'B') {
                ttf[at] = 'g'; // "gSUB": a table no reader knows
            }
        }
        return ttf;
    }

    /** Releases the parsed fonts once the document is saved. */
    void close() {
        for (TrueTypeFont t : parsed.values()) {
            try {
                t.close();
            } catch (IOException e) {
                // nothing left to release
            }
        }
        parsed.clear();
        embedded.clear();
    }
}
