package estrado.widgets.quantization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.i18n.Messages;
import estrado.render.FxRuntime;
import estrado.widgets.CitationNumbers;
import estrado.widgets.chart.CapacityLabelCheck;
import estrado.widgets.model.ModelChoice;
import estrado.widgets.model.ModelPresets;
import estrado.widgets.vram.GpuPreset;
import estrado.widgets.vram.VramWidgetParts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Slide 42 as the deck writes it ({@code params: 8, label: Llama 3 8B}) while the lecturer drags the slider, in
 * the slide body's size on a 1920×1080 projector. The h5 trial saw "Llama 3 8B · 70 B parámetros" at 70 B, and the
 * GPU lines' labels shifted one line up with "40 GB" gone.
 */
class QuantizationChartViewTest {
    private static Locale before;

    @BeforeAll
    static void toolkit() {
        FxRuntime.startHeadless();
        before = Messages.locale();
        Messages.use(Locale.forLanguageTag("es"));
    }

    @AfterAll
    static void restore() {
        Messages.use(before);
    }

    private record Slide(QuantizationState state, Parent view, StackPane holder) {
        static Slide deck() {
            QuantizationWidget.Settings settings = new QuantizationWidget.Settings(
                    new ModelChoice(ModelChoice.CUSTOM, OptionalDouble.of(8), Optional.of("Llama 3 8B")), true, true);
            QuantizationState state = QuantizationWidget.TYPE.newState(settings);
            Parent view = (Parent) QuantizationWidget.view(state, settings, CitationNumbers.local());
            StackPane holder = new StackPane(view);
            // the widget's width on the 1920×1080 projector, measured on h7-quant-70b.png (chart from x = 92 to the
            // labels' column at x = 1473, plus the 360 px column and 8 px gap)
            new Scene(holder, 1735, 860);
            return new Slide(state, view, holder);
        }

        void lay() {
            for (int pass = 0; pass < 2; pass++) {
                holder.applyCss();
                holder.layout();
            }
        }

        String title() {
            return ((Label) view.lookup(".w-note-strong")).getText();
        }

        List<String> captions() {
            return view.lookupAll(".w-column-caption").stream().map(n -> ((Label) n).getText()).toList();
        }
    }

    @Test
    void theTitleNamesTheSizeTheSliderChose() {
        List<String> seen = FxRuntime.call(() -> {
            Slide slide = Slide.deck();
            List<String> titles = new ArrayList<>();
            for (double b : new double[] {8, 70, 175, 13}) {
                slide.state().paramsBillions.set(b);
                slide.lay();
                titles.add(slide.title());
            }
            return titles;
        });
        assertEquals(List.of("Llama 3 8B · 8 B parámetros",
                "Modelo de 70 B parámetros, del tamaño de Llama 3 70B",
                "Modelo de 175 B parámetros, del tamaño de GPT-3 175B",
                "Modelo de 13 B parámetros"), seen);
    }

    @Test
    void theBarsSayBytesAndWhichGpuHoldsThem() {
        List<List<String>> seen = FxRuntime.call(() -> {
            Slide slide = Slide.deck();
            List<List<String>> out = new ArrayList<>();
            for (double b : new double[] {8, 70}) {
                slide.state().paramsBillions.set(b);
                slide.lay();
                out.add(slide.captions());
            }
            return out;
        });
        // 8 B: 38,4 · 19,2 · 19,2 · 9,6 · 4,8 GB; 70 B: 336 · 168 · 168 · 84 · 42 GB (the notes' figures)
        assertEquals(List.of("FP32 · 4 bytes\ncabe en 40 GB", "FP16 · 2 bytes\ncabe en 24 GB",
                "BF16 · 2 bytes\ncabe en 24 GB", "INT8 · 1 byte\ncabe en 16 GB", "INT4 · 0,5 bytes\ncabe en 16 GB"),
                seen.get(0));
        assertEquals(List.of("FP32 · 4 bytes\nno cabe en 80 GB", "FP16 · 2 bytes\nno cabe en 80 GB",
                "BF16 · 2 bytes\nno cabe en 80 GB", "INT8 · 1 byte\nno cabe en 80 GB",
                "INT4 · 0,5 bytes\ncabe en 48 GB"), seen.get(1));
    }

    @Test
    void theCaptionsUnderTheBarsDoNotRunIntoEachOtherInEitherLanguage() {
        List<String> faults = FxRuntime.call(() -> {
            List<String> found = new ArrayList<>();
            for (Locale language : List.of(Locale.forLanguageTag("es"), Locale.ENGLISH)) {
                Messages.use(language);
                Slide slide = Slide.deck();
                for (double b : VramWidgetParts.FREE_PARAMS_B) {
                    slide.state().paramsBillions.set(b);
                    slide.lay();
                    List<Label> captions = slide.view().lookupAll(".w-column-caption").stream()
                            .map(n -> (Label) n).toList();
                    for (int i = 1; i < captions.size(); i++) {
                        Bounds left = captions.get(i - 1).localToScene(captions.get(i - 1).getLayoutBounds());
                        Bounds right = captions.get(i).localToScene(captions.get(i).getLayoutBounds());
                        if (left.getMaxX() + 8 > right.getMinX()) {
                            found.add(language + " " + b + " B: '" + captions.get(i - 1).getText() + "' runs into '"
                                    + captions.get(i).getText() + "'");
                        }
                    }
                }
            }
            Messages.use(Locale.forLanguageTag("es"));
            return found;
        });
        assertEquals(List.of(), faults);
    }

    @Test
    void everyGpuLineKeepsItsOwnLabelAtEverySize() {
        List<String> sizes = Stream.of(GpuPreset.values()).map(GpuPreset::memoryGb).distinct().sorted()
                .map(gb -> gb + " GB").toList();
        List<String> faults = FxRuntime.call(() -> {
            Slide slide = Slide.deck();
            List<String> found = new ArrayList<>();
            int labels = 0;
            for (double b : VramWidgetParts.FREE_PARAMS_B) {
                slide.state().paramsBillions.set(b);
                slide.lay();
                labels += CapacityLabelCheck.check(slide.view(), b + " B", sizes, found);
            }
            slide.state().model.set("mixtral-8x7b");
            for (String model : ModelPresets.all().keySet()) {
                slide.state().model.set(model);
                slide.lay();
                labels += CapacityLabelCheck.check(slide.view(), model, sizes, found);
            }
            assertTrue(labels >= 54, "lines checked: " + labels);
            return found;
        });
        assertEquals(List.of(), faults, faults.size() + " faults");
    }
}
