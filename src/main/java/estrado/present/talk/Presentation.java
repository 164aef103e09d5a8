package estrado.present.talk;

import estrado.deck.Slide;
import estrado.present.ink.Ink;
import estrado.present.ink.Page;
import estrado.present.zoom.Zoom;
import estrado.render.SlideContext;
import estrado.widgets.WidgetStates;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The one observable state of a talk: which deck, where in it, and whether the projector is
 * blanked, where the lecturer points. Every window is a view of this; none keeps its own copy.
 */
public final class Presentation {
    /** What the projector shows instead of the slide, if anything. */
    public enum Blank { NONE, BLACK, WHITE }

    private final ReadOnlyObjectWrapper<SlideContext> deck = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Position> position = new ReadOnlyObjectWrapper<>(Position.START);
    private final ObjectProperty<Blank> blank = new SimpleObjectProperty<>(Blank.NONE);
    private final WidgetStates widgetStates = new WidgetStates();
    private final Pointer pointer = new Pointer();
    private final Ink ink = new Ink();
    private final Zoom zoom = new Zoom();
    private Navigation navigation;

    public Presentation(SlideContext context) {
        setDeck(context);
        // a zoom is into one slide: the next one starts whole (a step of the same slide keeps it)
        position.addListener((o, a, b) -> {
            if (a.slide() != b.slide()) {
                zoom.off();
            }
        });
    }

    /**
     * Swaps in a (re)loaded deck, keeping the place in the talk: the same slide by id wherever it
     * moved (slides inserted or removed before it), at the same step if it still has it; by index
     * only when the slide itself is gone.
     */
    public void setDeck(SlideContext context) {
        if (slideTheme != null) {
            context = context.withBaseTheme(slideTheme); // the lecturer's switch outlives a reload of the files
        }
        List<Slide> slides = context.slides();
        navigation = new Navigation(slides.stream().map(Slide::steps).toList());
        Position at = position.get();
        if (deck.get() != null) {
            String id = currentSlide().id();
            for (int i = 0; i < slides.size(); i++) {
                if (slides.get(i).id().equals(id)) {
                    at = new Position(i, at.step());
                    break;
                }
            }
        }
        // every renderer built from deckProperty() then binds its widgets to widgetStates
        deck.set(context.withWidgetStates(widgetStates));
        position.set(navigation.clamp(at));
    }

    /** The slide theme the lecturer switched to in this run; null while it is the deck's own. */
    private estrado.deck.BundledTheme slideTheme;

    /**
     * Light slides become dark and back, on every window at once: the deck is swapped in again on the other
     * bundled base, so the slide, step, widget values and ink stay (as on a reload). For this run only.
     */
    public void toggleSlideTheme() {
        slideTheme = deck.get().deck().baseTheme().flipped();
        setDeck(deck.get());
    }

    public ReadOnlyObjectProperty<SlideContext> deckProperty() {
        return deck.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Position> positionProperty() {
        return position.getReadOnlyProperty();
    }

    public ObjectProperty<Blank> blankProperty() {
        return blank;
    }

    /** Live widget values of the talk (sliders, toggles), shared by every window. */
    public WidgetStates widgetStates() {
        return widgetStates;
    }

    /** The laser pointer and the spotlight, shared by every window (never part of an export). */
    public Pointer pointer() {
        return pointer;
    }

    /** The pen and the highlighter, and the ink on every slide (never part of an export of the deck itself). */
    public Ink ink() {
        return ink;
    }

    /** The part of the slide the projector magnifies, if any. */
    public Zoom zoom() {
        return zoom;
    }

    /** Where ink drawn now goes: the current slide (by id) at the current step. */
    public Page inkPage() {
        return new Page(currentSlide().id(), position.get().step());
    }

    /**
     * Esc on a window, one thing at a time: puts out the spotlight, else stops picking a zoom, else puts the pen
     * down, else returns from the zoom; false when none of them was on (then Esc means what it meant before).
     */
    public boolean escape() {
        return pointer.spotlightOff() || zoom.disarm() || ink.putDown() || zoom.off();
    }

    public Position position() {
        return position.get();
    }

    public Slide currentSlide() {
        // clamped: while a new deck is swapped in, views may ask between the deck and the position update
        List<Slide> slides = deck.get().slides();
        return slides.get(Math.min(position.get().slide(), slides.size() - 1));
    }

    public int slideCount() {
        return navigation.slideCount();
    }

    /** Where "next" would go from here, without going there (views prepare it ahead of time). */
    public Position peekNext() {
        return navigation.next(position.get());
    }

    public void next() {
        position.set(navigation.next(position.get()));
    }

    public void previous() {
        position.set(navigation.previous(position.get()));
    }

    public void first() {
        position.set(navigation.first());
    }

    public void last() {
        position.set(navigation.last());
    }

    public void goTo(int number) {
        position.set(navigation.goTo(number));
    }

    /** A given slide and step (clamped to the deck), e.g. to resume a talk where it stopped. */
    public void goTo(Position p) {
        position.set(navigation.clamp(p));
    }

    /** B and "." black the screen, W whites it; the same key again brings the slide back. */
    public void toggleBlank(Blank kind) {
        blank.set(blank.get() == kind ? Blank.NONE : kind);
    }

    /**
     * Device pixels per slide pixel on the projector (1 on a 1080p one): the talk's windows decode pictures for
     * it, not for the file's own size. The audience's view measures it; until then, 1.
     */
    private final javafx.beans.property.DoubleProperty pictureScale = new javafx.beans.property.SimpleDoubleProperty(1);

    public javafx.beans.property.DoubleProperty pictureScaleProperty() {
        return pictureScale;
    }
}
