package estrado.present.overlay;

import estrado.deck.Slide;
import estrado.i18n.Messages;
import estrado.present.talk.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** O: every slide as a thumbnail; arrows pick one, Enter (or a click) goes there. */
public final class OverviewOverlay extends Overlay {
    private static final double THUMB_W = 1920 * Thumbnails.SCALE;
    private static final double THUMB_H = 1080 * Thumbnails.SCALE;

    private final List<VBox> tiles = new ArrayList<>();
    private final List<ImageView> images = new ArrayList<>();
    private final FlowPane grid = new FlowPane();
    private final ScrollPane scroll = new ScrollPane(grid);
    private final IntConsumer goTo;
    private final IntConsumer startHere;
    private int selected;
    private boolean open = true;

    /** @param startHere "empezar desde aquí" before the clock starts, or {@code null} once it runs */
    public OverviewOverlay(List<Slide> slides, int current, Thumbnails thumbnails, IntConsumer goTo, IntConsumer startHere) {
        super("overview-overlay", Messages.get("overview.title"), Messages.get("overview.hint"));
        this.goTo = goTo;
        this.startHere = startHere;
        if (startHere != null) {
            startHereButton(startHere, () -> selected);
        }
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setId("overview-grid");
        for (int i = 0; i < slides.size(); i++) {
            Slide s = slides.get(i);
            ImageView iv = new ImageView(thumbnails.cached(s));
            iv.setFitWidth(THUMB_W);
            iv.setFitHeight(THUMB_H);
            StackPane thumb = new StackPane(iv);
            thumb.getStyleClass().add("overview-thumb");
            thumb.setMinSize(THUMB_W, THUMB_H);
            thumb.setMaxSize(THUMB_W, THUMB_H);
            Label l = new Label((i + 1) + " · " + (s.title().isBlank() ? "—" : PlainText.of(s.title())));
            l.setMaxWidth(THUMB_W);
            VBox tile = new VBox(thumb, l);
            tile.getStyleClass().add("overview-tile");
            if (!s.counted()) {
                tile.getStyleClass().add("backup");
            }
            if (i == current) {
                tile.getStyleClass().add("current");
            }
            tile.setAlignment(Pos.TOP_LEFT);
            int index = i;
            tile.setOnMouseClicked(e -> goTo.accept(index));
            tiles.add(tile);
            images.add(iv);
        }
        grid.getChildren().addAll(tiles);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(6 * (THUMB_W + 16));
        scroll.setPrefViewportHeight(3.3 * (THUMB_H + 40));
        scroll.setFocusTraversable(false);
        grid.setPrefWrapLength(6 * (THUMB_W + 16));
        card.getChildren().add(scroll);
        select(current);
        thumbnails.fill(slides, 0, (i, img) -> images.get(i).setImage(img), () -> open);
    }

    public int selected() {
        return selected;
    }

    public void closed() {
        open = false;
    }

    private int columns() {
        double w = grid.getWidth() > 0 ? grid.getWidth() : grid.getPrefWrapLength();
        return Math.max(1, (int) ((w + grid.getHgap()) / (THUMB_W + 12 + grid.getHgap())));
    }

    private void select(int i) {
        if (tiles.isEmpty()) {
            return;
        }
        int j = Math.max(0, Math.min(tiles.size() - 1, i));
        tiles.get(selected).getStyleClass().remove("selected");
        selected = j;
        tiles.get(j).getStyleClass().add("selected");
        double rows = Math.ceil(tiles.size() / (double) columns());
        if (rows > 1) {
            scroll.setVvalue(Math.floor(j / (double) columns()) / (rows - 1));
        }
    }

    @Override
    public boolean keyPressed(KeyEvent e) {
        KeyCode c = e.getCode();
        if (startHere != null && isStartHere(e)) {
            startHere.accept(selected);
            return true;
        }
        switch (c) {
            case RIGHT -> select(selected + 1);
            case LEFT -> select(selected - 1);
            case DOWN -> select(selected + columns());
            case UP -> select(selected - columns());
            case HOME -> select(0);
            case END -> select(tiles.size() - 1);
            case ENTER, SPACE -> goTo.accept(selected);
            default -> {
                return false;
            }
        }
        return true;
    }
}
