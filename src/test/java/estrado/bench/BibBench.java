package estrado.bench;

import estrado.deck.TestDecks;
import estrado.render.OpenedDeck;
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
 * Prints how `check`'s load and audit scale with the size of the bibliography: a deck citing three
 * entries of a generated .bib of 1k, 4k, 16k and 64k entries (64k is ~9 MB, under the 10 MB limit);
 * median of 3 warm runs and the heap's peak. Linear means each 4× in entries costs about 4× in time.
 * Run: {@code mvn -B -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=estrado.bench.BibBench}
 * or with java and the test class path.
 */
public final class BibBench {
    private BibBench() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length > 0 ? java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[] {1_000, 4_000, 16_000, 64_000};
        System.out.println("entries\tbib MB\tmedian ms\tms per 1k entries\tpeak heap MB\tproblems");
        for (int n : sizes) {
            Path deck = generate(n);
            long bytes = Files.size(deck.resolve("bib/refs.bib"));
            OpenedDeck.open(deck, WidgetViews.none()); // warm-up
            List<Double> ms = new ArrayList<>();
            long peak = 0;
            int problems = 0;
            for (int i = 0; i < 3; i++) {
                System.gc();
                resetPeaks();
                long t0 = System.nanoTime();
                OpenedDeck d = OpenedDeck.open(deck, WidgetViews.none());
                ms.add((System.nanoTime() - t0) / 1e6);
                peak = Math.max(peak, heapPeak());
                problems = d.problems().size();
                if (d.hasErrors()) {
                    throw new IllegalStateException("errors: " + d.problems().subList(0, 3));
                }
            }
            Collections.sort(ms);
            System.out.printf("%d\t%.1f\t%.0f\t%.1f\t%d\t%d%n", n, bytes / 1e6, ms.get(1), ms.get(1) / (n / 1000.0),
                    peak >> 20, problems);
            try (var files = Files.walk(deck)) { // 9 MB per run: leave no copies behind in /tmp
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static Path generate(int entries) throws Exception {
        Path dir = Files.createTempDirectory("estrado-bib-bench");
        StringBuilder bib = new StringBuilder();
        for (int i = 0; i < entries; i++) {
            bib.append("@article{k").append(i).append(",\n  author = {Autor, A. and Otro, B.},\n  title = {Título ")
                    .append(i).append("},\n  journal = {J},\n  year = {2024},\n  doi = {10.1/").append(i).append("}\n}\n");
        }
        Path deck = TestDecks.write(dir, "title: B\nduration: 10\nbibliography: bib/refs.bib\nsections:\n  - s1.yaml\n",
                "id: s1\ntitle: S\nbudget: 10\nslides:\n  - id: a\n    title: A\n    blocks:\n"
                        + "      - 'Tres fuentes \\cite{k0,k1,k" + (entries - 1) + "}'\n");
        Files.createDirectories(deck.resolve("bib"));
        Files.writeString(deck.resolve("bib/refs.bib"), bib);
        return deck;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
