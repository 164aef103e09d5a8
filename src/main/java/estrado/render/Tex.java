package estrado.render;

import estrado.i18n.Messages;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * LaTeX formulas parsed and laid out by JLaTeXMath, as data: {@link TexGuard} refuses what would
 * make it run a program, and the parse and the layout run on {@link TexWorker}'s thread within a
 * time budget, so a formula can fail but never hang `check`, a reload or the JavaFX thread.
 */
public final class Tex {
    /** Generous for a formula (they take milliseconds); short enough that a stuck one is noticed. */
    static final long BUDGET_NANOS = TimeUnit.SECONDS.toNanos(3);
    /** How wide or high a laid-out formula may be, in multiples of its font size (a slide is ~50). */
    static final double MAX_EMS = 500;
    private static final Pattern UNKNOWN_COMMAND =
            Pattern.compile("Unknown symbol or command or predefined TeXFormula: '([^']*)'");
    /** The size check lays a formula out at: a slide's display formula. */
    private static final float CHECK_SIZE = 40;
    private static final TexWorker WORKER = new TexWorker(System::nanoTime, BUDGET_NANOS, 25, 60_000);
    private static final AtomicBoolean WARM = new AtomicBoolean();
    /** Formulas that ran out of budget: each costs the wait once, not at every redraw. */
    private static final Map<String, Fault> OVER_BUDGET = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Fault> eldest) {
            return size() > 256;
        }
    });

    private Tex() {
    }

    /**
     * Why a formula cannot be shown.
     *
     * @param message what is wrong, in the UI's language
     * @param at      where in the formula's text the fault is
     * @param length  how many characters it spans there (0: the formula as a whole)
     * @param kind    a mistake, a refused command or a limit, or a formula over its budget
     */
    public record Fault(String message, int at, int length, Kind kind) {
        public enum Kind { INVALID, REFUSED, OVER_BUDGET }

        Fault(String message, Kind kind) {
            this(message, 0, 0, kind);
        }
    }

    /** Thrown for a formula that cannot be typeset. */
    static final class TexException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Fault fault;

        TexException(Fault fault) {
            super(fault.message());
            this.fault = fault;
        }

        Fault fault() {
            return fault;
        }
    }

    /** Why {@code tex} cannot be typeset, or empty when it can. */
    public static Optional<Fault> fault(String tex) {
        try {
            icon(tex, formula(tex), true, CHECK_SIZE);
            return Optional.empty();
        } catch (TexException e) {
            return Optional.of(e.fault());
        }
    }

    /** Why {@code tex} cannot be typeset, as words, or empty when it can. */
    public static Optional<String> problem(String tex) {
        return fault(tex).map(Fault::message);
    }

    /**
     * Loads JLaTeXMath's tables and fonts on the worker, with no budget (a cold start on a busy
     * machine takes seconds): once per process, before any formula is timed.
     */
    static void warmUp() {
        if (WARM.compareAndSet(false, true)) {
            try {
                WORKER.call(() -> new TeXFormula("x^2").createTeXIcon(TeXConstants.STYLE_DISPLAY, 20), Long.MAX_VALUE);
            } catch (TexWorker.OverBudget | ExecutionException e) {
                // then the formulas say what is wrong, one by one
            }
        }
    }

    /** {@code tex} parsed, after {@link TexGuard} let it through. */
    static TeXFormula formula(String tex) throws TexException {
        Optional<Fault> refused = TexGuard.check(tex);
        if (refused.isPresent()) {
            throw new TexException(refused.get());
        }
        return run(tex, () -> new TeXFormula(tex));
    }

    /** The formula laid out at {@code size} pixels, display or text style. */
    static TeXIcon icon(String tex, TeXFormula formula, boolean display, float size) throws TexException {
        TeXIcon icon = run(tex, () -> formula.createTeXIcon(display ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT, size));
        if (icon.getIconWidth() > MAX_EMS * size || icon.getIconHeight() > MAX_EMS * size) {
            throw new TexException(new Fault(Messages.get("formula.tooLarge"), Fault.Kind.REFUSED));
        }
        return icon;
    }

    private static <T> T run(String tex, java.util.concurrent.Callable<T> work) throws TexException {
        Fault known = OVER_BUDGET.get(tex);
        if (known != null) {
            throw new TexException(known);
        }
        warmUp();
        try {
            return WORKER.call(work);
        } catch (TexWorker.OverBudget e) {
            Fault f = new Fault(Messages.get("formula.overBudget", BUDGET_NANOS / 1_000_000_000), Fault.Kind.OVER_BUDGET);
            OVER_BUDGET.put(tex, f);
            throw new TexException(f);
        } catch (ExecutionException e) {
            throw new TexException(explain(e.getCause()));
        }
    }

    /** JLaTeXMath's complaint in the UI's words where we know it; a runaway recursion or memory as a limit. */
    private static Fault explain(Throwable t) {
        if (t instanceof StackOverflowError) {
            return new Fault(Messages.get("formula.tooDeep", TexGuard.MAX_DEPTH), Fault.Kind.REFUSED);
        }
        if (t instanceof OutOfMemoryError) {
            return new Fault(Messages.get("formula.tooLarge"), Fault.Kind.REFUSED);
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        Matcher unknown = UNKNOWN_COMMAND.matcher(m);
        if (unknown.find()) {
            return new Fault(Messages.get("formula.unknownCommand", unknown.group(1)), Fault.Kind.INVALID);
        }
        return new Fault(m.lines().map(String::strip).filter(l -> !l.isEmpty())
                .reduce((a, b) -> a + " " + b).orElse(m), Fault.Kind.INVALID);
    }
}
