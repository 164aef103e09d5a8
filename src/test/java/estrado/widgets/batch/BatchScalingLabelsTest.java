package estrado.widgets.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.render.FxRuntime;
import estrado.widgets.CitationNumbers;
import estrado.widgets.chart.CapacityLabelCheck;
import estrado.widgets.model.ModelPresets;
import estrado.widgets.model.Precision;
import estrado.widgets.vram.GpuPreset;
import estrado.widgets.vram.TrainingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Polyline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A line's label never sits on a plotted line: seen in inference, where the short lines bunch at the bottom and
 * "1.024 tokens" and "512 tokens" were drawn across them. Every model, mode and checkpointing, as the slide's
 * controls can set them.
 */
class BatchScalingLabelsTest {

    @BeforeAll
    static void toolkit() {
        FxRuntime.startHeadless();
    }

    private static final List<String> GPU_SIZES = Stream.of(GpuPreset.values()).map(GpuPreset::memoryGb).distinct()
            .sorted().map(gb -> gb + " GB").toList();

    /** Also: every GPU line's label at its line or tied to it, none overlapping, none missing ({@link CapacityLabelCheck}). */
    @Test
    void noLineLabelCrossesAPlottedLine() {
        List<String> faults = FxRuntime.call(() -> {
            BatchScalingWidget.Settings settings = new BatchScalingWidget.Settings("qwen2.5-1.5b", TrainingMode.FULL,
                    Precision.BF16, 64, List.of(512, 1024, 2048, 4096), false, 100, true);
            BatchScalingWidget.State state = new BatchScalingWidget.State();
            state.load(settings);
            Parent view = (Parent) BatchScalingWidget.view(state, settings, CitationNumbers.local());
            StackPane holder = new StackPane(view);
            new Scene(holder, 1780, 860); // the slide body's size on a 1920×1080 projector
            List<String> found = new ArrayList<>();
            int tried = 0;
            int gpuLines = 0;
            for (String model : ModelPresets.all().keySet()) {
                for (TrainingMode mode : TrainingMode.values()) {
                    for (boolean checkpointing : new boolean[] {false, true}) {
                        state.model.set(model);
                        state.mode.set(mode);
                        state.checkpointing.set(checkpointing);
                        for (int pass = 0; pass < 2; pass++) {
                            holder.applyCss();
                            holder.layout();
                        }
                        String setting = model + " " + mode + (checkpointing ? " checkpointing" : "");
                        tried += check(view, setting, found);
                        gpuLines += CapacityLabelCheck.check(view, setting, GPU_SIZES, found);
                    }
                }
            }
            assertTrue(tried > 100, "labels checked: " + tried);
            assertTrue(gpuLines > 100, "GPU lines checked: " + gpuLines);
            return found;
        });
        assertEquals(List.of(), faults, faults.size() + " labels on a line");
    }

    /** Each visible line label against every plotted line; returns how many labels it looked at. */
    private static int check(Parent view, String setting, List<String> out) {
        List<Polyline> curves = view.lookupAll(".w-series").stream().filter(n -> n instanceof Polyline)
                .map(n -> (Polyline) n).toList();
        int labels = 0;
        for (Node n : view.lookupAll(".w-series-label")) {
            if (!(n instanceof Label l) || !l.isVisible()) {
                continue;
            }
            labels++;
            Bounds box = l.localToScene(l.getLayoutBounds());
            for (Polyline curve : curves) {
                if (crosses(curve, box)) {
                    out.add(setting + ": '" + l.getText() + "' on the line "
                            + curve.getStyleClass().stream().filter(c -> c.startsWith("w-series-")).findFirst()
                            .orElse("?"));
                }
            }
        }
        return labels;
    }

    /** Whether any segment of the curve, in scene coordinates, passes through the box (sampled every pixel). */
    private static boolean crosses(Polyline curve, Bounds box) {
        List<Double> p = curve.getPoints();
        for (int i = 0; i + 3 < p.size(); i += 2) {
            Point2D a = curve.localToScene(p.get(i), p.get(i + 1));
            Point2D b = curve.localToScene(p.get(i + 2), p.get(i + 3));
            int steps = (int) Math.ceil(a.distance(b));
            for (int k = 0; k <= steps; k++) {
                double t = steps == 0 ? 0 : (double) k / steps;
                if (box.contains(a.getX() + t * (b.getX() - a.getX()), a.getY() + t * (b.getY() - a.getY()))) {
                    return true;
                }
            }
        }
        return false;
    }
}
