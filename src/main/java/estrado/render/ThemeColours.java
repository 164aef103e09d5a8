package estrado.render;

import estrado.deck.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The colours a deck's theme declares, each with where it is written and the colour JavaFX resolves it to on
 * a slide (lookups such as {@code -slide-accent} and {@code derive(...)} included), so a colour found on a
 * drawn slide can be traced back to the line of the theme that set it.
 */
final class ThemeColours {
    /** A colour the theme writes: a variable ({@code -slide-fg: #333}) or a colour property of a rule. */
    record Declared(String name, Location location, Color colour) { }

    /** Properties whose value is a colour the audience sees, besides the theme's own variables. */
    private static final Pattern COLOUR_PROPERTY = Pattern.compile(
            "-fx-(fill|text-fill|stroke|background-color|border-color)");
    private static final Pattern DECLARATION = Pattern.compile("(?<![\\w.#-])(-[A-Za-z][\\w-]*)\\s*:\\s*([^;{}]+)");

    private final List<Declared> declared;

    private ThemeColours(List<Declared> declared) {
        this.declared = declared;
    }

    static ThemeColours none() {
        return new ThemeColours(List.of());
    }

    /** Reads and resolves a theme (JavaFX thread); an unreadable theme declares nothing (the deck check says why). */
    static ThemeColours of(Path theme) {
        return of(theme, List.of(SlideRenderer.BASE_CSS, theme.toUri().toString()));
    }

    /** As {@link #of(Path)}, the theme resolved over {@code stylesheets} (the deck's, its own last). */
    static ThemeColours of(Path theme, List<String> stylesheets) {
        String raw;
        try {
            raw = Files.readString(theme, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return none();
        }
        String text = withoutComments(raw);
        // the probe sits on a slide, where the theme's variables are defined; a value that is no colour, or a
        // variable of another scope, resolves to nothing, and JavaFX's complaint about it is not the user's
        Region probe = new Region();
        javafx.scene.layout.Pane slide = new javafx.scene.layout.Pane(probe);
        slide.getStyleClass().add("slide");
        slide.getStylesheets().addAll(stylesheets);
        new Scene(new Group(slide));
        Logger css = Logger.getLogger("javafx.css");
        Level before = css.getLevel();
        css.setLevel(Level.OFF);
        List<Declared> out = new ArrayList<>();
        try {
            Matcher m = DECLARATION.matcher(text);
            while (m.find()) {
                String name = m.group(1);
                boolean variable = !name.startsWith("-fx-");
                if (!variable && !COLOUR_PROPERTY.matcher(name).matches()) {
                    continue;
                }
                String value = m.group(2).strip();
                // a list of paints (-fx-background-color: a, b) is drawn last on top
                int comma = lastTopLevelComma(value);
                String last = comma < 0 ? value : value.substring(comma + 1).strip();
                resolve(probe, last).ifPresent(c -> out.add(new Declared(name, at(theme, raw, m.start(1)), c)));
            }
        } finally {
            css.setLevel(before);
        }
        return new ThemeColours(List.copyOf(out));
    }

    /** Where the theme sets a colour the eye cannot tell from {@code colour}: the last such declaration wins, as in CSS. */
    Optional<Declared> setting(Color colour) {
        Declared found = null;
        for (Declared d : declared) {
            if (same(d.colour(), colour)) {
                found = d;
            }
        }
        return Optional.ofNullable(found);
    }

    List<Declared> declared() {
        return declared;
    }

    private static boolean same(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 1.5 / 255 && Math.abs(a.getGreen() - b.getGreen()) < 1.5 / 255
                && Math.abs(a.getBlue() - b.getBlue()) < 1.5 / 255;
    }

    private static Optional<Color> resolve(Region probe, String value) {
        if (value.isEmpty() || value.contains("gradient") || value.contains("url(")) {
            return Optional.empty();
        }
        probe.setStyle("-fx-background-color: " + value + ";");
        probe.applyCss();
        Background bg = probe.getBackground();
        if (bg == null || bg.getFills().isEmpty()) {
            return Optional.empty();
        }
        BackgroundFill fill = bg.getFills().get(bg.getFills().size() - 1);
        return fill.getFill() instanceof Color c && c.getOpacity() > 0 ? Optional.of(c) : Optional.empty();
    }

    private static int lastTopLevelComma(String value) {
        int depth = 0;
        int last = -1;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                last = i;
            }
        }
        return last;
    }

    /** Comments become spaces, so offsets (and lines) stay those of the file. */
    private static String withoutComments(String raw) {
        StringBuilder b = new StringBuilder(raw);
        for (int i = raw.indexOf("/*"); i >= 0; i = raw.indexOf("/*", i)) {
            int close = raw.indexOf("*/", i + 2);
            int stop = close < 0 ? raw.length() : close + 2;
            for (int j = i; j < stop; j++) {
                if (b.charAt(j) != '\n') {
                    b.setCharAt(j, ' ');
                }
            }
            i = stop;
        }
        return b.toString();
    }

    private static Location at(Path file, String raw, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (raw.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Location(file, line, offset - lineStart + 1);
    }
}
