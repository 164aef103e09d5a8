package estrado.render;

import estrado.deck.Block;
import estrado.deck.Deck;
import estrado.deck.Layout;
import estrado.deck.Section;
import estrado.deck.Slide;
import estrado.i18n.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Draws one slide at a given reveal step on the 1920×1080 canvas.
 *
 * <p>Over 350 lines: every layout shares the slide's frame built here (title, foot, citations, progress bar, the
 * picture beside the text), with one short method per layout; the blocks themselves are {@link BlockViews}.
 */
public final class SlideRenderer {
    public static final String BASE_CSS = Objects.requireNonNull(
            SlideRenderer.class.getResource("slide.css")).toExternalForm();
    /**
     * The user-agent stylesheet of a scene that shows only slides: one rule, so a slide's CSS pass matches its own
     * stylesheets and not a controls' theme of thousands of rules (see the file).
     */
    public static final String SLIDES_ONLY_UA = Objects.requireNonNull(
            SlideRenderer.class.getResource("slides-only.css")).toExternalForm();
    /** The dark theme's variables, laid over {@link #BASE_CSS}. */
    public static final String DARK_CSS = Objects.requireNonNull(
            SlideRenderer.class.getResource("dark.css")).toExternalForm();

    /**
     * Lines the foot's short references may take: three lines of 26 px with the rule and margins are about
     * 10 % of the slide's height, a share the slide's own content never has to give up more of.
     */
    static final int MAX_FOOT_LINES = 3;

    private final SlideContext ctx;
    private final List<String> stylesheets;
    private final boolean audience;
    private final Pictures pictures;

    /** Slides as the lecturer and {@code check} see them: a missing image is a labelled placeholder. */
    public SlideRenderer(SlideContext ctx) {
        this(ctx, false);
    }

    /**
     * Slides as the audience sees them (projector, PDF and PNG exports): a missing image shows its caption
     * alone, or nothing, so a "pending image" box never reaches the room.
     */
    public static SlideRenderer forAudience(SlideContext ctx) {
        return new SlideRenderer(ctx, true);
    }

    private SlideRenderer(SlideContext ctx, boolean audience) {
        this(ctx, audience, Pictures.NOW);
    }

    private SlideRenderer(SlideContext ctx, boolean audience, Pictures pictures) {
        this.ctx = ctx;
        this.audience = audience;
        this.pictures = pictures;
        Fonts.load();
        this.stylesheets = stylesheets(ctx.deck());
    }

    /**
     * A deck's slide stylesheets in cascade order: the base look, the dark theme's variables when the deck is on
     * the dark base, then the deck's own CSS, which may override any variable of either.
     */
    public static List<String> stylesheets(Deck deck) {
        List<String> sheets = new ArrayList<>(List.of(BASE_CSS));
        if (deck.baseTheme() == estrado.deck.BundledTheme.DARK) {
            sheets.add(DARK_CSS);
        }
        deck.theme().filter(java.nio.file.Files::isRegularFile).ifPresent(p -> sheets.add(p.toUri().toString()));
        return List.copyOf(sheets);
    }

    public SlideContext context() {
        return ctx;
    }

    /**
     * This renderer for a window of the talk: pictures are decoded in the background for {@code scale} device
     * pixels per slide pixel (the projector's), an empty box of their size standing in until they arrive.
     */
    public SlideRenderer decodingInBackground(java.util.function.DoubleSupplier scale) {
        return new SlideRenderer(ctx, audience, Pictures.inBackground(scale));
    }

    /** This renderer for layout alone (measuring overflow): pictures take their place but are never decoded. */
    public SlideRenderer withoutPixels() {
        return new SlideRenderer(ctx, audience, Pictures.SIZES_ONLY);
    }

    /** As {@link #render}, for a slide prepared ahead of time: its pictures decode after those shown now. */
    public RenderedSlide renderAhead(Slide slide, int step) {
        return render(slide, step, pictures.ahead());
    }

    /**
     * The slide as nodes, always the slide asked for, so every window shows the slide its header names. A block
     * that cannot be built spoils only itself (see {@link BlockViews}); a slide that cannot be built at all (an
     * Error no limit foresaw: the heap, the stack) is, for the lecturer, a boxed message saying why, and for the
     * room its title on an empty slide: an error box is the lecturer's business, not the audience's.
     */
    public RenderedSlide render(Slide slide, int step) {
        return render(slide, step, pictures);
    }

    private RenderedSlide render(Slide slide, int step, Pictures pictures) {
        try {
            return build(slide, step, pictures);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return audience ? titleOnly(slide, step) : failed(slide, step, e);
        }
    }

    /** Why a block or a slide could not be built, in a few words. */
    static String why(Throwable e) {
        return e instanceof OutOfMemoryError ? estrado.i18n.Messages.get("load.outOfMemory")
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private BorderPane emptySlide(boolean themed) {
        BorderPane root = new BorderPane();
        root.getStyleClass().addAll("slide", "layout-content");
        root.getStylesheets().addAll(themed ? stylesheets : List.of(BASE_CSS));
        root.setPrefSize(SlideCanvas.WIDTH, SlideCanvas.HEIGHT);
        root.setMinSize(SlideCanvas.WIDTH, SlideCanvas.HEIGHT);
        root.setMaxSize(SlideCanvas.WIDTH, SlideCanvas.HEIGHT);
        return root;
    }

    private RenderedSlide failed(Slide slide, int step, Throwable e) {
        BorderPane root = emptySlide(false);
        javafx.scene.control.Label box = new javafx.scene.control.Label("⚠ " + estrado.i18n.Messages.get("slide.notDrawn",
                slide.title(), why(e)));
        box.getStyleClass().addAll("math-error", "math-refused", "slide-failed");
        box.setWrapText(true);
        box.setMaxWidth(SlideCanvas.WIDTH * 0.8);
        root.setCenter(box);
        return new RenderedSlide(slide, step, root, List.of());
    }

    /** The room's view of a slide that cannot be built: its title as plain text in the theme, nothing else. */
    private RenderedSlide titleOnly(Slide slide, int step) {
        BorderPane root = emptySlide(true);
        try {
            VBox bar = new VBox(new javafx.scene.control.Label(Inline.plain(slide.title())));
            bar.getStyleClass().add("title-bar");
            bar.getChildren().get(0).getStyleClass().add("slide-title");
            root.setTop(bar);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError again) {
            root.setTop(null); // not even the title: an empty slide of the theme is still the right slide
        }
        return new RenderedSlide(slide, step, root, List.of());
    }

    private RenderedSlide build(Slide slide, int step, Pictures pictures) {
        CitationFoot cites = new CitationFoot(ctx.references()::fullReference);
        // numbered in reading order up front, so [n] never depends on the order nodes are built in
        SlideCitations.keys(slide).forEach(cites::number);
        List<Region> mustFit = new ArrayList<>();
        BlockViews views = new BlockViews(ctx, slide, step, cites::number, audience, pictures);
        BorderPane root = new BorderPane();
        root.getStyleClass().addAll("slide", "layout-" + slide.layout().yamlName());
        root.getStylesheets().addAll(stylesheets);
        root.setPrefSize(SlideCanvas.WIDTH, SlideCanvas.HEIGHT);
        root.setMinSize(SlideCanvas.WIDTH, SlideCanvas.HEIGHT);
        root.setMaxSize(SlideCanvas.WIDTH, SlideCanvas.HEIGHT);
        // overflowing content is a `check` error; on screen it must never spill past the canvas
        root.setClip(new javafx.scene.shape.Rectangle(SlideCanvas.WIDTH, SlideCanvas.HEIGHT));

        Section section = ctx.sectionOf(slide);
        Block.Image placed = placedImage(slide);
        if (placed != null && placed.side() == Block.Side.FULL) {
            bleedSlide(root, slide, views, placed);
            root.setBottom(foot(slide, section, cites));
            root.getBottom().getStyleClass().add("bleed-band");
            return new RenderedSlide(slide, step, root, mustFit);
        }
        switch (slide.layout()) {
            case TITLE -> root.setCenter(titleSlide(slide, views));
            case SECTION -> root.setCenter(sectionSlide(slide, section, views));
            case QUOTE -> root.setCenter(centered(views.blocks(slide.blocks()), mustFit, slide, views));
            default -> {
                root.setTop(titleBar(slide, views));
                root.setCenter(body(slide, views, mustFit));
            }
        }
        root.setBottom(foot(slide, section, cites));
        return new RenderedSlide(slide, step, root, mustFit);
    }

    private Node titleBar(Slide slide, BlockViews views) {
        VBox box = new VBox();
        box.getStyleClass().add("title-bar");
        String title = slide.title().isBlank() && slide.layout() == Layout.REFERENCES
                ? DeckText.of(ctx.deck().language()).get("references.title") : slide.title();
        box.getChildren().add(views.text(title, "slide-title"));
        if (!slide.subtitle().isBlank()) {
            box.getChildren().add(views.text(slide.subtitle(), "slide-subtitle"));
        }
        return box;
    }

    /** The slide's image placed beside the text or under the whole slide, if any (the loader allows one). */
    private static Block.Image placedImage(Slide slide) {
        if (slide.layout() != Layout.CONTENT && slide.layout() != Layout.IMAGE) {
            return null;
        }
        for (Block b : slide.blocks()) {
            if (b instanceof Block.Image i && i.side() != Block.Side.NONE) {
                return i;
            }
        }
        return null;
    }

    /**
     * A full-bleed slide: the picture covers the canvas, and the title (with the caption and credit) sits over it
     * on a translucent dark band, as does the foot, so both read on any picture (check measures them over white
     * and black, a picture's extremes).
     */
    private void bleedSlide(BorderPane root, Slide slide, BlockViews views, Block.Image image) {
        root.getStyleClass().add("layout-bleed");
        Region picture = (Region) views.bleed(image);
        picture.setManaged(false);
        picture.resizeRelocate(0, 0, SlideCanvas.WIDTH, SlideCanvas.HEIGHT);
        root.getChildren().add(0, picture);
        VBox band = new VBox();
        band.getStyleClass().addAll("title-bar", "bleed-band");
        if (!slide.title().isBlank()) {
            band.getChildren().add(views.text(slide.title(), "slide-title"));
        }
        if (!slide.subtitle().isBlank()) {
            band.getChildren().add(views.text(slide.subtitle(), "slide-subtitle"));
        }
        String caption = BlockViews.captionOf(image);
        if (!caption.isBlank()) {
            band.getChildren().add(views.text(caption, "caption"));
        }
        if (!band.getChildren().isEmpty()) {
            root.setTop(band);
        }
    }

    /** The style class of a body with an image beside its text. */
    static final String BESIDE = "image-beside";
    /** Gap between a side image and the text, as between columns. */
    static final double BESIDE_GAP = 60;
    /** The tallest box a side image is fitted into: the body's height under a title with a subtitle and a full foot. */
    static final double SIDE_IMAGE_HEIGHT = 700;

    /**
     * A body with an image at one side: the picture takes its share of the body's width, the other blocks the
     * rest, where they autofit as on any slide.
     */
    private Node besideBody(Slide slide, BlockViews views, List<Region> mustFit, Block.Image image) {
        // the body's width less the gap: the picture's share of what the two columns have between them
        double width = Math.round(image.width() * (ReferencePages.BODY_WIDTH - BESIDE_GAP));
        VBox picture = new VBox(views.sideImage(image, width, SIDE_IMAGE_HEIGHT));
        picture.getStyleClass().addAll("side-image", "side-image-" + image.side().yamlName());
        picture.setAlignment(Pos.CENTER);
        picture.setMinWidth(width);
        picture.setPrefWidth(width);
        picture.setMaxWidth(width);
        VBox text = column(views.blocks(slide.blocks().stream().filter(b -> b != image).toList()));
        mustFit.add(text);
        mustFit.add(picture);
        Autofit fit = new Autofit(text, Autofit.grows(slide));
        fit.getStyleClass().add("beside-text");
        HBox.setHgrow(fit, Priority.ALWAYS);
        HBox row = image.side() == Block.Side.LEFT ? new HBox(picture, fit) : new HBox(fit, picture);
        row.getStyleClass().addAll("slide-body", BESIDE);
        row.setSpacing(BESIDE_GAP);
        row.setFillHeight(true);
        clipToBounds(row);
        return row;
    }

    private Node body(Slide slide, BlockViews views, List<Region> mustFit) {
        Block.Image placed = placedImage(slide);
        if (placed != null) {
            return besideBody(slide, views, mustFit, placed);
        }
        Region content;
        if (slide.layout() == Layout.TWO_COLUMNS) {
            VBox left = column(views.blocks(slide.blocks()));
            VBox right = column(views.blocks(slide.right()));
            mustFit.add(left);
            mustFit.add(right);
            HBox cols = new HBox(left, right);
            cols.getStyleClass().add("two-columns");
            HBox.setHgrow(left, Priority.ALWAYS);
            HBox.setHgrow(right, Priority.ALWAYS);
            left.setPrefWidth(1);
            right.setPrefWidth(1);
            content = cols;
        } else {
            VBox column = column(views.blocks(slide.blocks()));
            if (slide.layout() == Layout.IMAGE || slide.layout() == Layout.WIDGET) {
                column.setAlignment(Pos.TOP_CENTER);
            }
            mustFit.add(column);
            content = column;
        }
        Autofit body = new Autofit(content, Autofit.grows(slide));
        body.getStyleClass().add("slide-body");
        clipToBounds(body);
        return body;
    }

    /** Keeps an overflowing body from painting over the footer. */
    private static void clipToBounds(Region r) {
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(r.widthProperty());
        clip.heightProperty().bind(r.heightProperty());
        r.setClip(clip);
    }

    private static VBox column(List<Node> nodes) {
        VBox v = new VBox();
        v.getStyleClass().add("column");
        v.getChildren().addAll(nodes);
        v.setMinHeight(0);
        return v;
    }

    private Node titleSlide(Slide slide, BlockViews views) {
        Deck deck = ctx.deck();
        VBox box = new VBox();
        box.getStyleClass().add("title-page");
        String title = slide.title().isBlank() ? deck.title() : slide.title();
        String subtitle = slide.subtitle().isBlank() ? deck.subtitle() : slide.subtitle();
        box.getChildren().add(views.text(title, "deck-title"));
        if (!subtitle.isBlank()) {
            box.getChildren().add(views.text(subtitle, "deck-subtitle"));
        }
        Region rule = new Region();
        rule.getStyleClass().add("title-rule");
        box.getChildren().add(rule);
        for (String line : List.of(deck.author(), deck.institution(), deck.date())) {
            if (!line.isBlank()) {
                box.getChildren().add(views.text(line, "deck-meta"));
            }
        }
        box.getChildren().addAll(views.blocks(slide.blocks()));
        return box;
    }

    private Node sectionSlide(Slide slide, Section section, BlockViews views) {
        VBox box = new VBox();
        box.getStyleClass().add("section-page");
        Label number = new Label(DeckText.of(ctx.deck().language()).get("slide.sectionNumber", ctx.sectionNumber(section)));
        number.getStyleClass().add("section-number");
        box.getChildren().addAll(number, views.text(slide.title(), "section-title"));
        if (!slide.subtitle().isBlank()) {
            box.getChildren().add(views.text(slide.subtitle(), "section-subtitle"));
        }
        box.getChildren().addAll(views.blocks(slide.blocks()));
        return box;
    }

    private Node centered(List<Node> nodes, List<Region> mustFit, Slide slide, BlockViews views) {
        VBox box = column(nodes);
        box.getStyleClass().add("centered-page");
        if (!slide.title().isBlank()) {
            box.getChildren().add(0, views.text(slide.title(), "slide-title"));
        }
        mustFit.add(box);
        return box;
    }

    private Node foot(Slide slide, Section section, CitationFoot cites) {
        VBox foot = new VBox();
        foot.getStyleClass().add("slide-foot");
        if (!cites.isEmpty()) {
            VBox refs = new VBox();
            refs.getStyleClass().add("cite-foot");
            List<Map.Entry<Integer, String>> entries = List.copyOf(cites.foot().entrySet());
            // the foot never takes more than its share of the slide: past MAX_FOOT_LINES the rest are named by
            // number and sent to the reference pages, which list every cited work in full
            int shown = entries.size() <= MAX_FOOT_LINES ? entries.size() : MAX_FOOT_LINES - 1;
            for (Map.Entry<Integer, String> e : entries.subList(0, shown)) {
                refs.getChildren().add(citeLine("[" + e.getKey() + "] " + ctx.references().shortReference(e.getValue())));
            }
            if (shown < entries.size()) {
                int first = entries.get(shown).getKey();
                int last = entries.get(entries.size() - 1).getKey();
                DeckText text = DeckText.of(ctx.deck().language());
                refs.getChildren().add(citeLine(first == last ? text.get("cite.more", first)
                        : text.get("cite.moreRange", first, last)));
            }
            foot.getChildren().add(refs);
        }
        int index = ctx.indexOf(slide);
        int total = ctx.slides().size();
        if (slide.layout() != Layout.TITLE) {
            Label left = new Label(section.title());
            left.getStyleClass().add("footer-section");
            Pane spacer = new Pane();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Label right = new Label((index + 1) + " / " + total);
            right.getStyleClass().add("footer-number");
            HBox footer = new HBox(left, spacer, right);
            footer.getStyleClass().add("footer");
            foot.getChildren().add(footer);
        }
        Region bar = new Region();
        bar.getStyleClass().add("progress");
        bar.setPrefWidth(SlideCanvas.WIDTH * (index + 1) / Math.max(1, total));
        bar.setMaxWidth(Region.USE_PREF_SIZE);
        StackPane track = new StackPane(bar);
        track.getStyleClass().add("progress-track");
        StackPane.setAlignment(bar, Pos.CENTER_LEFT);
        foot.getChildren().add(track);
        return foot;
    }

    private static Label citeLine(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("cite-line");
        return l;
    }

    /**
     * Citation keys of one slide in order of first use, numbered from 1. Two keys for the same work (one paper
     * cited for two of its figures) share a number, so the foot never lists the same reference twice.
     */
    static final class CitationFoot {
        private final Function<String, String> work;
        private final Map<String, Integer> numbers = new HashMap<>();
        private final Map<String, Integer> byWork = new HashMap<>();
        private final Map<Integer, String> foot = new LinkedHashMap<>();

        CitationFoot(Function<String, String> work) {
            this.work = work;
        }

        int number(String key) {
            return numbers.computeIfAbsent(key, k -> {
                int n = byWork.computeIfAbsent(work.apply(k), w -> foot.size() + 1);
                foot.putIfAbsent(n, k);
                return n;
            });
        }

        /** Each number once, with the first key that took it. */
        Map<Integer, String> foot() {
            return foot;
        }

        boolean isEmpty() {
            return foot.isEmpty();
        }
    }

}
