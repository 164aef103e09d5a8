package estrado.widgets.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Where the labels of a chart's horizontal capacity lines (16 GB · T4, 24 GB · L4…) go, in the column at the
 * chart's right: plane geometry, no nodes.
 *
 * <p>Each label wants to be centred on its line. When lines bunch (the GPU sizes on a 400 GB scale are a few
 * pixels apart), the labels keep their lines' order and spread just enough not to overlap, each run of touching
 * labels centred on its lines (the least total shift: pool-adjacent-violators). A label whose centre then lies
 * nearer another line than its own, or off its line by more than half its height, is tied to its line by a
 * leader. No label is ever left out: before, a label pushed too far was dropped, and the next one up took its
 * place beside the wrong line ("48 GB · A6000" beside the 80 GB line, no "40 GB" at all).
 */
final class MarkLabels {
    /** Pixels between two labels stacked in a run. */
    static final double AIR = 2;

    /**
     * One label's place.
     *
     * @param top    the label's top y
     * @param leader whether it sits away from its line and must be tied to it by a leader
     */
    record Spot(double top, boolean leader) {
    }

    private MarkLabels() {
    }

    /**
     * The labels' places, in the order of {@code lineYs}: none overlaps another, all lie within
     * {@code [minY, maxY]} when their heights fit there.
     *
     * @param lineYs  each line's y
     * @param heights each label's height
     */
    static List<Spot> place(double[] lineYs, double[] heights, double minY, double maxY) {
        int n = lineYs.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> lineYs[i]));
        List<Run> runs = new ArrayList<>();
        for (int i : order) {
            Run run = new Run(i, lineYs[i] - heights[i] / 2, heights[i], minY, maxY);
            runs.add(run);
            while (runs.size() > 1 && overlaps(runs.get(runs.size() - 2), run)) {
                Run above = runs.remove(runs.size() - 2);
                run = above.join(run, minY, maxY);
                runs.set(runs.size() - 1, run);
            }
        }
        double[] tops = new double[n];
        for (Run run : runs) {
            double y = run.top;
            for (int i : run.members) {
                tops[i] = y;
                y += heights[i] + AIR;
            }
        }
        List<Spot> spots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double off = Math.abs(tops[i] + heights[i] / 2 - lineYs[i]);
            spots.add(new Spot(tops[i], off > tolerance(i, lineYs, heights[i])));
        }
        return spots;
    }

    /** How far a label's centre may be from its line and still read as its label: half its height, and nearer
     * its own line than any other. */
    static double tolerance(int i, double[] lineYs, double height) {
        double t = height / 2;
        for (int j = 0; j < lineYs.length; j++) {
            if (j != i) {
                t = Math.min(t, Math.abs(lineYs[j] - lineYs[i]) / 2);
            }
        }
        return t;
    }

    private static boolean overlaps(Run above, Run below) {
        return above.top + above.height + AIR > below.top;
    }

    /** Labels stacked without gaps but {@link #AIR}, top to bottom; {@code wanted} sums what each asks of the run's top. */
    private static final class Run {
        final List<Integer> members = new ArrayList<>();
        double wanted;
        double height;
        double top;

        Run(int member, double wantedTop, double height, double minY, double maxY) {
            members.add(member);
            this.wanted = wantedTop;
            this.height = height;
            settle(minY, maxY);
        }

        Run join(Run below, double minY, double maxY) {
            double shift = height + AIR;
            members.addAll(below.members);
            wanted += below.wanted - below.members.size() * shift;
            height += AIR + below.height;
            settle(minY, maxY);
            return this;
        }

        /** The mean of what the members ask, kept inside the column. */
        private void settle(double minY, double maxY) {
            top = Math.max(minY, Math.min(wanted / members.size(), maxY - height));
        }
    }
}
