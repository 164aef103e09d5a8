package estrado.deck;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A whole lecture: its metadata, the sections in order and where its files live.
 * {@code root} is the deck folder; every path in the deck resolves inside it. {@code theme} is the deck's own
 * stylesheet, laid over the bundled {@code baseTheme}.
 */
public record Deck(
        Path root,
        Path file,
        String title,
        String subtitle,
        String author,
        String institution,
        String date,
        String language,
        int durationMinutes,
        Optional<Path> theme,
        Optional<Path> bibliography,
        List<Section> sections,
        BundledTheme baseTheme) {

    public Deck {
        sections = List.copyOf(sections);
        baseTheme = baseTheme == null ? BundledTheme.LIGHT : baseTheme;
    }

    /** A deck on the light base, as every deck was before there were two. */
    public Deck(Path root, Path file, String title, String subtitle, String author, String institution, String date,
            String language, int durationMinutes, Optional<Path> theme, Optional<Path> bibliography,
            List<Section> sections) {
        this(root, file, title, subtitle, author, institution, date, language, durationMinutes, theme, bibliography,
                sections, BundledTheme.LIGHT);
    }

    /** The same deck on another bundled base, its own CSS (if any) still laid over it. */
    public Deck withBaseTheme(BundledTheme base) {
        return new Deck(root, file, title, subtitle, author, institution, date, language, durationMinutes, theme,
                bibliography, sections, base);
    }

    /** Every slide in presentation order. */
    public List<Slide> slides() {
        return sections.stream().flatMap(s -> s.slides().stream()).toList();
    }

    public Section sectionOf(Slide slide) {
        return sections.stream().filter(s -> s.slides().contains(slide)).findFirst().orElseThrow();
    }

    /** Sum of the section budgets, which the seed lets drift from the slot (100 for 90). */
    public double budgetSumMinutes() {
        return sections.stream().mapToDouble(Section::budgetMinutes).sum();
    }

    /**
     * A section's budget scaled to the slot, as pacing uses it: budget × duration / sum of the budgets (the
     * budget itself when there are no budgets to scale).
     */
    public double scaledBudgetMinutes(Section section) {
        double sum = budgetSumMinutes();
        return sum <= 0 ? section.budgetMinutes() : section.budgetMinutes() * durationMinutes / sum;
    }
}
