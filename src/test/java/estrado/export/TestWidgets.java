package estrado.export;

import estrado.deck.Block;
import estrado.render.WidgetViews;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.VBox;

/** A stand-in widget made of real controls, like the calculators: a slider (pixels) and a label (text). */
final class TestWidgets implements WidgetViews {
    static final String READOUT = "VRAM estimada: 16,0 GB";

    @Override
    public Optional<Node> create(Block.Widget widget, String slideId) {
        Slider slider = new Slider(0, 100, 40);
        slider.setPrefWidth(600);
        Label readout = new Label(READOUT);
        readout.setStyle("-fx-font-size: 30px;");
        VBox box = new VBox(12, readout, slider);
        box.setStyle("-fx-padding: 20;");
        return Optional.of(box);
    }

    @Override
    public Set<String> names() {
        return Set.of("vram-calculator");
    }
}
