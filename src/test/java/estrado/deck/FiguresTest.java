package estrado.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FiguresTest {
    private static List<String> found(String text) {
        return Figures.find(text).stream().map(Figures.Figure::text).toList();
    }

    @Test
    void currencyUnitsPercentMultipliersAndMagnitudesAreFigures() {
        assertEquals(List.of("US$ 2,2 M", "4,6 M"), found("entre US$ 2,2 M y 4,6 M según el método"));
        assertEquals(List.of("$5.576M", "2,788 M GPU-horas"), found("$5.576M y 2,788 M GPU-horas H800"));
        assertEquals(List.of("80%", "11×", "24x"), found("más del 80% de acuerdo, ~11× menos, hasta 24x"));
        assertEquals(List.of("70B", "18T tokens"), found("Llama 3.3 70B entrenado con 18T tokens"));
        assertEquals(List.of("1.024 H100", "48 GB"), found("1.024 H100 y una GPU de 48 GB"));
        assertEquals(List.of("× 1.2"), found("Params × Bytes / 10^9 × 1.2"));
        assertEquals(List.of("4096 × 4096", "65 × 2 bytes", "32,5 × 1,2", "16 ×"),
                found("4096 × 4096; 65 × 2 bytes; 32,5 × 1,2; 16 × (4096 + 4096)"));
        assertEquals(List.of("16 bytes", "4-bit"), found("16 bytes/parámetro; 4-bit NF4"));
    }

    @Test
    void figuresKnowWhereTheyAre() {
        String text = "Costó US$ 4,6 M";
        Figures.Figure f = Figures.find(text).get(0);
        assertEquals("US$ 4,6 M", text.substring(f.start(), f.end()));
    }

    @Test
    void slideNumbersYearsAndNamesAreNotFigures() {
        assertEquals(List.of(), found("Diapositiva 3 de 10 · 3 / 10"));
        assertEquals(List.of(), found("En 2023 y en 2024 (publicado en 2020)"));
        assertEquals(List.of(), found("H100, A100, V100, FP16, BF16, INT8, GPT-3, Qwen2.5, Llama 3.1, DeepSeek-V3"));
        assertEquals(List.of(), found("Paso 1. Paso 2."));
        assertEquals(List.of(), found(null));
    }
}
