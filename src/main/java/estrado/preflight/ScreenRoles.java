package estrado.preflight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Which monitor shows the presenter window and which the audience.
 *
 * <p>With two or more monitors the presenter goes on the primary one (the laptop panel; the projector is the
 * screen that was plugged in) and the audience, full screen, on the largest of the others; {@code swapped}
 * exchanges them for rooms where the projector ended up primary. With one monitor it is a rehearsal: both
 * windows on it, the audience in a window. With none (the window system has not answered yet) both are null.
 *
 * @param presenter          the presenter's monitor
 * @param audience           the audience's monitor
 * @param audienceFullScreen whether the audience window takes its monitor full screen
 * @param monitorSet         the key of the whole set of monitors, under which a swap is remembered
 */
public record ScreenRoles(Display presenter, Display audience, boolean audienceFullScreen, String monitorSet) {

    /** Assigns the roles for the given monitors. */
    public static ScreenRoles assign(List<Display> displays, boolean swapped) {
        String set = monitorSetKey(displays);
        if (displays.isEmpty()) {
            return new ScreenRoles(null, null, false, set);
        }
        if (displays.size() == 1) {
            return new ScreenRoles(displays.get(0), displays.get(0), false, set);
        }
        Display presenter = displays.stream().filter(Display::primary).findFirst().orElse(displays.get(0));
        List<Display> others = new ArrayList<>(displays);
        others.remove(presenter);
        // the largest other screen; ties to the first listed, so the choice is stable
        Display audience = others.stream().max(Comparator.comparingDouble(Display::area)
                .thenComparing(d -> -others.indexOf(d))).orElseThrow();
        return swapped ? new ScreenRoles(audience, presenter, true, set) : new ScreenRoles(presenter, audience, true, set);
    }

    /** The key of a set of monitors, independent of the order they are listed in. */
    public static String monitorSetKey(List<Display> displays) {
        return displays.stream().map(Display::key).sorted().collect(Collectors.joining(";"));
    }

    /** Whether there are at least two monitors, so that roles can be swapped. */
    public boolean canSwap() {
        return presenter != null && audience != null && presenter != audience;
    }
}
