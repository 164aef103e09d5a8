package estrado.widgets.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The words of the cost data are in both bundles, and each sentence has a place for every figure it is given
 * and no other: a figure the bundle forgot, or a {1} with no figure, would print wrong in one language only.
 */
class CostWordsTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CostWordsTest.class.getResourceAsStream("/estrado/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** Every sentence the data names: notes, caveats (also inside them) and the cycle's cells. */
    private static List<Prose> allProse() {
        List<Prose> out = new ArrayList<>();
        for (TrainingCost.Row r : TrainingCost.rows()) {
            addWithCaveats(out, r.note());
            for (Entry e : List.of(r.totalParams(), r.tokens(), r.compute(), r.cost())) {
                addCaveats(out, e);
            }
        }
        for (TrainingCost.Phase p : TrainingCost.phases()) {
            out.add(Prose.of(p.name()));
            p.cells().forEach(c -> addWithCaveats(out, c.text()));
        }
        return out;
    }

    private static void addWithCaveats(List<Prose> out, Prose p) {
        out.add(p);
        p.entries().forEach(e -> addCaveats(out, e));
    }

    private static void addCaveats(List<Prose> out, Entry e) {
        if (e instanceof Figure f && f.hasCaveat()) {
            addWithCaveats(out, f.caveat());
        }
    }

    @Test
    void everySentenceHasAPlaceForEachOfItsFiguresInBothLanguages() throws IOException {
        List<Prose> prose = allProse();
        assertTrue(prose.size() > 20, "the data names " + prose.size() + " sentences");
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            Properties p = bundle(file);
            for (Prose sentence : prose) {
                String pattern = p.getProperty(sentence.key());
                assertTrue(pattern != null, sentence.key() + " missing in " + file);
                Set<Integer> places = new TreeSet<>();
                Matcher m = PLACEHOLDER.matcher(pattern);
                while (m.find()) {
                    places.add(Integer.parseInt(m.group(1)));
                }
                Set<Integer> expected = new TreeSet<>();
                for (int i = 0; i < sentence.entries().size(); i++) {
                    expected.add(i);
                }
                assertEquals(expected, places, file + " " + sentence.key() + "=" + pattern);
            }
        }
    }
}
