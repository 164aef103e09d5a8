package estrado.render;

import estrado.deck.Problem;
import estrado.deck.Slide;
import estrado.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Renders every slide at its last step off-screen and reports the ones whose content does not fit. */
public final class OverflowCheck {
    private OverflowCheck() {
    }

    /** Must run on the JavaFX thread. */
    public static List<Problem> run(SlideRenderer renderer) {
        List<Problem> out = new ArrayList<>();
        for (Slide slide : renderer.context().slides()) {
            check(renderer, slide).ifPresent(out::add);
        }
        return out;
    }

    /** One slide, for callers that spread the work over frames (JavaFX thread). */
    public static Optional<Problem> check(SlideRenderer renderer, Slide slide) {
        try {
            RenderedSlide r = renderer.render(slide, slide.steps() - 1);
            r.layoutNow();
            return r.overflow().map(o -> new Problem(Problem.Severity.ERROR, slide.location(),
                    Messages.get("render.overflow", slide.id(), (long) o.needed(), (long) o.available())));
        } catch (RuntimeException e) {
            return Optional.of(new Problem(Problem.Severity.ERROR, slide.location(),
                    Messages.get("render.failed", slide.id(), String.valueOf(e.getMessage()))));
        }
    }
}
