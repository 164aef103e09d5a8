package estrado.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import estrado.deck.Deck;
import estrado.deck.Problem;
import estrado.deck.Section;
import estrado.deck.Slide;
import estrado.deck.Todo;
import estrado.i18n.Messages;
import estrado.render.DeckAudit;
import estrado.render.FxRuntime;
import estrado.render.OpenedDeck;
import estrado.render.OverflowCheck;
import estrado.render.SlideRenderer;
import estrado.render.WidgetViews;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code estrado check}: validates a deck and renders every slide off-screen. */
@Command(name = "check", mixinStandardHelpOptions = true, resourceBundle = "estrado.cli.check")
public final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DeckFolder deck;

    @Option(names = "--json", descriptionKey = "check.json")
    boolean json;

    @Option(names = "--no-render", descriptionKey = "check.noRender")
    boolean noRender;

    private final WidgetViews widgets;

    CheckCommand(WidgetViews widgets) {
        this.widgets = widgets;
    }

    @Override
    public Integer call() throws Exception {
        Path folder = deck.folder();
        Report report = inspect(folder, widgets, !noRender);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report.json()));
        } else {
            for (Problem p : report.problems()) {
                out.println(p.format(report.base()));
            }
            for (Todo t : report.todos()) {
                out.println(t.location().display(report.base()) + ": " + Messages.get("check.todo") + ": " + t.text());
            }
            out.println(report.summary());
            report.audit().ifPresent(a -> out.println(a.summaryLine()));
        }
        out.flush();
        return report.errors() > 0 ? 1 : 0;
    }

    /** Loads, cross-checks and (optionally) renders a deck; the figures behind `check`. */
    public static Report inspect(Path folder, WidgetViews widgets, boolean render) {
        OpenedDeck opened = OpenedDeck.open(folder, widgets);
        List<Problem> problems = new ArrayList<>(opened.problems());
        List<OverflowCheck.Fill> fills = List.of();
        List<OverflowCheck.LowContrast> contrast = List.of();
        if (render && opened.context().isPresent()) {
            FxRuntime.startHeadless();
            // overflow, fill and contrast need the pictures' places, not their pixels (their headers give the sizes,
            // and a header that cannot be read is already a problem): no picture is decoded, as before a talk
            OverflowCheck.Result drawn = FxRuntime.call(() -> OverflowCheck.measure(
                    new SlideRenderer(opened.context().get()).withoutPixels()));
            problems.addAll(drawn.problems());
            fills = drawn.fills();
            contrast = drawn.contrast();
        }
        Path base = folder.toAbsolutePath().normalize();
        if (!java.nio.file.Files.isDirectory(base)) {
            base = base.getParent();
        }
        return new Report(opened.deck().orElse(null), problems, base, opened.audit(), fills, contrast);
    }

    /**
     * What `check` found; {@code audit} is there whenever the deck files could be read, {@code fills} when the
     * slides were drawn (one per content slide), {@code contrast} the colour pairs under their minimum (also
     * among the problems, as errors).
     */
    public record Report(Deck deck, List<Problem> problems, Path base, Optional<DeckAudit> audit,
            List<OverflowCheck.Fill> fills, List<OverflowCheck.LowContrast> contrast) {
        public Report(Deck deck, List<Problem> problems, Path base) {
            this(deck, problems, base, Optional.empty(), List.of(), List.of());
        }

        public long errors() {
            return problems.stream().filter(Problem::isError).count();
        }

        /** The slides' production to-dos, in deck order: listed by {@code check}, never shown elsewhere. */
        public List<Todo> todos() {
            return deck == null ? List.of() : deck.slides().stream().flatMap(s -> s.todos().stream()).toList();
        }

        public long warnings() {
            return problems.size() - errors();
        }

        String summary() {
            if (deck == null && errors() > 0) {
                // no usable deck: "0 secciones, 0 diapositivas" would read as an empty one
                return Messages.get("check.summaryNotLoaded", errors(), warnings());
            }
            int sections = deck == null ? 0 : deck.sections().size();
            int slides = deck == null ? 0 : deck.slides().size();
            return Messages.get("check.summary", sections, slides, errors(), warnings());
        }

        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("title", deck == null ? null : deck.title());
            m.put("durationMinutes", deck == null ? null : deck.durationMinutes());
            List<Map<String, Object>> sections = new ArrayList<>();
            if (deck != null) {
                for (Section s : deck.sections()) {
                    Map<String, Object> sm = new LinkedHashMap<>();
                    sm.put("id", s.id());
                    sm.put("title", s.title());
                    sm.put("budgetMinutes", s.budgetMinutes());
                    sm.put("scaledMinutes", deck.scaledBudgetMinutes(s));
                    sm.put("estimatedMinutes", s.estimatedMinutes());
                    sm.put("slidesWithoutDuration", s.slidesWithoutDuration());
                    sm.put("slides", s.slides().size());
                    sections.add(sm);
                }
            }
            m.put("sections", sections);
            m.put("slides", deck == null ? 0 : deck.slides().size());
            m.put("errors", problems.stream().filter(Problem::isError).map(this::problem).toList());
            m.put("warnings", problems.stream().filter(p -> !p.isError()).map(this::problem).toList());
            m.put("citations", citations());
            m.put("todos", todos().stream().map(this::todo).toList());
            m.put("pendingAssets", audit.map(a -> a.pendingAssets().stream().map(this::asset).toList())
                    .orElse(List.of()));
            m.put("fill", fills.stream().map(f -> {
                Map<String, Object> fm = new LinkedHashMap<>();
                fm.put("slide", f.slide());
                fm.put("fill", Math.round(f.fill() * 1000) / 1000.0);
                return fm;
            }).toList());
            m.put("contrast", contrast.stream().map(c -> {
                Map<String, Object> cm = located(c.problem().location());
                cm.put("slide", c.slide());
                cm.put("text", c.text());
                cm.put("color", c.fg());
                cm.put("background", c.bg());
                cm.put("ratio", c.ratio());
                cm.put("minimum", c.minimum());
                return cm;
            }).toList());
            return m;
        }

        private Map<String, Object> citations() {
            Map<String, Object> c = new LinkedHashMap<>();
            DeckAudit.CitationSummary s = audit.map(DeckAudit::citations).orElse(null);
            c.put("keys", s == null ? 0 : s.keys());
            c.put("cited", s == null ? 0 : s.cited().size());
            c.put("unknown", s == null ? List.of() : s.unknown());
            List<Map<String, Object>> figures = new ArrayList<>();
            if (s != null) {
                for (DeckAudit.UncitedFigure f : s.uncitedFigures()) {
                    Map<String, Object> fm = located(f.location());
                    fm.put("slide", f.slide());
                    fm.put("figure", f.figure());
                    figures.add(fm);
                }
            }
            c.put("uncitedFigures", figures);
            return c;
        }

        private Map<String, Object> asset(DeckAudit.PendingAsset a) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", a.file());
            m.put("shows", a.shows());
            m.put("slide", a.slide());
            m.put("at", a.location().display(base));
            return m;
        }

        private Map<String, Object> todo(Todo t) {
            Map<String, Object> m = located(t.location());
            m.put("slide", slideOf(t));
            m.put("text", t.text());
            return m;
        }

        private String slideOf(Todo t) {
            return deck.slides().stream().filter(s -> s.todos().contains(t)).map(Slide::id).findFirst().orElse("");
        }

        private Map<String, Object> located(estrado.deck.Location at) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", at.fileName(base));
            m.put("line", at.line());
            m.put("column", at.column());
            return m;
        }

        private Map<String, Object> problem(Problem p) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", p.location().fileName(base));
            m.put("line", p.location().line());
            m.put("column", p.location().column());
            m.put("message", p.message());
            return m;
        }
    }
}
