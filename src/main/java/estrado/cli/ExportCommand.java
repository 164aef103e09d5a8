package estrado.cli;

import estrado.deck.Problem;
import estrado.deck.Slide;
import estrado.i18n.Messages;
import estrado.render.FxRuntime;
import estrado.render.OpenedDeck;
import estrado.render.SlideImages;
import estrado.render.SlideRenderer;
import estrado.render.WidgetViews;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code estrado export --png DIR}: one picture per slide, drawn headless. */
@Command(name = "export", resourceBundle = "estrado.cli.export")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DECK_DIR", descriptionKey = "deckDir")
    Path deckDir;

    @Option(names = "--png", paramLabel = "DIR", required = true, descriptionKey = "export.png")
    Path pngDir;

    @Option(names = "--scale", defaultValue = "1", descriptionKey = "export.scale")
    double scale;

    @Option(names = "--steps", defaultValue = "final", descriptionKey = "export.steps")
    String steps;

    private final WidgetViews widgets;

    ExportCommand(WidgetViews widgets) {
        this.widgets = widgets;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = deckDir != null ? deckDir : estrado.deck.BundledDeck.root();
        OpenedDeck opened = OpenedDeck.open(folder, widgets);
        if (opened.context().isEmpty()) {
            opened.problems().stream().filter(Problem::isError).forEach(p -> out.println(p.format(opened.root())));
            return 1;
        }
        FxRuntime.startHeadless();
        SlideRenderer renderer = FxRuntime.call(() -> new SlideRenderer(opened.context().get()));
        List<Slide> slides = opened.context().get().slides();
        boolean all = "all".equals(steps);
        int written = 0;
        for (int i = 0; i < slides.size(); i++) {
            Slide s = slides.get(i);
            int first = all ? 0 : s.steps() - 1;
            for (int step = first; step < s.steps(); step++) {
                int st = step;
                var img = FxRuntime.call(() -> SlideImages.snapshot(renderer, s, st, scale));
                String name = String.format("%03d-%s%s.png", i + 1, s.id(), all && s.steps() > 1 ? "-" + (step + 1) : "");
                SlideImages.writePng(img, pngDir.resolve(name));
                written++;
            }
        }
        out.println(Messages.get("export.done", written, pngDir));
        return 0;
    }
}
