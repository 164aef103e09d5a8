package estrado.preflight;

import estrado.deck.Problem;
import estrado.i18n.Messages;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which deck warnings the audience would see: a missing or unusable image (a placeholder on the projector) and a
 * slide that overflows. The rest (an entry never cited, a figure without a source) is the author's homework.
 * Problems carry no kind, so they are told apart by the message they were made from.
 */
final class AudienceView {
    private static final List<Pattern> SEEN = List.of("image.missing", "image.missingCase", "image.tooLarge", "image.tooHeavy",
            "image.unreadable", "render.overflow", "render.tableTooWide").stream().map(AudienceView::pattern).toList();
    private static final Pattern BUDGET = pattern("deck.budgetMismatch");

    private AudienceView() {
    }

    static boolean shows(Problem p) {
        return SEEN.stream().anyMatch(re -> re.matcher(p.message()).matches());
    }

    /** The deck's own budget warning: the plan's line says the same, so it is shown once, there. */
    static boolean isBudgetMismatch(Problem p) {
        return BUDGET.matcher(p.message()).matches();
    }

    /** The message's text with each {n…} argument as a wildcard. */
    private static Pattern pattern(String key) {
        String text = Messages.get(key).replace("''", "'");
        StringBuilder re = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            if (open < 0) {
                re.append(Pattern.quote(text.substring(i)));
                break;
            }
            re.append(Pattern.quote(text.substring(i, open))).append(".*");
            int close = text.indexOf('}', open);
            i = close < 0 ? text.length() : close + 1;
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }
}
