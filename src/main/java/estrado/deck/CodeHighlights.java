package estrado.deck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the lines a code block sets apart, written as Slidev does: {@code "2"}, {@code "2,4-5"}, and
 * {@code "2|4-5|all"} for a walk through the code, one {@code |}-separated group per reveal step
 * ({@code all} or {@code *}: no line set apart). The YAML reader and the Markdown reader share it.
 */
public final class CodeHighlights {
    private static final Pattern RANGE = Pattern.compile("\\s*(\\d{1,6})\\s*(?:-\\s*(\\d{1,6})\\s*)?");

    private CodeHighlights() {
    }

    /**
     * The groups of {@code spec}, the first shown from {@code firstStep}, each next one a step later; every
     * mistake is reported at {@code at} and the whole spec is then dropped (the code still shows, unmarked).
     *
     * @param lineCount how many lines the code has (a line past it is an error)
     */
    public static Optional<List<Block.CodeLines>> parse(String spec, int firstStep, int lineCount, Location at,
                                                       Problems problems) {
        List<Block.CodeLines> out = new ArrayList<>();
        String[] groups = spec.split("\\|", -1);
        for (int g = 0; g < groups.length; g++) {
            String group = groups[g].strip();
            Set<Integer> lines = new TreeSet<>();
            if (!group.equals("all") && !group.equals("*")) {
                for (String item : group.split(",", -1)) {
                    Matcher m = RANGE.matcher(item);
                    if (!m.matches()) {
                        problems.error(at, "code.badHighlight", spec, item.strip());
                        return Optional.empty();
                    }
                    int from = Integer.parseInt(m.group(1));
                    int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
                    if (from < 1 || to < from || to > lineCount) {
                        problems.error(at, "code.highlightOutOfRange", item.strip(), lineCount);
                        return Optional.empty();
                    }
                    for (int line = from; line <= to; line++) {
                        lines.add(line);
                    }
                }
            }
            out.add(new Block.CodeLines(lines, firstStep + g));
        }
        return Optional.of(out);
    }
}
