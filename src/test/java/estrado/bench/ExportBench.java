package estrado.bench;

import estrado.deck.BundledDeck;
import estrado.export.ExportPage;
import estrado.export.PdfExporter;
import estrado.export.PngExporter;
import estrado.export.ProgressListener;
import estrado.render.FxRuntime;
import estrado.render.OpenedDeck;
import estrado.render.SlideContext;
import estrado.render.WidgetViews;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Prints the export figures inside one warm JVM (so start-up is separate from per-slide work):
 * PDF and PNG export of the bundled deck and of generated 10 / 60 / 100 / 1,000-slide decks, with
 * time per slide and the heap's peak during each export. Run with bench/export.sh, which also times
 * the real command line end to end.
 */
public final class ExportBench {
    private ExportBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && "generate".equals(args[0])) {
            // for timing the real command line on a deck of a given size
            System.out.println(FoundationBench.generate(Integer.parseInt(args[1])));
            return;
        }
        long t0 = System.nanoTime();
        FxRuntime.startHeadless();
        System.out.printf("JavaFX headless start-up: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        Path bundled = args.length > 0 ? Path.of(args[0]) : BundledDeck.root();
        Path out = Files.createTempDirectory("estrado-export-bench");
        SlideContext warm = open(bundled);
        for (int i = 0; i < 5; i++) {
            pdf(warm, out.resolve("warm.pdf"), false); // JIT, fonts, caches
        }
        System.out.println("deck            slides   PDF ms   ms/slide   PDF size    heap peak   PNG ms  ms/slide");
        row("bundled", warm, out, true);
        for (int n : new int[] {10, 60, 100, 1000}) {
            Path deck = FoundationBench.generate(n);
            row("generated " + n, open(deck), out, n <= 100);
            delete(deck);
        }
        delete(out);
        FxRuntime.call(() -> {
            javafx.application.Platform.exit();
            return null;
        });
        System.exit(0);
    }

    private static void delete(Path tree) throws java.io.IOException {
        try (var files = Files.walk(tree)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static SlideContext open(Path deck) {
        OpenedDeck o = OpenedDeck.open(deck, WidgetViews.of(estrado.app.Main.widgetRegistry()));
        return o.context().orElseThrow(() -> new IllegalStateException("deck has errors: " + o.problems()));
    }

    private static void row(String name, SlideContext ctx, Path out, boolean png) throws Exception {
        int n = ctx.slides().size();
        List<Double> times = new ArrayList<>();
        long peak = 0;
        long size = 0;
        int runs = n >= 1000 ? 2 : 5;
        for (int i = 0; i < runs; i++) {
            System.gc();
            resetPeaks();
            long t = System.nanoTime();
            PdfExporter.Result r = pdf(ctx, out.resolve("bench.pdf"), false);
            times.add((System.nanoTime() - t) / 1e6);
            peak = Math.max(peak, heapPeak());
            size = r.bytes();
        }
        double pdfMs = median(times);
        String pngCols = "";
        if (png) {
            List<Double> pngTimes = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                long t = System.nanoTime();
                new PngExporter(ctx).export(out.resolve("png"), ExportPage.Steps.FINAL, 1, ProgressListener.none(), () -> false);
                pngTimes.add((System.nanoTime() - t) / 1e6);
            }
            double pngMs = Collections.min(pngTimes);
            pngCols = String.format("%8.0f %9.1f", pngMs, pngMs / n);
        }
        System.out.printf("%-15s %6d %8.0f %10.2f %8.0f KB %8.0f MB %s%n", name, n, pdfMs, pdfMs / n, size / 1024.0,
                peak / (1024.0 * 1024), pngCols);
    }

    private static PdfExporter.Result pdf(SlideContext ctx, Path file, boolean notes) throws Exception {
        return new PdfExporter(ctx).export(file, new PdfExporter.Options(ExportPage.Steps.FINAL, notes),
                ProgressListener.none(), () -> false);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static double median(List<Double> v) {
        List<Double> s = new ArrayList<>(v);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }
}
