package estrado.cli;

import estrado.deck.Deck;
import estrado.deck.Problem;
import estrado.export.ExportCancelledException;
import estrado.deck.Slide;
import estrado.export.ExportPage;
import estrado.export.InkPainter;
import estrado.export.PdfExporter;
import estrado.export.PngExporter;
import estrado.export.ProgressListener;
import estrado.i18n.Messages;
import estrado.render.FxRuntime;
import estrado.render.OpenedDeck;
import estrado.plan.DeckPlan;
import estrado.render.WidgetViews;
import estrado.timing.Loaded;
import estrado.timing.RunLog;
import estrado.timing.RunLogStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code estrado export --pdf FILE --png DIR}: the deck as a PDF and/or one picture per slide, drawn headless;
 * {@code --ink RUN.json} draws a run's pen and highlighter strokes on the PDF's pages.
 */
@Command(name = "export", mixinStandardHelpOptions = true, resourceBundle = "estrado.cli.export")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DeckFolder deck;

    @Option(names = "--pdf", paramLabel = "FILE", descriptionKey = "export.pdf")
    Path pdf;

    @Option(names = "--png", paramLabel = "DIR", descriptionKey = "export.png")
    Path pngDir;

    @Option(names = "--notes", descriptionKey = "export.notes")
    boolean notes;

    @Option(names = "--lossless", descriptionKey = "export.lossless")
    boolean lossless;

    @Option(names = "--scale", defaultValue = "1", descriptionKey = "export.scale")
    double scale;

    @Option(names = "--steps", defaultValue = "final", descriptionKey = "export.steps")
    String steps;

    @Option(names = "--ink", paramLabel = "RUN.json", descriptionKey = "export.ink")
    Path inkRun;

    private final WidgetViews widgets;

    ExportCommand(WidgetViews widgets) {
        this.widgets = widgets;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (pdf == null && pngDir == null) {
            throw new ParameterException(spec.commandLine(), Messages.get("export.needOutput"));
        }
        if (notes && pdf == null) {
            throw new ParameterException(spec.commandLine(), Messages.get("export.notesNeedPdf"));
        }
        if (lossless && pdf == null) {
            throw new ParameterException(spec.commandLine(), Messages.get("export.losslessNeedsPdf"));
        }
        if (inkRun != null && pdf == null) {
            throw new ParameterException(spec.commandLine(), Messages.get("export.inkNeedsPdf"));
        }
        InkPainter ink = null;
        if (inkRun != null) {
            Loaded<RunLog> run = RunLogStore.loadRun(inkRun);
            if (run.get().isEmpty()) {
                err.println(Messages.get("export.inkUnreadable", inkRun, run.message().orElse("")));
                return 1;
            }
            ink = new InkPainter(run.get().get().ink());
            inkDeck = run.get().get().deckId();
        }
        ExportPage.Steps which;
        try {
            which = ExportPage.Steps.parse(steps);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), Messages.get("export.badSteps", steps));
        }
        Path folder = deck.folder();
        // the toolkit starts on the other core while the deck is read: both take a few hundred ms
        Thread toolkit = new Thread(FxRuntime::startHeadless, "fx-start");
        toolkit.setDaemon(true);
        toolkit.start();
        OpenedDeck opened = OpenedDeck.openForExport(folder, widgets);
        // joined on the error path too: exiting while the toolkit starts printed its trace ("Shutdown in progress")
        toolkit.join();
        if (opened.context().isEmpty()) {
            opened.problems().stream().filter(Problem::isError).forEach(p -> out.println(p.format(opened.root())));
            return 1;
        }
        FxRuntime.startHeadless();
        if (ink != null) {
            warnAboutInk(ink, opened, err);
        }
        // Ctrl-C asks the export to stop at the next page, so it can remove its half-written file
        AtomicBoolean cancelled = new AtomicBoolean();
        Thread worker = Thread.currentThread();
        Thread hook = new Thread(() -> {
            cancelled.set(true);
            try {
                worker.join(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            if (pdf != null) {
                PdfExporter exporter = new PdfExporter(opened.context().get());
                if (ink != null) {
                    exporter.withInk(ink);
                }
                PdfExporter.Result r = exporter.export(pdf, new PdfExporter.Options(which, notes, lossless), progress(err), cancelled::get);
                err.println();
                out.println(Messages.get("export.pdfDone", r.file(), r.pages(), size(r.bytes())));
            }
            if (pngDir != null) {
                PngExporter.Result r = new PngExporter(opened.context().get())
                        .export(pngDir, which, scale, progress(err), cancelled::get);
                err.println();
                out.println(Messages.get("export.done", r.images(), pngDir));
            }
        } catch (ExportCancelledException e) {
            err.println();
            err.println(Messages.get("export.cancelled"));
            return 130;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is already running: it is waiting for us to finish
            }
        }
        return 0;
    }

    /** The deck id the ink's run was recorded on. */
    private String inkDeck;

    /** A run of another deck, or of slides since removed: said, and the ink that still fits is drawn. */
    private void warnAboutInk(InkPainter ink, OpenedDeck opened, PrintWriter err) {
        Deck d = opened.context().get().deck();
        if (!DeckPlan.deckId(d).equals(inkDeck)) {
            err.println(Messages.get("export.inkOtherDeck", inkRun, inkDeck, DeckPlan.deckId(d)));
        }
        List<String> missing = ink.slidesMissingFrom(opened.context().get().slides().stream().map(Slide::id)
                .collect(Collectors.toSet()));
        if (!missing.isEmpty()) {
            err.println(Messages.get("export.inkMissingSlides", inkRun, String.join(", ", missing)));
        }
    }

    /** "\rExportando 12/64…" on the terminal, rewritten in place. */
    private static ProgressListener progress(PrintWriter err) {
        return (done, total) -> {
            err.print("\r" + Messages.get("export.progress", done, total));
            err.flush();
        };
    }

    private static String size(long bytes) {
        return bytes >= 1024 * 1024 ? String.format("%.1f MB", bytes / (1024.0 * 1024))
                : String.format("%d KB", Math.max(1, Math.round(bytes / 1024.0)));
    }
}
