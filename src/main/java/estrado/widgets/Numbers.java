package estrado.widgets;

import estrado.i18n.Messages;
import java.text.NumberFormat;

/**
 * Numbers as the room reads them, in the slides' language (Spanish: 19,2 GB and 131.072), always with
 * their unit; shared by the widgets and the command line. GB is 10⁹ bytes, as the lecture's
 * formula uses it; GiB is 2³⁰.
 */
public final class Numbers {
    private Numbers() {
    }

    public static String number(double v, int minDecimals, int maxDecimals) {
        NumberFormat nf = NumberFormat.getNumberInstance(Messages.slideLocale());
        nf.setMinimumFractionDigits(minDecimals);
        nf.setMaximumFractionDigits(maxDecimals);
        nf.setGroupingUsed(true);
        return nf.format(v);
    }

    /** As many decimals as a projected number needs: 4,8 · 19,3 · 168. */
    public static String amount(double v) {
        double a = Math.abs(v);
        if (a == 0) {
            return "0";
        }
        if (a < 10) {
            return number(v, a < 1 ? 2 : 1, 2);
        }
        if (a < 100) {
            return number(v, 0, 1);
        }
        return number(v, 0, 0);
    }

    public static String gb(double gb) {
        if (gb > 0 && gb < 0.01) {
            return "< " + number(0.01, 2, 2) + " GB";
        }
        return amount(gb) + " GB";
    }

    public static String gib(double gib) {
        if (gib > 0 && gib < 0.01) {
            return "< " + number(0.01, 2, 2) + " GiB";
        }
        return amount(gib) + " GiB";
    }

    public static String integer(long v) {
        return number(v, 0, 0);
    }

    /** Parameter counts as the lecture writes them: 8B · 8,03B · 46,7B · 175B · 500M. */
    public static String params(double count) {
        if (count >= 1e9) {
            return trimmed(count / 1e9) + " B";
        }
        if (count >= 1e6) {
            return trimmed(count / 1e6) + " M";
        }
        return integer(Math.round(count));
    }

    /** Up to two decimals below 10, one below 100, none above, and no trailing zeros: 8 · 8,03 · 0,5 · 46,7. */
    public static String trimmed(double v) {
        double a = Math.abs(v);
        return number(v, 0, a < 10 ? 2 : a < 100 ? 1 : 0);
    }

    /** A reduction or ratio: 128× · 8,0× · 10.000×. */
    public static String factor(double f) {
        return (f >= 10 ? number(f, 0, 0) : number(f, 1, 1)) + "×";
    }

    /** US$ in millions as published: US$ 2,75M · US$ 5,576M. */
    public static String usdMillions(double usd) {
        return "US$ " + number(usd / 1e6, 0, 3) + " M";
    }

    /** A published range in millions, one decimal each end: US$ 2,2M–4,6M. */
    public static String usdRange(double low, double high) {
        return "US$ " + number(low / 1e6, 1, 1) + " M–" + number(high / 1e6, 1, 1) + " M";
    }

    /** Training tokens as the lecture writes them: 300 B · 5,9 T · 14,8 T. */
    public static String tokens(double count) {
        return count >= 1e12 ? trimmed(count / 1e12) + " T" : params(count);
    }

    /** US$ as published: in millions from a million up (US$ 2,75 M), else plain (US$ 2). */
    public static String usd(double usd) {
        return usd >= 1e6 ? usdMillions(usd) : "US$ " + trimmed(usd);
    }

    /** GPU-hours in millions: 7,0 M (the deck's style: a space before the suffix). */
    public static String gpuHours(double hours) {
        return number(hours / 1e6, 1, 3) + " M";
    }
}
