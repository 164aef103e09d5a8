package estrado.deck;

import java.util.ArrayList;
import java.util.List;

/**
 * One piece of text a slide shows, with the place to start looking for it in its file: the YAML
 * scalar itself for paragraphs and list items, the block's key for text inside tables, callouts…
 * {@link TextLocator} turns an offset in {@code text} into an exact file:line:column.
 */
public record SlideText(String text, Location anchor) {

    /** Title, subtitle and every block's text, in reading order (columns included). */
    public static List<SlideText> of(Slide slide) {
        List<SlideText> out = new ArrayList<>();
        add(out, slide.title(), slide.location());
        add(out, slide.subtitle(), slide.location());
        for (Block b : DeckLoader.allBlocks(slide.blocks(), slide.right())) {
            out.addAll(of(b));
        }
        return out;
    }

    /** The texts of one block (not of blocks nested in its columns). */
    public static List<SlideText> of(Block b) {
        List<SlideText> out = new ArrayList<>();
        if (b instanceof Block.ListBlock l) {
            items(l.items(), out);
        } else {
            for (String t : DeckChecks.texts(b)) {
                add(out, t, b.location());
            }
        }
        return out;
    }

    private static void items(List<Block.ListItem> items, List<SlideText> out) {
        for (Block.ListItem i : items) {
            add(out, i.text(), i.location());
            items(i.children(), out);
        }
    }

    private static void add(List<SlideText> out, String text, Location at) {
        if (text != null && !text.isBlank()) {
            out.add(new SlideText(text, at));
        }
    }
}
