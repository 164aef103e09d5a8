package estrado.render;

import estrado.deck.Deck;
import estrado.deck.Section;
import estrado.deck.Slide;
import estrado.widgets.WidgetStates;
import java.util.List;

/** Everything a slide needs to draw itself besides its own content. */
public record SlideContext(Deck deck, References references, ImageCache images, WidgetViews widgets) {

    /** The same context with widget views bound to a talk's shared widget state (see {@link WidgetViews#boundTo}). */
    public SlideContext withWidgetStates(WidgetStates states) {
        return new SlideContext(deck, references, images, widgets.boundTo(states, deck));
    }

    /** The same context with the deck on another bundled theme (the presenter's light/dark switch). */
    public SlideContext withBaseTheme(estrado.deck.BundledTheme base) {
        return new SlideContext(deck.withBaseTheme(base), references, images, widgets);
    }

    public List<Slide> slides() {
        return deck.slides();
    }

    public int indexOf(Slide slide) {
        return slides().indexOf(slide);
    }

    public Section sectionOf(Slide slide) {
        return deck.sectionOf(slide);
    }

    public int sectionNumber(Section s) {
        return deck.sections().indexOf(s) + 1;
    }

    /**
     * The keys a slide cites, in the order of its markers: [1] is the first. Of two keys for the same work only
     * the first is listed, as the markers and the foot give them one number.
     */
    public List<String> citedKeys(Slide slide) {
        return SlideCitations.oneKeyPerWork(SlideCitations.keys(slide), references());
    }
}
