package estrado.present.talk;

import estrado.render.Inline;

/** Deck text for the presenter's one-line labels (next slide, go-to, overview): never raw markup. */
public final class PlainText {
    private PlainText() {
    }

    /** "Calcúlalo tú: vram.asmirnov.xyz \cite{x}" → "Calcúlalo tú: vram.asmirnov.xyz"; $b^{9}$ → b⁹. */
    public static String of(String deckText) {
        return deckText == null ? "" : Inline.unicode(deckText);
    }
}
