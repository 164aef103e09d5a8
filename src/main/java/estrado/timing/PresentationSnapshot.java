package estrado.timing;

import java.time.Instant;
import java.util.Objects;

/**
 * The live state of a presentation, saved on every change so a crashed run resumes at the same slide and time.
 *
 * @param deckId     id of the deck, to offer the resume only for the same deck
 * @param slideId    the current slide's id (survives slides being inserted before it)
 * @param slideIndex the current slide's index, a fallback when the id is gone
 * @param step       the step (build) within the slide
 * @param timer      the talk timer with its instants, pauses and corrections
 * @param savedAt    when this snapshot was taken
 * @param run        the run log so far, so a resumed run keeps its slide visits; may be {@code null}
 */
public record PresentationSnapshot(String deckId, String slideId, int slideIndex, int step, TalkTimer timer,
                                   Instant savedAt, RunLog run) {

    public PresentationSnapshot {
        Objects.requireNonNull(deckId, "deckId");
        Objects.requireNonNull(slideId, "slideId");
        Objects.requireNonNull(timer, "timer");
        Objects.requireNonNull(savedAt, "savedAt");
        if (slideIndex < 0 || step < 0) {
            throw new IllegalArgumentException("slide index and step must be >= 0");
        }
    }

    /** A snapshot without a run log. */
    public PresentationSnapshot(String deckId, String slideId, int slideIndex, int step, TalkTimer timer,
                                Instant savedAt) {
        this(deckId, slideId, slideIndex, step, timer, savedAt, null);
    }
}
