package estrado.deck;

import java.util.List;

/**
 * Where a slide's image may be placed beside the text or under the whole slide: one such image per slide, among
 * the top-level blocks of a slide whose body is a single column of blocks (a content or image slide). A full-bleed
 * image takes the slide alone: only the title goes over it.
 */
final class ImagePlacement {
    /** Layouts whose body is one column of blocks the renderer can set an image beside. */
    private static final List<Layout> BESIDE = List.of(Layout.CONTENT, Layout.IMAGE);

    private ImagePlacement() {
    }

    static void check(Layout layout, List<Block> blocks, List<Block> right, Problems problems) {
        Block.Image placed = null;
        for (Block b : DeckLoader.allBlocks(blocks, right)) {
            if (!(b instanceof Block.Image i) || i.side() == Block.Side.NONE) {
                continue;
            }
            if (!BESIDE.contains(layout)) {
                problems.error(i.location(), "image.sideLayout", i.side().yamlName(), layout.yamlName());
            } else if (!blocks.contains(i)) {
                problems.error(i.location(), "image.sideNested", i.side().yamlName());
            } else if (placed != null) {
                problems.error(i.location(), "image.sideTwice", placed.location().line());
            } else {
                placed = i;
            }
        }
        if (placed != null && placed.side() == Block.Side.FULL) {
            for (Block b : blocks) {
                if (b != placed) {
                    problems.error(b.location(), "image.fullAlone");
                }
            }
        }
    }
}
