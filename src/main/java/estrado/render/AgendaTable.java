package estrado.render;

import estrado.deck.Block;
import estrado.deck.Deck;
import estrado.deck.Section;
import estrado.timing.Apportion;
import java.text.NumberFormat;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The table of a {@code layout: agenda} slide, built from the plan: each section with its budget scaled to the
 * slot and, when the class's start is given, the time it starts.
 *
 * <p>Minutes are whole tenths apportioned by the largest remainder, so the column adds up to the slot exactly
 * (90 for a 90-minute class, never the 100 the unscaled budgets add up to) and a share like 4,5 stays 4,5.
 */
final class AgendaTable {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private AgendaTable() {
    }

    /** Each section's scaled budget in tenths of a minute; they add up to the slot's tenths. */
    static int[] tenths(Deck deck) {
        List<Double> budgets = deck.sections().stream().map(Section::budgetMinutes).toList();
        return Apportion.largestRemainder(budgets, deck.durationMinutes() * 10);
    }

    static Block.Table of(Deck deck, Block.Agenda agenda) {
        DeckText words = DeckText.of(deck.language());
        Locale locale = "en".equals(deck.language()) ? Locale.ENGLISH : Locale.forLanguageTag("es");
        LocalTime start = agenda.start();
        List<String> header = new ArrayList<>(List.of(words.get("agenda.number"), words.get("agenda.section"),
                words.get("agenda.minutes")));
        List<Block.Align> align = new ArrayList<>(List.of(Block.Align.CENTER, Block.Align.LEFT, Block.Align.RIGHT));
        if (start != null) {
            header.add(words.get("agenda.clock"));
            align.add(Block.Align.RIGHT);
        }
        int[] tenths = tenths(deck);
        List<List<String>> rows = new ArrayList<>();
        int elapsed = 0;
        for (int k = 0; k < tenths.length; k++) {
            List<String> row = new ArrayList<>(List.of(String.format("%02d", k + 1),
                    deck.sections().get(k).title(), minutes(tenths[k], locale)));
            if (start != null) {
                row.add(CLOCK.format(at(start, elapsed)));
            }
            rows.add(row);
            elapsed += tenths[k];
        }
        String caption = start == null
                ? words.get("agenda.total", minutes(elapsed, locale))
                : words.get("agenda.totalClock", minutes(elapsed, locale), CLOCK.format(start),
                        CLOCK.format(at(start, elapsed)));
        return new Block.Table(header, align, rows, caption, agenda.step(), agenda.location());
    }

    private static LocalTime at(LocalTime start, int tenths) {
        return start.plusSeconds(tenths * 6L);
    }

    /** 9 · 4,5 · 27 (Spanish) or 4.5 (English): one decimal only when the share has one. */
    static String minutes(int tenths, Locale locale) {
        NumberFormat nf = NumberFormat.getNumberInstance(locale);
        nf.setMaximumFractionDigits(1);
        nf.setGroupingUsed(true);
        return nf.format(tenths / 10.0);
    }
}
