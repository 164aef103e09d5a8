package estrado.widgets.vram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.render.FxRuntime;
import estrado.widgets.CitationNumbers;
import estrado.widgets.chart.CapacityLabelCheck;
import estrado.widgets.lora.LoraTarget;
import estrado.widgets.model.ModelChoice;
import estrado.widgets.model.ModelPresets;
import estrado.widgets.model.Precision;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Stream;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Slide 19's detailed view (full BF16 training) as the lecturer moves the model and the batch: the h5 trial saw,
 * at batch 8 (383 GB), "48 GB" beside the 80 GB line and no "40 GB" label. Every model × every batch × with and
 * without checkpointing, in the slide body's size on a 1920×1080 projector.
 */
class VramChartLabelsTest {

    @BeforeAll
    static void toolkit() {
        FxRuntime.startHeadless();
    }

    @Test
    void everyGpuLineKeepsItsOwnLabelAtEveryModelAndBatch() {
        List<String> sizes = Stream.of(GpuPreset.values()).map(GpuPreset::memoryGb).distinct().sorted()
                .map(gb -> gb + " GB").toList();
        List<String> faults = FxRuntime.call(() -> {
            VramSettings settings = new VramSettings(
                    new ModelChoice("llama3-8b", OptionalDouble.empty(), Optional.empty()), Precision.BF16,
                    TrainingMode.FULL, 1, 2048, Optimizer.ADAM, 1, 16, Set.of(LoraTarget.Q, LoraTarget.V), false,
                    false, VramSettings.View.DETAILED, Set.copyOf(VramSettings.CONTROLS));
            VramState state = VramWidget.TYPE.newState(settings);
            Parent view = (Parent) VramWidget.view(state, settings, CitationNumbers.local());
            StackPane holder = new StackPane(view);
            new Scene(holder, 1780, 860);
            List<String> found = new ArrayList<>();
            int lines = 0;
            for (String model : ModelPresets.all().keySet()) {
                for (int batch : VramWidgetParts.BATCHES) {
                    for (boolean checkpointing : new boolean[] {false, true}) {
                        state.model.set(model);
                        state.batch.set(batch);
                        state.checkpointing.set(checkpointing);
                        for (int pass = 0; pass < 2; pass++) {
                            holder.applyCss();
                            holder.layout();
                        }
                        lines += CapacityLabelCheck.check(view, model + " lote " + batch
                                + (checkpointing ? " checkpointing" : ""), sizes, found);
                    }
                }
            }
            assertTrue(lines >= 5 * 7 * 9 * 2 / 2, "lines checked: " + lines);
            return found;
        });
        assertEquals(List.of(), faults, faults.size() + " faults");
    }
}
