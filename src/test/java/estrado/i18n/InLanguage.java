package estrado.i18n;

import estrado.render.FxRuntime;
import java.util.Locale;
import java.util.function.Supplier;

/** Runs a piece of a test in one UI language on the JavaFX thread, then puts the language back as it was. */
public final class InLanguage {
    public static final Locale SPANISH = Locale.forLanguageTag("es");

    private InLanguage() {
    }

    public static <T> T call(Locale language, Supplier<T> what) {
        Locale before = Messages.locale();
        Messages.use(language);
        try {
            return FxRuntime.call(what::get);
        } finally {
            Messages.use(before);
        }
    }
}
