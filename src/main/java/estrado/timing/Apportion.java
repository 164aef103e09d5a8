package estrado.timing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Whole-number apportionment by the largest-remainder (Hamilton) method. */
public final class Apportion {

    private Apportion() {
    }

    /**
     * Splits {@code total} whole units in proportion to {@code weights}, so the parts add up to {@code total}
     * exactly: every part gets the floor of its quota and the units left go to the largest fractional remainders
     * (ties to the earlier part). All-zero weights are split evenly.
     */
    public static int[] largestRemainder(List<Double> weights, int total) {
        if (total < 0) {
            throw new IllegalArgumentException("total must be >= 0");
        }
        int n = weights.size();
        int[] parts = new int[n];
        if (n == 0) {
            return parts;
        }
        double sum = 0;
        for (double w : weights) {
            if (Double.isNaN(w) || w < 0) {
                throw new IllegalArgumentException("weights must be >= 0, got " + w);
            }
            sum += w;
        }
        double[] quota = new double[n];
        for (int i = 0; i < n; i++) {
            quota[i] = sum == 0 ? (double) total / n : weights.get(i) * total / sum;
            parts[i] = (int) Math.floor(quota[i]);
        }
        int left = total;
        for (int p : parts) {
            left -= p;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingDouble(i -> quota[i] - Math.floor(quota[i])).reversed()
                .thenComparing(i -> i));
        for (int k = 0; k < left; k++) {
            parts[order.get(k % n)]++;
        }
        return parts;
    }
}
