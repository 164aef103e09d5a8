package estrado.render;

import estrado.bib.Citations;
import estrado.deck.Block;
import estrado.deck.DeckLoader;
import estrado.deck.Slide;
import estrado.deck.SlideText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The citation keys of a slide in reading order: its text's {@code \cite} markers, and the
 * sources of any diagram it draws. Marker [n] on the slide is the n-th key of this list, so the
 * foot, the markers and the presenter view always agree.
 */
public final class SlideCitations {
    private SlideCitations() {
    }

    public static List<String> keys(Slide slide) {
        Set<String> keys = new LinkedHashSet<>();
        keys.addAll(Citations.keys(slide.title()));
        keys.addAll(Citations.keys(slide.subtitle()));
        for (Block b : DeckLoader.allBlocks(slide.blocks(), slide.right())) {
            for (SlideText t : SlideText.of(b)) {
                keys.addAll(Citations.keys(t.text()));
            }
            if (b instanceof Block.Diagram d) {
                keys.addAll(d.kind().sources());
            }
        }
        return new ArrayList<>(keys);
    }

    /**
     * The first key of each work: two keys for one paper (cited for two of its figures) format to the same
     * reference, and are numbered and listed once.
     */
    static List<String> oneKeyPerWork(List<String> keys, References refs) {
        java.util.Map<String, String> byWork = new java.util.LinkedHashMap<>();
        keys.forEach(k -> byWork.putIfAbsent(refs.fullReference(k), k));
        return List.copyOf(byWork.values());
    }

    /** The sources of a diagram its caption does not already cite, for the marker under it. */
    static List<String> uncaptioned(Block.Diagram d) {
        Set<String> inCaption = Citations.keys(d.caption());
        return d.kind().sources().stream().filter(k -> !inCaption.contains(k)).toList();
    }
}
