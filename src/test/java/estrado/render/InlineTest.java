package estrado.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import estrado.render.Inline.Kind;
import estrado.render.Inline.Run;
import java.util.List;
import org.junit.jupiter.api.Test;

class InlineTest {
    @Test
    void dollarAmountsStayText() {
        for (String money : List.of("US$ 4,6 M", "$5.576M", "entre $2 y $3 por hora", "cuesta $2/h y $3/h")) {
            List<Run> runs = Inline.parse(money);
            assertEquals(List.of(new Run(Kind.TEXT, money, false, false)), runs, money);
        }
    }

    @Test
    void mathBoldItalicCodeAndCitations() {
        List<Run> runs = Inline.parse("**LoRA**: $W = W_0 + BA$ con *rango* `r` \\cite{hu2021lora, dettmers2023qlora}");
        assertEquals(List.of(
                new Run(Kind.TEXT, "LoRA", true, false),
                new Run(Kind.TEXT, ": ", false, false),
                new Run(Kind.MATH, "W = W_0 + BA", false, false),
                new Run(Kind.TEXT, " con ", false, false),
                new Run(Kind.TEXT, "rango", false, true),
                new Run(Kind.TEXT, " ", false, false),
                new Run(Kind.CODE, "r", false, false),
                new Run(Kind.TEXT, " ", false, false),
                new Run(Kind.CITE, "hu2021lora, dettmers2023qlora", false, false)), runs);
    }

    @Test
    void loneAsteriskAndEscapesAreLiteral() {
        assertEquals("5 * 3 = 15 y *no*", Inline.plain("5 * 3 = 15 y \\*no\\*"));
        assertEquals("costo $x$", Inline.plain("costo \\$x\\$"));
    }

    @Test
    void plainDropsCitations() {
        assertEquals("7,0 M GPU-horas", Inline.plain("**7,0 M** GPU-horas \\cite{llama33_training}"));
    }
}
