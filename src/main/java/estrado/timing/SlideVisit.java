package estrado.timing;

import java.time.Instant;
import java.util.Objects;

/**
 * One stay on a slide during a run: the wall-clock instants it was entered and left.
 *
 * @param slideId    the slide's id
 * @param slideTitle the slide's title at the time of the run, for chapters; may be {@code null}
 * @param sectionId  the section the slide belonged to, kept here so a log stays readable after the deck changes
 * @param enteredAt  when the slide was shown
 * @param leftAt     when the next slide replaced it, or {@code null} while it is still shown
 */
public record SlideVisit(String slideId, String slideTitle, String sectionId, Instant enteredAt, Instant leftAt) {

    public SlideVisit {
        Objects.requireNonNull(slideId, "slideId");
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(enteredAt, "enteredAt");
        if (leftAt != null && leftAt.isBefore(enteredAt)) {
            throw new IllegalArgumentException("slide " + slideId + " left before it was entered");
        }
    }

    /** Whether the slide is still shown. */
    public boolean isOpen() {
        return leftAt == null;
    }

    /** This visit closed at {@code at}. */
    public SlideVisit leave(Instant at) {
        return new SlideVisit(slideId, slideTitle, sectionId, enteredAt, at);
    }
}
