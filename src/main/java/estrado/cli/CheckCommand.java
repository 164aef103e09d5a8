package estrado.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import estrado.deck.Deck;
import estrado.deck.Problem;
import estrado.deck.Section;
import estrado.i18n.Messages;
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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code estrado check}: validates a deck and renders every slide off-screen. */
@Command(name = "check", resourceBundle = "estrado.cli.check")
public final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DECK_DIR", descriptionKey = "deckDir")
    Path deckDir;

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
        Path folder = deckDir != null ? deckDir : estrado.deck.BundledDeck.root();
        Report report = inspect(folder, widgets, !noRender);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report.json()));
        } else {
            for (Problem p : report.problems()) {
                out.println(p.format(report.base()));
            }
            out.println(report.summary());
        }
        out.flush();
        return report.errors() > 0 ? 1 : 0;
    }

    /** Loads, cross-checks and (optionally) renders a deck; the figures behind `check`. */
    public static Report inspect(Path folder, WidgetViews widgets, boolean render) {
        OpenedDeck opened = OpenedDeck.open(folder, widgets);
        List<Problem> problems = new ArrayList<>(opened.problems());
        if (render && opened.context().isPresent()) {
            FxRuntime.startHeadless();
            problems.addAll(FxRuntime.call(() -> OverflowCheck.run(new SlideRenderer(opened.context().get()))));
        }
        Path base = folder.toAbsolutePath().normalize();
        if (!java.nio.file.Files.isDirectory(base)) {
            base = base.getParent();
        }
        return new Report(opened.deck().orElse(null), problems, base);
    }

    /** What `check` found. */
    public record Report(Deck deck, List<Problem> problems, Path base) {
        public long errors() {
            return problems.stream().filter(Problem::isError).count();
        }

        public long warnings() {
            return problems.size() - errors();
        }

        String summary() {
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
                    sm.put("slides", s.slides().size());
                    sections.add(sm);
                }
            }
            m.put("sections", sections);
            m.put("slides", deck == null ? 0 : deck.slides().size());
            m.put("errors", problems.stream().filter(Problem::isError).map(this::problem).toList());
            m.put("warnings", problems.stream().filter(p -> !p.isError()).map(this::problem).toList());
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
