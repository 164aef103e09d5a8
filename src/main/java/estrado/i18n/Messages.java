package estrado.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * UI and diagnostic strings. Spanish is the default; English is used when the user's locale
 * says English explicitly (a bare C/POSIX locale, common on servers, is not a choice of English).
 */
public final class Messages {
    private static final String BUNDLE = "estrado.i18n.messages";
    private static volatile Locale locale = detect();
    // read on first use, not with the locale: a double-click sets the locale first thing, and the
    // window's first strings are needed only once the toolkit is up
    private static volatile ResourceBundle bundle;

    private Messages() {
    }

    public static Locale locale() {
        return locale;
    }

    /** Switches language, e.g. from {@code --lang en}. */
    public static synchronized void use(Locale l) {
        locale = "en".equals(l.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("es");
        bundle = load(locale);
    }

    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            return key; // a missing string must never crash a lecture
        }
        // the bundles are MessageFormat patterns (a quote is written ''): a text shown without arguments must
        // read as it would with them, not with its quotes doubled
        return args.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, locale).format(args);
    }

    public static ResourceBundle bundle() {
        ResourceBundle b = bundle;
        if (b == null) {
            synchronized (Messages.class) {
                b = bundle;
                if (b == null) {
                    b = load(locale);
                    bundle = b;
                }
            }
        }
        return b;
    }

    private static ResourceBundle load(Locale l) {
        // Control without fallback: an English JVM default must not win over our Spanish base bundle
        return ResourceBundle.getBundle(BUNDLE, l, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static Locale detect() {
        String forced = System.getProperty("estrado.lang", System.getenv("ESTRADO_LANG"));
        if (forced != null && !forced.isBlank()) {
            return forced.startsWith("en") ? Locale.ENGLISH : Locale.forLanguageTag("es");
        }
        String posix = firstSet(System.getenv("LC_ALL"), System.getenv("LC_MESSAGES"), System.getenv("LANG"));
        if (posix != null) {
            return posix.startsWith("en") ? Locale.ENGLISH : Locale.forLanguageTag("es");
        }
        return "en".equals(Locale.getDefault().getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("es");
    }

    private static String firstSet(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
