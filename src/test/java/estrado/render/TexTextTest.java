package estrado.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one formula-to-Unicode conversion: what labels, the fallback and the handout's text layer show. */
class TexTextTest {
    @Test
    void aFractionReadsAsASlashWithItsOperandsInParentheses() {
        assertEquals("M = (P × b)/8 · 10⁹", TexText.toUnicode("M = \\frac{P \\times b}{8} \\cdot 10^{9}"));
        assertEquals("a/2 + (x + 1)/(y - 1)", TexText.toUnicode("\\dfrac{a}{2} + \\tfrac{x + 1}{y - 1}"));
    }

    @Test
    void symbolsAndScriptsBecomeUnicode() {
        assertEquals("W ∈ ℝᵈ", TexText.toUnicode("W \\in \\mathbb{R}^{d}"));
        assertEquals("x₀ ≈ 2³⁰", TexText.toUnicode("x_0 \\approx 2^{30}"));
    }

    @Test
    void inlineUnicodeUsesIt() {
        assertEquals("La regla: M = (P × b)/8 bytes.", Inline.unicode("La regla: $M = \\frac{P \\times b}{8}$ bytes."));
    }
}
