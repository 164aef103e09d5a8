package estrado.render;

import estrado.deck.Block;
import estrado.deck.ImageHeader;
import estrado.deck.Slide;
import estrado.i18n.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;

/**
 * One JavaFX node per block; blocks beyond the current step are laid out but hidden.
 *
 * <p>Over 350 lines because it has one short method per block kind of the deck format (one place that turns a
 * block into its node), not because one method does much.
 */
final class BlockViews {
    private static final double DEFAULT_IMAGE_HEIGHT = 560;
    /** The style class of a full-bleed picture's layer. */
    static final String BLEED = "bleed-image";
    private static final double FULL_IMAGE_HEIGHT = 720;
    private static final double MAX_IMAGE_WIDTH = 1760;

    private final SlideContext ctx;
    private final Slide slide;
    private final int step;
    private final Function<String, Integer> citeNumber;
    /** Drawing for the room: a missing image leaves its caption and no placeholder. */
    private final boolean audience;
    /** How the pictures' pixels are had: now, in the background, or not at all (layout only). */
    private final Pictures pictures;

    BlockViews(SlideContext ctx, Slide slide, int step, Function<String, Integer> citeNumber, boolean audience,
            Pictures pictures) {
        this.ctx = ctx;
        this.pictures = pictures;
        this.audience = audience;
        this.slide = slide;
        this.step = step;
        this.citeNumber = citeNumber;
    }

    TextFlow text(String text, String styleClass) {
        return TextViews.flow(text, styleClass, citeNumber);
    }

    List<Node> blocks(List<Block> blocks) {
        List<Node> out = new ArrayList<>();
        for (Block b : blocks) {
            Node n = guarded(b);
            // hidden, not removed: later steps appear in place without the slide jumping
            n.setVisible(b.step() <= step);
            out.add(n);
        }
        return out;
    }

    /**
     * A block that cannot be built (an Error no limit foresaw, a widget that throws) spoils only itself: the
     * lecturer sees why in a box where it stands, the room sees its place left blank, never an error.
     */
    private Node guarded(Block b) {
        return guarded(() -> block(b));
    }

    private Node guarded(java.util.function.Supplier<Node> build) {
        try {
            return build.get();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            if (audience) {
                return new javafx.scene.layout.Region();
            }
            Label box = new Label("⚠ " + Messages.get("block.notDrawn", SlideRenderer.why(e)));
            box.getStyleClass().addAll("math-error", "math-refused", "block-failed");
            box.setWrapText(true);
            return box;
        }
    }

    private Node block(Block b) {
        if (b instanceof Block.Paragraph p) {
            return text(p.text(), "paragraph");
        } else if (b instanceof Block.ListBlock l) {
            return list(l.items(), l.numbered(), 1);
        } else if (b instanceof Block.Table t) {
            return table(t);
        } else if (b instanceof Block.Image i) {
            return image(i);
        } else if (b instanceof Block.Callout c) {
            return callout(c);
        } else if (b instanceof Block.Columns c) {
            return columns(c);
        } else if (b instanceof Block.Formula f) {
            return formula(f);
        } else if (b instanceof Block.Widget w) {
            return widget(w);
        } else if (b instanceof Block.Quote q) {
            return quote(q);
        } else if (b instanceof Block.Placeholder p) {
            return placeholder(Messages.get("placeholder.pending", p.label()), p.describe(), p.height());
        } else if (b instanceof Block.Diagram d) {
            return diagram(d);
        } else if (b instanceof Block.Code c) {
            return CodeView.create(c, step);
        } else if (b instanceof Block.ReferenceList r) {
            return referenceList(r);
        } else if (b instanceof Block.Agenda a) {
            return table(AgendaTable.of(ctx.deck(), a));
        }
        throw new IllegalStateException("unknown block " + b);
    }

    private Node list(List<Block.ListItem> items, boolean numbered, int depth) {
        VBox box = new VBox();
        box.getStyleClass().addAll("list", "list-depth-" + depth);
        int n = 1;
        for (Block.ListItem item : items) {
            Label marker = new Label(numbered ? n + "." : depth == 1 ? "•" : "–");
            marker.getStyleClass().add("list-marker");
            marker.setMinWidth(Label.USE_PREF_SIZE);
            TextFlow text = text(item.text(), "list-text");
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(marker, text);
            row.getStyleClass().add("list-item");
            VBox entry = new VBox(row);
            if (!item.children().isEmpty()) {
                entry.getChildren().add(list(item.children(), numbered, depth + 1));
            }
            entry.setVisible(item.step() <= step);
            box.getChildren().add(entry);
            n++;
        }
        return box;
    }

    private Node table(Block.Table t) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("slide-table"); // not "table": AtlantaFX themes that class
        grid.getProperties().put(Block.Table.class, t); // where check points when its words cannot fit
        int cols = Math.max(t.header().size(), t.rows().stream().mapToInt(List::size).max().orElse(0));
        for (int c = 0; c < cols; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHalignment(switch (c < t.align().size() ? t.align().get(c) : Block.Align.LEFT) {
                case CENTER -> HPos.CENTER;
                case RIGHT -> HPos.RIGHT;
                default -> HPos.LEFT;
            });
            cc.setHgrow(Priority.SOMETIMES);
            grid.getColumnConstraints().add(cc);
        }
        int r = 0;
        if (!t.header().isEmpty()) {
            for (int c = 0; c < t.header().size(); c++) {
                grid.add(cell(t.header().get(c), "slide-th", t, c), c, r);
            }
            r++;
        }
        for (List<String> row : t.rows()) {
            for (int c = 0; c < row.size(); c++) {
                grid.add(cell(row.get(c), r % 2 == 0 ? "slide-td-even" : "slide-td", t, c), c, r);
            }
            r++;
        }
        if (t.caption().isBlank()) {
            return grid;
        }
        VBox box = new VBox(grid, text(t.caption(), "caption"));
        box.getStyleClass().add("slide-table-box");
        return box;
    }

    private Node cell(String s, String styleClass, Block.Table t, int col) {
        // a cell is never narrower than its longest word: the column takes it whole, never "Memo|ria"
        TextFlow flow = WordFlow.of(s, "cell-text", citeNumber);
        Block.Align a = col < t.align().size() ? t.align().get(col) : Block.Align.LEFT;
        flow.setTextAlignment(a == Block.Align.RIGHT ? TextAlignment.RIGHT : a == Block.Align.CENTER ? TextAlignment.CENTER : TextAlignment.LEFT);
        VBox cell = new VBox(flow);
        cell.getStyleClass().addAll("slide-cell", styleClass);
        cell.setMaxWidth(Double.MAX_VALUE);
        cell.setFillWidth(true);
        GridPane.setFillWidth(cell, true);
        GridPane.setFillHeight(cell, true);
        return cell;
    }

    private Node image(Block.Image i) {
        double height = i.height() > 0 ? i.height()
                : slide.layout() == estrado.deck.Layout.IMAGE ? FULL_IMAGE_HEIGHT : DEFAULT_IMAGE_HEIGHT;
        return image(i, MAX_IMAGE_WIDTH, height);
    }

    /** An image beside the text, fitted into {@code boxW}×{@code boxH}, shown from its step like any block. */
    Node sideImage(Block.Image i, double boxW, double boxH) {
        Node n = guarded(() -> image(i, boxW, i.height() > 0 ? Math.min(i.height(), boxH) : boxH));
        n.setVisible(i.step() <= step);
        return n;
    }

    /**
     * A full-bleed picture: scaled to cover the whole canvas, its proportions kept, cut to the canvas and centred
     * (a picture under half the canvas's size is not blown up past twice its pixels, and shows the page around it).
     */
    Node bleed(Block.Image i) {
        javafx.scene.layout.StackPane layer = new javafx.scene.layout.StackPane();
        layer.getStyleClass().add(BLEED);
        Path path = ctx.deck().root().resolve(i.src()).normalize();
        Optional<ImageHeader> header = path.startsWith(ctx.deck().root()) ? ctx.images().shownHeader(path)
                : Optional.empty();
        header.flatMap(h -> {
            double s = Math.max(SlideCanvas.WIDTH / h.width(), SlideCanvas.HEIGHT / h.height());
            return pictures.view(ctx.images(), path, h, h.width() * s, h.height() * s, () -> null);
        }).or(() -> Optional.ofNullable(audience ? null
                : placeholder(Messages.get("placeholder.image", i.src()), i.describe(), SlideCanvas.HEIGHT / 2)))
                .ifPresent(layer.getChildren()::add);
        layer.setVisible(i.step() <= step);
        return layer;
    }

    /** An image's caption and credit as one line ("" for none). */
    static String captionOf(Block.Image i) {
        String caption = i.caption().isBlank() ? "" : i.caption();
        if (!i.credit().isBlank()) {
            caption = caption.isBlank() ? i.credit() : caption + " — " + i.credit();
        }
        return caption;
    }

    private Node image(Block.Image i, double boxW, double height) {
        Path path = ctx.deck().root().resolve(i.src()).normalize();
        java.util.function.Supplier<Node> unavailable = () -> audience ? null
                : placeholder(Messages.get("placeholder.image", i.src()), i.describe(), height);
        Node picture = (path.startsWith(ctx.deck().root()) ? ctx.images().shownHeader(path) : Optional.<ImageHeader>empty())
                .flatMap(h -> pictures.view(ctx.images(), path, h, boxW, height, unavailable))
                .orElseGet(unavailable);
        VBox box = picture == null ? new VBox() : new VBox(picture);
        box.getStyleClass().add("image-box");
        box.setAlignment(Pos.TOP_CENTER);
        String caption = captionOf(i);
        if (!caption.isBlank()) {
            TextFlow c = text(caption, "caption");
            c.setTextAlignment(TextAlignment.CENTER);
            box.getChildren().add(c);
        }
        return box;
    }

    private Node callout(Block.Callout c) {
        VBox box = new VBox();
        box.getStyleClass().addAll("callout", "callout-" + c.kind().name().toLowerCase(java.util.Locale.ROOT));
        if (!c.title().isBlank()) {
            box.getChildren().add(text(c.title(), "callout-title"));
        }
        box.getChildren().add(text(c.text(), "callout-text"));
        return box;
    }

    private Node columns(Block.Columns c) {
        HBox row = new HBox();
        row.getStyleClass().add("columns");
        for (List<Block> col : c.columns()) {
            VBox v = new VBox();
            v.getStyleClass().add("column");
            v.getChildren().addAll(blocks(col));
            v.setPrefWidth(1);
            HBox.setHgrow(v, Priority.ALWAYS);
            row.getChildren().add(v);
        }
        return row;
    }

    private Node formula(Block.Formula f) {
        VBox box = new VBox();
        box.getStyleClass().add("formula-box");
        box.setAlignment(Pos.CENTER);
        box.getChildren().add(FormulaView.create(f.tex()));
        if (!f.caption().isBlank()) {
            TextFlow c = text(f.caption(), "caption");
            c.setTextAlignment(TextAlignment.CENTER);
            box.getChildren().add(c);
        }
        return box;
    }

    private Node diagram(Block.Diagram d) {
        VBox box = new VBox();
        box.getStyleClass().add("diagram-box");
        box.setAlignment(Pos.TOP_CENTER);
        box.getChildren().add(Diagrams.create(d, ctx.deck().language()));
        // a diagram's figures are cited like text's: its sources get markers under it
        List<String> sources = SlideCitations.uncaptioned(d);
        String caption = d.caption();
        if (!sources.isEmpty()) {
            String cite = "\\cite{" + String.join(",", sources) + "}";
            caption = caption.isBlank() ? DeckText.of(ctx.deck().language()).get("diagram.source") + cite
                    : caption + " " + cite;
        }
        if (!caption.isBlank()) {
            TextFlow c = text(caption, "caption");
            c.setTextAlignment(TextAlignment.CENTER);
            box.getChildren().add(c);
        }
        return box;
    }

    /** One entry per paragraph, its link set apart so it reads as an address. */
    private Node referenceList(Block.ReferenceList r) {
        VBox box = new VBox();
        box.getStyleClass().add("reference-list");
        for (String key : r.keys()) {
            String full = ctx.references().fullReference(key);
            Optional<String> link = ctx.references().link(key);
            TextFlow entry = new TextFlow();
            entry.getStyleClass().add("reference-entry");
            if (link.isPresent() && full.endsWith(link.get())) {
                javafx.scene.text.Text head = new javafx.scene.text.Text(
                        full.substring(0, full.length() - link.get().length()));
                head.getStyleClass().add("run");
                javafx.scene.text.Text url = new javafx.scene.text.Text(link.get());
                url.getStyleClass().add("reference-link");
                entry.getChildren().addAll(head, url);
            } else {
                javafx.scene.text.Text all = new javafx.scene.text.Text(full);
                all.getStyleClass().add("run");
                entry.getChildren().add(all);
            }
            box.getChildren().add(entry);
        }
        return box;
    }

    private Node widget(Block.Widget w) {
        // the widget's words and numbers are the room's: the deck's language, whatever the UI speaks
        Messages.useOnSlides(ctx.deck().language());
        return ctx.widgets().create(w, slide.id(), citeNumber)
                .orElseGet(() -> placeholder(Messages.get("placeholder.widget", w.type()), "", 0));
    }

    private Node quote(Block.Quote q) {
        VBox box = new VBox();
        box.getStyleClass().add("quote");
        TextFlow t = text("«" + q.text() + "»", "quote-text");
        t.setTextAlignment(TextAlignment.CENTER);
        box.getChildren().add(t);
        if (!q.author().isBlank()) {
            TextFlow a = text("— " + q.author(), "quote-author");
            a.setTextAlignment(TextAlignment.CENTER);
            box.getChildren().add(a);
        }
        return box;
    }

    private Node placeholder(String label, String describe, double height) {
        VBox box = new VBox();
        box.getStyleClass().add("placeholder");
        Label l = new Label(label);
        l.getStyleClass().add("placeholder-label");
        l.setWrapText(true);
        box.getChildren().add(l);
        if (!describe.isBlank()) {
            TextFlow d = text(describe, "placeholder-text");
            d.setTextAlignment(TextAlignment.CENTER);
            box.getChildren().add(d);
        }
        if (height > 0) {
            box.setMinHeight(height);
            box.setPrefHeight(height);
        }
        return box;
    }
}
