package estrado.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * UI and diagnostic strings. Spanish is the default; English is used when the user's locale
 * says English explicitly (a bare C/POSIX locale, common on servers, is not a choice of English).
 *
 * <p>The words of a widget ({@value #ON_SLIDES}…) are drawn on slides, for the room: they speak the language of the
 * deck on screen (see {@link #useOnSlides}), as the slides' own words do, while the rest (presenter view, dialogs,
 * the terminal) speaks the UI's. A Spanish deck presented by an English-speaking assistant stays Spanish on the
 * projector. Diagnostics about widgets ({@link #ui}) are the UI's.
 */
public final class Messages {
    private static final String BUNDLE = "estrado.i18n.messages";
    private static volatile Locale locale = detect();
    // read on first use, not with the locale: a double-click sets the locale first thing, and the
    // window's first strings are needed only once the toolkit is up
    private static volatile ResourceBundle bundle;
    /** The keys of the words drawn on slides. */
    static final String ON_SLIDES = "widget.";
    /** The language of the deck on screen, or null until a deck's widget is drawn (then: the UI's). */
    private static volatile Locale slides;
    private static volatile ResourceBundle slidesBundle;

    private Messages() {
    }

    public static Locale locale() {
        return locale;
    }

    /** Switches language, e.g. from {@code --lang en}; the slides follow it until a deck says its own. */
    public static synchronized void use(Locale l) {
        locale = "en".equals(l.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("es");
        bundle = load(locale);
        slides = null;
        slidesBundle = null;
    }

    /** The words drawn on slides speak {@code language} (a deck's {@code language:} field, "es" or "en"). */
    public static synchronized void useOnSlides(String language) {
        Locale l = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("es");
        if (!l.equals(slides)) {
            slides = l;
            slidesBundle = load(l);
        }
    }

    /** The language of the words and numbers drawn on slides: the deck's once one is drawn, else the UI's. */
    public static Locale slideLocale() {
        Locale l = slides;
        return l == null ? locale : l;
    }

    /** A text in its audience's language: a widget's words in the deck's, the rest in the UI's. */
    public static String get(String key, Object... args) {
        ResourceBundle onSlides = slidesBundle;
        Locale l = slides;
        if (key.startsWith(ON_SLIDES) && onSlides != null && l != null) {
            return format(onSlides, l, key, args);
        }
        return ui(key, args);
    }

    /** A text in the UI's language, whatever its key: a diagnostic about a widget is the lecturer's, not the room's. */
    public static String ui(String key, Object... args) {
        return format(bundle(), locale, key, args);
    }

    private static String format(ResourceBundle from, Locale l, String key, Object... args) {
        String pattern;
        try {
            pattern = from.getString(key);
        } catch (MissingResourceException e) {
            return key; // a missing string must never crash a lecture
        }
        // the bundles are MessageFormat patterns (a quote is written ''): a text shown without arguments must
        // read as it would with them, not with its quotes doubled
        return args.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, l).format(args);
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
