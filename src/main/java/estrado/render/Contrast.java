package estrado.render;

import javafx.scene.paint.Color;

/** WCAG 2.x contrast between two colours, and the minimum the audience's text and chart lines need. */
public final class Contrast {
    /** AA for body text. */
    static final double TEXT = 4.5;
    /** AA for large text, and for lines and bars a chart is read by (non-text contrast, WCAG 1.4.11). */
    static final double LARGE = 3;
    /** Text this large (canvas pixels), or {@link #LARGE_BOLD_PX} bold, needs only {@link #LARGE} (issue 14). */
    static final double LARGE_PX = 32;
    static final double LARGE_BOLD_PX = 24;

    private Contrast() {
    }

    /** (L1 + 0,05) / (L2 + 0,05), lighter over darker: 1 to 21. */
    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** The minimum ratio for text of this drawn size. */
    static double minimumFor(double px, boolean bold) {
        return px >= LARGE_PX || bold && px >= LARGE_BOLD_PX ? LARGE : TEXT;
    }

    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    /** {@code top} drawn over the opaque {@code under}: what the eye sees of a translucent colour. */
    static Color over(Color top, Color under) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + under.getRed() * (1 - a), top.getGreen() * a + under.getGreen() * (1 - a),
                top.getBlue() * a + under.getBlue() * (1 - a));
    }

    /** #rrggbb, as a theme writes it (the ink's palette writes its colours so too). */
    public static String hex(Color c) {
        return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }
}
