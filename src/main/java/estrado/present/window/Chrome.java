package estrado.present.window;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;

/**
 * The app's chrome (AtlantaFX Primer, light or dark); the slides keep the deck's own theme either way. JavaFX 21
 * cannot ask the platform for its colour scheme, so "follow the system" asks the desktop directly (GNOME's
 * colour-scheme, GTK_THEME, Windows' AppsUseLightTheme, macOS' AppleInterfaceStyle); unknown means light.
 */
public final class Chrome {
    private boolean dark;

    /** Applies the chrome for a preference; SYSTEM asks the desktop (once; a few ms at most). */
    public void apply(PresenterPrefs.Theme theme) {
        apply(theme, theme == PresenterPrefs.Theme.SYSTEM && systemPrefersDark());
    }

    /** The same, with the desktop's answer asked beforehand (at start-up, off the JavaFX thread). */
    public void apply(PresenterPrefs.Theme theme, boolean systemDark) {
        dark = switch (theme) {
            case DARK -> true;
            case LIGHT -> false;
            default -> systemDark;
        };
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** The choice that flips the current look. */
    public PresenterPrefs.Theme flipped() {
        return dark ? PresenterPrefs.Theme.LIGHT : PresenterPrefs.Theme.DARK;
    }

    public static boolean systemPrefersDark() {
        String gtk = System.getenv("GTK_THEME");
        if (gtk != null) {
            return gtk.toLowerCase(Locale.ROOT).contains("dark");
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String out = run(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme"));
            return out.contains("0x0");
        }
        if (os.contains("mac")) {
            return run(List.of("defaults", "read", "-g", "AppleInterfaceStyle")).toLowerCase(Locale.ROOT).contains("dark");
        }
        String scheme = run(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"));
        if (scheme.contains("dark")) {
            return true;
        }
        return run(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
                .toLowerCase(Locale.ROOT).contains("dark");
    }

    /** Output of a short command, or "" if it is missing, fails or takes too long. */
    private static String run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!p.waitFor(800, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return "";
            }
            try (InputStream in = p.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
