package estrado.present.overlay;

import estrado.i18n.Messages;
import estrado.present.keys.Keys;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/** "?": every key of both windows, grouped, from the one table in {@link Keys}. */
public final class HelpOverlay extends Overlay {

    public HelpOverlay() {
        super("help-overlay", Messages.get("help.title"), Messages.get("help.hint"));
        Map<String, List<Keys.HelpRow>> groups = new LinkedHashMap<>();
        for (Keys.HelpRow r : Keys.HELP) {
            groups.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r);
        }
        List<GridPane> columns = List.of(grid(), grid());
        int i = 0;
        int[] rows = new int[2];
        for (Map.Entry<String, List<Keys.HelpRow>> g : groups.entrySet()) {
            // navigation and projector on the left, timer and view on the right
            GridPane col = columns.get(i++ < 2 ? 0 : 1);
            int c = col == columns.get(0) ? 0 : 1;
            Label head = new Label(Messages.get(g.getKey()));
            head.getStyleClass().add("help-group");
            col.add(head, 0, rows[c]++, 2, 1);
            for (Keys.HelpRow r : g.getValue()) {
                Label keys = new Label(r.shownKeys());
                keys.getStyleClass().add("help-keys");
                keys.setMinWidth(Label.USE_PREF_SIZE);
                Label text = new Label(Messages.get(r.textKey()));
                text.getStyleClass().add("help-text");
                text.setWrapText(true);
                col.add(keys, 0, rows[c]);
                col.add(text, 1, rows[c]++);
            }
        }
        HBox both = new HBox(columns.get(0), columns.get(1));
        both.setSpacing(40);
        card.getChildren().add(both);
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(18);
        g.setVgap(4);
        return g;
    }
}
