package estrado.export;

import estrado.deck.Slide;
import estrado.render.SlideContext;
import java.util.ArrayList;
import java.util.List;

/**
 * One page (or picture) of an export: a slide at one reveal step.
 *
 * @param index the slide's position in the deck, from 0
 */
public record ExportPage(Slide slide, int index, int step) {

    /** Which steps of a slide an export shows. */
    public enum Steps {
        /** The slide complete, as the audience last saw it. */
        FINAL,
        /** One page per step, like Beamer's overlays. */
        ALL;

        /** {@code final} or {@code all}, as written on the command line. */
        public static Steps parse(String s) {
            if ("final".equals(s)) {
                return FINAL;
            }
            if ("all".equals(s)) {
                return ALL;
            }
            throw new IllegalArgumentException(s);
        }
    }

    public static List<ExportPage> of(SlideContext context, Steps steps) {
        List<ExportPage> pages = new ArrayList<>();
        List<Slide> slides = context.slides();
        for (int i = 0; i < slides.size(); i++) {
            Slide s = slides.get(i);
            int first = steps == Steps.ALL ? 0 : s.steps() - 1;
            for (int step = first; step < s.steps(); step++) {
                pages.add(new ExportPage(s, i, step));
            }
        }
        return pages;
    }

    public boolean lastStep() {
        return step == slide.steps() - 1;
    }

    /** {@code 003-costos.png}, or {@code 003-costos-2.png} for the second of several steps. */
    public String pngName(Steps steps) {
        String suffix = steps == Steps.ALL && slide.steps() > 1 ? "-" + (step + 1) : "";
        // an id is whatever the YAML says: never let it name a folder or climb out of the target one
        String safe = slide.id().replaceAll("[^\\p{L}\\p{N}._-]", "_").replaceAll("^\\.+", "_");
        return String.format("%03d-%s%s.png", index + 1, safe, suffix);
    }
}
