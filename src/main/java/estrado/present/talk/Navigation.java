package estrado.present.talk;

import java.util.List;

/**
 * Moving through slides and their reveal steps. Pure: takes the number of steps of each slide,
 * so it is tested without a window.
 */
public final class Navigation {
    private final List<Integer> steps;

    public Navigation(List<Integer> stepsPerSlide) {
        if (stepsPerSlide.isEmpty()) {
            throw new IllegalArgumentException("a deck without slides cannot be presented");
        }
        this.steps = List.copyOf(stepsPerSlide);
    }

    public int slideCount() {
        return steps.size();
    }

    public Position next(Position p) {
        if (p.step() + 1 < steps.get(p.slide())) {
            return new Position(p.slide(), p.step() + 1);
        }
        return p.slide() + 1 < steps.size() ? new Position(p.slide() + 1, 0) : p;
    }

    /** Back one step; entering the previous slide shows it complete, as the audience last saw it. */
    public Position previous(Position p) {
        if (p.step() > 0) {
            return new Position(p.slide(), p.step() - 1);
        }
        return p.slide() > 0 ? new Position(p.slide() - 1, steps.get(p.slide() - 1) - 1) : p;
    }

    public Position first() {
        return Position.START;
    }

    public Position last() {
        return new Position(steps.size() - 1, steps.get(steps.size() - 1) - 1);
    }

    /** Slide by 1-based number, clamped to the deck. */
    public Position goTo(int number) {
        int i = Math.max(1, Math.min(number, steps.size())) - 1;
        return new Position(i, 0);
    }

    /** The same place after the deck changed: the slide index clamped, the step kept if it still exists. */
    public Position clamp(Position p) {
        int slide = Math.max(0, Math.min(p.slide(), steps.size() - 1));
        return new Position(slide, Math.max(0, Math.min(p.step(), steps.get(slide) - 1)));
    }
}
