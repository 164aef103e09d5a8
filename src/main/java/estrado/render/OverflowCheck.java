package estrado.render;

import estrado.deck.Problem;
import estrado.deck.Slide;
import estrado.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/** Renders every slide at its last step off-screen and reports the ones whose content does not fit. */
public final class OverflowCheck {
    private OverflowCheck() {
    }

    /** Must run on the JavaFX thread. */
    public static List<Problem> run(SlideRenderer renderer) {
        List<Problem> out = new ArrayList<>();
        for (Slide slide : renderer.context().slides()) {
            try {
                RenderedSlide r = renderer.render(slide, slide.steps() - 1);
                r.layoutNow();
                r.overflow().ifPresent(o -> out.add(new Problem(Problem.Severity.ERROR, slide.location(),
                        Messages.get("render.overflow", slide.id(), (long) o.needed(), (long) o.available()))));
            } catch (RuntimeException e) {
                out.add(new Problem(Problem.Severity.ERROR, slide.location(),
                        Messages.get("render.failed", slide.id(), String.valueOf(e.getMessage()))));
            }
        }
        return out;
    }
}
