package estrado.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** WCAG 2.x ratios, the minimum by drawn size, and the colour found behind a text. */
class ContrastTest {
    @BeforeAll
    static void toolkit() {
        FxRuntime.startHeadless();
    }

    @Test
    void ratiosAreWcags() {
        assertEquals(21, Contrast.ratio(Color.BLACK, Color.WHITE), 1e-9);
        assertEquals(1, Contrast.ratio(Color.web("#0b6a8f"), Color.web("#0b6a8f")), 1e-9);
        // #777 on white is the classic near miss: 4,48:1
        assertEquals(4.48, Contrast.ratio(Color.web("#777777"), Color.WHITE), 0.005);
        assertEquals(Contrast.ratio(Color.WHITE, Color.web("#767676")), Contrast.ratio(Color.web("#767676"), Color.WHITE), 1e-12);
    }

    @Test
    void largeTextNeedsThreeToOne() {
        assertEquals(4.5, Contrast.minimumFor(26, false));
        assertEquals(4.5, Contrast.minimumFor(31, false));
        assertEquals(3, Contrast.minimumFor(32, false));
        assertEquals(3, Contrast.minimumFor(24, true));
        assertEquals(4.5, Contrast.minimumFor(22, true));
    }

    @Test
    void theColourBehindATextIsTheNearestShapeOrBackgroundMixedWithWhatIsUnder() {
        FxRuntime.call(() -> {
            Text onBox = new Text("W");
            Rectangle box = new Rectangle(200, 100, Color.web("#1d2330"));
            StackPane matrix = new StackPane(box, onBox);
            Text plain = new Text("texto");
            Text onVeil = new Text("velo");
            StackPane veil = new StackPane(onVeil);
            veil.setBackground(new Background(new BackgroundFill(Color.color(0, 0, 0, 0.5), null, null)));
            VBox page = new VBox(matrix, plain, veil);
            page.setBackground(new Background(new BackgroundFill(Color.web("#fdf0e2"), null, null)));
            new Scene(new Group(page));
            page.applyCss();
            page.layout();
            assertEquals(Color.web("#1d2330"), ContrastCheck.behind(onBox, Color.WHITE));
            // the dark box drawn earlier in the column is not under the text below it
            assertEquals(Color.web("#fdf0e2"), ContrastCheck.behind(plain, Color.WHITE));
            Color half = ContrastCheck.behind(onVeil, Color.WHITE);
            assertEquals(Color.web("#fdf0e2").getRed() / 2, half.getRed(), 1e-6);
            return null;
        });
    }
}
