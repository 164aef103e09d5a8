package estrado.widgets.batch;

import estrado.widgets.vram.VramEstimate;
import estrado.widgets.vram.VramEstimator;
import estrado.widgets.vram.VramInputs;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Lines of the batch-scaling widget: the detailed estimate as batch size or sequence length grows,
 * everything else fixed. These are estimates from {@link VramEstimator}, not measurements.
 */
public final class BatchScaling {

    /**
     * One point of a line.
     *
     * @param x        the batch size or sequence length
     * @param estimate the full breakdown at that point
     */
    public record Point(int x, VramEstimate estimate) {
        public double totalGb() {
            return estimate.totalGb();
        }
    }

    private BatchScaling() {
    }

    /** Memory against batch size. */
    public static List<Point> overBatch(VramInputs base, List<Integer> batchSizes) {
        return sweep(base, batchSizes, (b, x) -> b.batch(x));
    }

    /** Memory against sequence length. */
    public static List<Point> overSeqLen(VramInputs base, List<Integer> seqLens) {
        return sweep(base, seqLens, (b, x) -> b.seqLen(x));
    }

    /** 1, 2, 4, … up to and including {@code max} if it is a power of two: the usual batch axis. */
    public static List<Integer> powersOfTwo(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("the axis maximum must be at least 1, got " + max);
        }
        List<Integer> xs = new ArrayList<>();
        for (long x = 1; x <= max; x *= 2) {
            xs.add((int) x);
        }
        return List.copyOf(xs);
    }

    private static List<Point> sweep(VramInputs base, List<Integer> xs,
                                     BiFunction<VramInputs.Builder, Integer, VramInputs.Builder> set) {
        if (xs == null || xs.isEmpty()) {
            throw new IllegalArgumentException("the axis needs at least one value");
        }
        List<Point> points = new ArrayList<>(xs.size());
        for (int x : xs) {
            points.add(new Point(x, VramEstimator.estimate(set.apply(base.toBuilder(), x).build())));
        }
        return List.copyOf(points);
    }
}
