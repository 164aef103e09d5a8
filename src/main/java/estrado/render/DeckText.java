package estrado.render;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Words estrado writes onto slides (the references title, diagram labels). They follow the
 * deck's {@code language}, not the user's interface language: a Spanish deck stays Spanish
 * when an English-speaking assistant presents it.
 */
final class DeckText {
    private static final String BUNDLE = "estrado.render.decktext";
    private final ResourceBundle bundle;
    private final Locale locale;

    private DeckText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static DeckText of(String language) {
        return new DeckText("en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("es"));
    }

    String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return new MessageFormat(pattern, locale).format(args);
    }
}
