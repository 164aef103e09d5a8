package estrado.deck;

import estrado.i18n.Messages;
import estrado.deck.markdown.MarkdownSection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a deck folder into a {@link Deck}, collecting every problem with its location.
 * The result carries a deck only when there are no errors, so a broken edit never replaces
 * a good deck on screen.
 *
 * <p>Over 350 lines: the deck's and each section's fields, the slides' ids and paths and the theme are checked
 * here because they need the deck and section context it holds; block bodies are read by {@link BlockReader} and
 * Markdown sections by {@code deck.markdown}.
 */
public final class DeckLoader {
    public static final String DECK_FILE = "deck.yaml";
    public static final int MAX_SLIDES = 5000;
    static final List<String> DECK_FIELDS = List.of("title", "subtitle", "author", "institution", "date", "language",
            "duration", "theme", "bibliography", "sections");
    static final List<String> SECTION_FIELDS = List.of("id", "title", "budget", "slides");
    static final List<String> SLIDE_FIELDS = List.of("id", "title", "subtitle", "layout", "blocks", "left", "right",
            "notes", "duration", "budget", "counted", "uncited", "references", "todo", "start");

    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):(\\d{2})");

    private final YamlReader yaml = new YamlReader();

    /** What loading produced: the deck if it is usable, and every problem found. */
    public record Result(Optional<Deck> deck, List<Problem> problems, Path root) {
        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    /**
     * Finds deck.yaml given a deck folder, its {@code slides/} folder, or deck.yaml itself.
     * The deck root is the folder that holds {@code slides/}; paths in the deck resolve from it.
     */
    public static Path deckFile(Path given) {
        if (Files.isRegularFile(given)) {
            return given;
        }
        Path inSlides = given.resolve("slides").resolve(DECK_FILE);
        return Files.isRegularFile(inSlides) ? inSlides : given.resolve(DECK_FILE);
    }

    public static Path rootOf(Path deckFile) {
        Path dir = deckFile.toAbsolutePath().normalize().getParent();
        Path name = dir.getFileName();
        return name != null && "slides".equals(name.toString()) && dir.getParent() != null ? dir.getParent() : dir;
    }

    public Result load(Path given) {
        Problems problems = new Problems();
        Path file = deckFile(given).toAbsolutePath().normalize();
        Path root = rootOf(file);
        if (!Files.isRegularFile(file)) {
            problems.error(Location.of(file), "deck.notFound", file.toString());
            return new Result(Optional.empty(), problems.list(), root);
        }
        Optional<Deck> deck = yaml.read(file, problems).flatMap(node -> deck(node, file, root, problems));
        if (problems.hasErrors()) {
            deck = Optional.empty();
        }
        return new Result(deck, problems.list(), root);
    }

    /** The bundled look a deck starts from and its own stylesheet laid over it. */
    private record ThemeChoice(BundledTheme base, Optional<Path> css) { }

    /**
     * {@code theme: dark} (a bundled name), {@code theme: slides/theme.css} (the deck's CSS over the light base) or
     * {@code theme: {base: dark, css: slides/theme.css}} (the deck's CSS over the base named).
     */
    private static ThemeChoice theme(Fields deck, Path root, Problems problems) {
        Optional<YamlNode> node = deck.node("theme");
        if (node.isEmpty()) {
            return new ThemeChoice(BundledTheme.LIGHT, Optional.empty());
        }
        if (node.get() instanceof YamlNode.Mapping m) {
            Fields f = new Fields(m, List.of("base", "css"), problems);
            BundledTheme base = f.text("base").map(b -> baseTheme(b, f.locationOf("base"), problems))
                    .orElse(BundledTheme.LIGHT);
            return new ThemeChoice(base, f.text("css").flatMap(t -> themeCss(t, f.locationOf("css"), root, problems)));
        }
        Location at = deck.locationOf("theme");
        Optional<String> text = deck.text("theme");
        if (text.isEmpty()) {
            return new ThemeChoice(BundledTheme.LIGHT, Optional.empty());
        }
        String t = text.get().strip();
        Optional<BundledTheme> bundled = BundledTheme.parse(t);
        if (bundled.isPresent()) {
            return new ThemeChoice(bundled.get(), Optional.empty());
        }
        // a bare word is a theme's name, never a stylesheet (those are paths ending in .css): theme: drak or
        // theme: oscuro is an error with the name meant, not a silent light deck with a "no such file" warning
        if (!t.contains("/") && !t.contains(".")) {
            unknownTheme(t, at, problems);
            return new ThemeChoice(BundledTheme.LIGHT, Optional.empty());
        }
        return new ThemeChoice(BundledTheme.LIGHT, themeCss(t, at, root, problems));
    }

    private static BundledTheme baseTheme(String name, Location at, Problems problems) {
        Optional<BundledTheme> base = BundledTheme.parse(name.strip());
        if (base.isEmpty()) {
            unknownTheme(name, at, problems);
        }
        return base.orElse(BundledTheme.LIGHT);
    }

    /** A theme name that is not one: the bundled name meant (also for the Spanish word), or the names known. */
    private static void unknownTheme(String name, Location at, Problems problems) {
        Optional<BundledTheme> meant = BundledTheme.fromSpanish(name);
        if (meant.isPresent()) {
            problems.error(at, "deck.themeUnknown", name, Messages.get("hint.didYouMean", meant.get().yamlName()));
        } else {
            problems.unknownName(at, "deck.themeUnknown", name, BundledTheme.names());
        }
    }

    private static Optional<Path> themeCss(String t, Location at, Path root, Problems problems) {
        Optional<Path> css = DeckPaths.inside(root, t, at, problems);
        css.filter(c -> !Files.isRegularFile(c)).ifPresent(c -> problems.warning(at, "deck.themeMissing", root.relativize(c)));
        css.filter(Files::isRegularFile).ifPresent(c -> ThemeCheck.check(c, root, problems));
        return css;
    }

    private Optional<Deck> deck(YamlNode node, Path file, Path root, Problems problems) {
        if (!(node instanceof YamlNode.Mapping m)) {
            problems.error(node.location(), "deck.notMapping");
            return Optional.empty();
        }
        Fields f = new Fields(m, DECK_FIELDS, problems);
        String title = f.requiredText("title");
        int duration = (int) Math.round(f.requiredNumber("duration", 1, 24 * 60));
        ThemeChoice look = theme(f, root, problems);
        Optional<Path> theme = look.css();
        Optional<Path> bib = f.text("bibliography")
                .flatMap(t -> DeckPaths.inside(root, t, f.locationOf("bibliography"), problems));
        bib.filter(b -> !Files.isRegularFile(b))
                .ifPresent(b -> problems.warning(f.locationOf("bibliography"), "deck.bibMissing", root.relativize(b)));

        List<Section> sections = new ArrayList<>();
        Map<String, Location> slideIds = new HashMap<>();
        Map<String, Location> sectionIds = new HashMap<>();
        int[] slideCount = {0};
        Optional<YamlNode.Sequence> list = f.list("sections");
        if (list.isEmpty()) {
            problems.error(m.location(), "field.missing", "sections");
        }
        // a section that could not be read is an error of its own; sums without it would only add false warnings
        boolean allSectionsRead = true;
        for (YamlNode item : list.map(YamlNode.Sequence::items).orElse(List.of())) {
            Optional<String> name = Fields.asText(item, problems);
            if (name.isEmpty()) {
                allSectionsRead = false;
                continue;
            }
            Optional<Path> sectionFile = DeckPaths.inside(file.getParent(), name.get(), item.location(), problems);
            if (sectionFile.isEmpty()) {
                allSectionsRead = false;
                continue;
            }
            if (!Files.isRegularFile(sectionFile.get())) {
                problems.error(item.location(), "deck.sectionMissing", name.get());
                allSectionsRead = false;
                continue;
            }
            Optional<YamlNode> sectionNode = MarkdownSection.isMarkdown(sectionFile.get())
                    ? MarkdownSection.read(sectionFile.get(), problems)
                    : yaml.read(sectionFile.get(), problems);
            Optional<Section> section = sectionNode
                    .flatMap(n -> section(n, root, slideIds, sectionIds, slideCount, problems));
            section.ifPresent(sections::add);
            allSectionsRead &= section.isPresent();
        }
        if (slideCount[0] > MAX_SLIDES) {
            problems.error(m.location(), "deck.tooManySlides", slideCount[0], MAX_SLIDES);
        }
        Deck deck = new Deck(root, file, title, f.text("subtitle").orElse(""), f.text("author").orElse(""),
                f.text("institution").orElse(""), f.text("date").orElse(""), f.text("language").orElse("es"),
                duration, theme, bib, sections, look.base());
        double sum = deck.budgetSumMinutes();
        if (!allSectionsRead) {
            return Optional.of(deck);
        }
        if (!sections.isEmpty() && duration > 0 && Math.abs(sum - duration) > 1e-9) {
            problems.warning(f.locationOf("duration"), "deck.budgetMismatch", fmt(sum), duration);
        }
        for (Section s : sections) {
            double scaled = deck.scaledBudgetMinutes(s);
            if (s.estimatedMinutes() > scaled + 1e-9) {
                problems.warning(s.budgetLocation(), "section.overBudget", s.title(), s.estimatedMinutes(), scaled,
                        s.budgetMinutes(), duration, sum, s.estimatedMinutes() - scaled);
            }
        }
        return Optional.of(deck);
    }

    private Optional<Section> section(YamlNode node, Path root, Map<String, Location> slideIds,
            Map<String, Location> sectionIds, int[] slideCount, Problems problems) {
        if (!(node instanceof YamlNode.Mapping m)) {
            problems.error(node.location(), "section.notMapping");
            return Optional.empty();
        }
        Fields f = new Fields(m, SECTION_FIELDS, problems);
        String id = f.requiredText("id");
        Location previous = sectionIds.putIfAbsent(id, f.locationOf("id"));
        if (previous != null && !id.isEmpty()) {
            problems.error(f.locationOf("id"), "section.duplicateId", id, previous.display(root));
        }
        String title = f.requiredText("title");
        double budget = f.requiredNumber("budget", 0, 24 * 60);
        List<Slide> slides = new ArrayList<>();
        Optional<YamlNode.Sequence> list = f.list("slides");
        if (list.isEmpty()) {
            problems.error(m.location(), "field.missing", "slides");
        }
        for (YamlNode s : list.map(YamlNode.Sequence::items).orElse(List.of())) {
            if (++slideCount[0] > MAX_SLIDES) {
                break;
            }
            slide(s, root, problems).ifPresent(slide -> {
                // at the id itself: a Markdown slide's place is its --- line, its id is in the header below it
                YamlNode.Mapping.Entry idEntry = s instanceof YamlNode.Mapping sm ? sm.entries().get("id") : null;
                Location idAt = idEntry != null ? idEntry.keyLocation() : slide.location();
                Location first = slideIds.putIfAbsent(slide.id(), idAt);
                if (first != null) {
                    problems.error(idAt, "slide.duplicateId", slide.id(), first.display(root));
                }
                slides.add(slide);
            });
        }
        return Optional.of(new Section(id, title, budget, slides, m.location(), f.locationOf("budget")));
    }

    private Optional<Slide> slide(YamlNode node, Path root, Problems problems) {
        if (!(node instanceof YamlNode.Mapping m)) {
            problems.error(node.location(), "slide.notMapping");
            return Optional.empty();
        }
        Fields f = new Fields(m, SLIDE_FIELDS, problems);
        String id = f.requiredText("id");
        Layout layout = Layout.CONTENT;
        Optional<String> layoutName = f.text("layout");
        if (layoutName.isPresent()) {
            Optional<Layout> parsed = Layout.parse(layoutName.get());
            if (parsed.isPresent()) {
                layout = parsed.get();
            } else {
                Fields.reportUnknown(f.locationOf("layout"), "slide.unknownLayout", layoutName.get(), Layout.names(), problems);
            }
        }
        BlockReader reader = new BlockReader(problems);
        List<Block> blocks = f.list(layout == Layout.TWO_COLUMNS && f.has("left") ? "left" : "blocks")
                .map(reader::read).orElse(List.of());
        if (layout == Layout.REFERENCES) {
            if (f.has("blocks")) {
                problems.error(f.locationOf("blocks"), "slide.referencesHaveNoBlocks");
            }
            blocks = List.of(new Block.ReferenceList(referencesAll(f, problems), List.of(), 0, m.location()));
        } else if (f.has("references")) {
            problems.error(f.locationOf("references"), "slide.referencesNeedLayout");
        }
        if (layout == Layout.AGENDA) {
            if (f.has("blocks")) {
                problems.error(f.locationOf("blocks"), "slide.agendaHasNoBlocks");
            }
            blocks = List.of(new Block.Agenda(start(f, problems), 0, m.location()));
        } else if (f.has("start")) {
            problems.error(f.locationOf("start"), "slide.startNeedsAgenda");
        }
        List<Block> right = f.list("right").map(reader::read).orElse(List.of());
        if (layout == Layout.TWO_COLUMNS && (!f.has("left") || !f.has("right"))) {
            problems.error(m.location(), "slide.twoColumnsNeedsSides");
        } else if (layout != Layout.TWO_COLUMNS && (f.has("left") || f.has("right"))) {
            problems.error(f.locationOf(f.has("left") ? "left" : "right"), "slide.sidesNeedTwoColumns");
        }
        String title = f.text("title").orElse("");
        if (title.isBlank() && layout != Layout.QUOTE && layout != Layout.IMAGE && layout != Layout.REFERENCES) {
            // a Markdown slide has no title field: its title is its # line
            problems.error(m.location(), MarkdownSection.isMarkdown(m.location().file()) ? "md.noTitle" : "field.missing",
                    "title");
        }
        ImagePlacement.check(layout, blocks, right, problems);
        for (Block b : allBlocks(blocks, right)) {
            if (b instanceof Block.Image img) {
                DeckPaths.inside(root, img.src(), img.location(), problems).ifPresent(p -> {
                    if (!Files.isRegularFile(p)) {
                        Optional<String> otherCase = DeckPaths.sameNameOtherCase(p, img.src());
                        if (otherCase.isPresent()) {
                            problems.warning(img.location(), "image.missingCase", img.src(), otherCase.get());
                        } else {
                            problems.warning(img.location(), "image.missing", img.src());
                        }
                    } else {
                        // read the header only: a picture too big to decode safely becomes a placeholder
                        ImageHeader.refusal(p).ifPresent(why -> problems.warning(img.location(), (String) why[0],
                                Stream.concat(Stream.of(img.src()), Arrays.stream(why, 1, why.length)).toArray()));
                    }
                });
            }
        }
        // a reference list is appendix material: pacing ignores it unless the author says otherwise
        boolean counted = f.bool("counted", layout != Layout.REFERENCES);
        return Optional.of(new Slide(id, title, f.text("subtitle").orElse(""), layout, blocks, right,
                f.text("notes").orElse(""), duration(f, problems), counted, reader.steps(), m.location(),
                uncited(f, problems), todos(f, problems)));
    }

    /**
     * {@code duration: 1.5}: the minutes the slide is expected to take. Decks written before it existed
     * called it {@code budget}; that is still read, with a warning asking to rename it.
     */
    private static OptionalDouble duration(Fields f, Problems problems) {
        OptionalDouble duration = f.number("duration", 0, 24 * 60);
        if (f.has("budget")) {
            problems.warning(f.keyLocationOf("budget"), "slide.budgetRenamed");
            OptionalDouble old = f.number("budget", 0, 24 * 60);
            if (duration.isEmpty()) {
                return old;
            }
        }
        return duration;
    }

    /** {@code todo: 'text'} or a list of texts: the slide's production to-dos, each where it is written. */
    private static List<Todo> todos(Fields f, Problems problems) {
        Optional<YamlNode> n = f.node("todo");
        if (n.isEmpty()) {
            return List.of();
        }
        List<YamlNode> items = n.get() instanceof YamlNode.Sequence seq ? seq.items() : List.of(n.get());
        List<Todo> out = new ArrayList<>();
        for (YamlNode item : items) {
            Fields.asText(item, problems).map(String::strip).filter(t -> !t.isEmpty())
                    .ifPresent(t -> out.add(new Todo(t, item.location())));
        }
        return out;
    }

    /** {@code uncited: 'reason'} (or {@code true}) marks a slide's figures as deliberately uncited. */
    private static String uncited(Fields f, Problems problems) {
        Optional<YamlNode> n = f.node("uncited");
        if (n.isEmpty()) {
            return "";
        }
        if (n.get() instanceof YamlNode.Scalar s && s.tag() == YamlNode.Scalar.Tag.BOOL) {
            return Boolean.parseBoolean(s.text()) ? "true" : "";
        }
        String reason = Fields.asText(n.get(), problems).orElse("").strip();
        if (reason.isEmpty()) {
            problems.error(f.locationOf("uncited"), "slide.uncitedEmpty");
        }
        return reason;
    }

    /** {@code start: '10:15'}: when the class starts, so the agenda can give each section's clock time. */
    private static LocalTime start(Fields f, Problems problems) {
        Optional<String> text = f.text("start");
        if (text.isEmpty()) {
            return null;
        }
        Matcher hm = CLOCK.matcher(text.get().strip());
        if (hm.matches() && Integer.parseInt(hm.group(1)) < 24 && Integer.parseInt(hm.group(2)) < 60) {
            return LocalTime.of(Integer.parseInt(hm.group(1)), Integer.parseInt(hm.group(2)));
        }
        problems.error(f.locationOf("start"), "slide.badStart", text.get());
        return null;
    }

    /** {@code references: cited} (the default) or {@code all}. */
    private static boolean referencesAll(Fields f, Problems problems) {
        Optional<String> scope = f.text("references");
        if (scope.isEmpty()) {
            return false;
        }
        List<String> scopes = List.of("cited", "all");
        if (!scopes.contains(scope.get().trim())) {
            Fields.reportUnknown(f.locationOf("references"), "slide.referencesScope", scope.get(), scopes, problems);
            return false;
        }
        return "all".equals(scope.get().trim());
    }

    /** Blocks of a slide including those nested in columns, in reading order. */
    public static List<Block> allBlocks(List<Block> blocks, List<Block> right) {
        List<Block> out = new ArrayList<>();
        collect(blocks, out);
        collect(right, out);
        return out;
    }

    private static void collect(List<Block> blocks, List<Block> out) {
        for (Block b : blocks) {
            out.add(b);
            if (b instanceof Block.Columns c) {
                c.columns().forEach(col -> collect(col, out));
            }
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format("%.1f", v);
    }

}
