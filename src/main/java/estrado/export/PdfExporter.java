package estrado.export;

import estrado.deck.Deck;
import estrado.deck.Layout;
import estrado.deck.Section;
import estrado.deck.Slide;
import estrado.i18n.Messages;
import estrado.render.FxRuntime;
import estrado.render.ImageCache;
import estrado.render.Inline;
import estrado.render.Pictures;
import estrado.render.RenderedSlide;
import estrado.render.SlideCanvas;
import estrado.render.SlideContext;
import estrado.render.SlideRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.util.Matrix;

/**
 * Writes a deck as a PDF: one 16:9 page per slide (or per reveal step), drawn as vectors with
 * selectable text in the embedded DejaVu fonts, an outline (a bookmark per section, one per slide
 * under it) and the deck's title, author and subject. With notes it makes a handout instead: an A4
 * page per slide with the slide above and the speaker notes below.
 *
 * <p>Pages are streamed: each slide is built, drawn and dropped before the next, and page content
 * goes to a scratch file rather than the heap, so memory stays flat however long the deck is. The
 * file appears only when complete (written beside it, then moved into place); a cancelled or failed
 * export leaves nothing behind.
 *
 * <p>Over 350 lines: the notes handout's page (slide above, notes below, across pages) is a nested class here
 * because it shares the document, its fonts and the page loop.
 */
public final class PdfExporter {
    /** Slide pages are 13.33 × 7.5 in, the usual 16:9 presentation size; slide pixels are halved. */
    public static final float PAGE_WIDTH = 960;
    public static final float PAGE_HEIGHT = 540;
    static final float HANDOUT_MARGIN = 50;
    static final float NOTES_SIZE = 11;
    static final float NOTES_LEADING = 15.5f;

    /**
     * What to export: every step or the final one, slides alone or with their notes; pictures at the
     * resolution shown (photographs as JPEG) or, {@code lossless}, exactly as in their files.
     */
    public record Options(ExportPage.Steps steps, boolean notes, boolean lossless) {
        public Options(ExportPage.Steps steps, boolean notes) {
            this(steps, notes, false);
        }

        public static Options slides() {
            return new Options(ExportPage.Steps.FINAL, false);
        }
    }

    /** What was written. */
    public record Result(Path file, int pages, long bytes, int rasterizedParts) { }

    private final SlideContext context;
    private InkPainter ink = InkPainter.NONE;

    public PdfExporter(SlideContext context) {
        this.context = context;
    }

    /** Draws {@code painter}'s ink (a run's pen and highlighter strokes) over the slides. */
    public PdfExporter withInk(InkPainter painter) {
        ink = painter;
        return this;
    }

    /**
     * Exports to {@code out}. Call it from any thread but the JavaFX one (slides are drawn there, page
     * by page, so the windows stay responsive); the JavaFX toolkit must be running.
     *
     * @param progress  told after each slide page
     * @param cancelled asked before each page; when it says yes the export stops, removes its partial
     *                  file and throws {@link ExportCancelledException}
     */
    public Result export(Path out, Options options, ProgressListener progress, BooleanSupplier cancelled)
            throws IOException {
        if (javafx.application.Platform.isFxApplicationThread()) {
            throw new IllegalStateException("export from a worker thread: slides are drawn on the JavaFX thread");
        }
        List<ExportPage> pages = ExportPage.of(context, options.steps());
        Path target = out.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        Path part = target.resolveSibling(target.getFileName() + ".part");
        // pictures decode on the cache's decoder thread, a page ahead, while the JavaFX thread lays out and paints
        SlideRenderer renderer = FxRuntime.call(() -> SlideRenderer.forAudience(context)
                .decodingInBackground(() -> ImageCache.DECODE_SCALE));
        SlideStage stage = FxRuntime.call(SlideStage::new);
        int written = 0;
        int rasterized;
        try (PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            PdfFonts fonts = new PdfFonts(doc);
            try {
                SlidePainter painter = new SlidePainter(fonts, new PdfImages(doc, options.lossless()));
                Map<Integer, PDExtendedGraphicsState> alphas = PdfCanvas.newAlphaCache();
                Map<Integer, PDPage> firstPageOfSlide = new HashMap<>();
                Handout handout = options.notes() ? new Handout(doc, fonts, context.deck().title(), context.slides().size()) : null;
                ArrayDeque<Built> ahead = new ArrayDeque<>();
                for (int i = 0; i < pages.size(); i++) {
                    if (cancelled.getAsBoolean()) {
                        throw new ExportCancelledException(written);
                    }
                    ExportPage p = pages.get(i);
                    // the pages ahead are built now, so their pictures decode while this one is laid out and
                    // painted; this page's pictures go to the front of the decoder's line
                    while (ahead.size() <= PAGES_AHEAD && i + ahead.size() < pages.size()) {
                        ahead.addLast(build(renderer, pages.get(i + ahead.size())));
                    }
                    Built slide = ahead.removeFirst();
                    FxRuntime.call(() -> {
                        Pictures.shownNow(slide.slide().root());
                        return null;
                    });
                    slide.pictures().join();
                    PDPage page = FxRuntime.call(() -> {
                        try {
                            return handout != null ? handout.add(p, cs -> drawSlide(slide.slide(), stage, painter, p, cs, alphas))
                                    : slidePage(doc, slide.slide(), stage, painter, p, alphas);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                    firstPageOfSlide.putIfAbsent(p.index(), page);
                    progress.pageDone(++written, pages.size());
                }
                if (cancelled.getAsBoolean()) {
                    throw new ExportCancelledException(written);
                }
                describe(doc, firstPageOfSlide);
                doc.save(part.toFile());
                rasterized = painter.rasterized();
            } finally {
                fonts.close();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            if (e instanceof IllegalStateException ise && ise.getCause() instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw e;
        }
        estrado.storage.AtomicFiles.moveIntoPlace(part, target);
        return new Result(target, written, Files.size(target), rasterized);
    }

    /**
     * Pages built before their turn: their pictures decode on the picture decoder meanwhile (a 1600×900 PNG takes
     * longer than a page takes to lay out and paint), and a few slides' nodes are all that is held for it.
     */
    static final int PAGES_AHEAD = 3;

    /** A page's slide as nodes, and when its pictures are in place (on the JavaFX thread). */
    private record Built(RenderedSlide slide, CompletableFuture<Void> pictures) { }

    private static Built build(SlideRenderer renderer, ExportPage p) {
        return FxRuntime.call(() -> {
            RenderedSlide r = renderer.renderAhead(p.slide(), p.step());
            return new Built(r, Pictures.drawn(r.root()));
        });
    }

    private PDPage slidePage(PDDocument doc, RenderedSlide slide, SlideStage stage, SlidePainter painter, ExportPage p,
            Map<Integer, PDExtendedGraphicsState> alphas) throws IOException {
        PDPage page = new PDPage(new PDRectangle(PAGE_WIDTH, PAGE_HEIGHT));
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.saveGraphicsState();
            // slide pixels, y down, onto the page's points, y up
            cs.transform(new Matrix((float) (PAGE_WIDTH / SlideCanvas.WIDTH), 0, 0, (float) (-PAGE_HEIGHT / SlideCanvas.HEIGHT),
                    0, PAGE_HEIGHT));
            drawSlide(slide, stage, painter, p, cs, alphas);
            cs.restoreGraphicsState();
        }
        return page;
    }

    /** Draws the slide in slide pixels into the current transform (runs on the JavaFX thread). */
    private void drawSlide(RenderedSlide r, SlideStage stage, SlidePainter painter, ExportPage p,
            PDPageContentStream cs, Map<Integer, PDExtendedGraphicsState> alphas) throws IOException {
        stage.show(r);
        r.drawFormulasAt(SlidePainter.RASTER_SCALE);
        painter.paint(r.root(), new PdfCanvas(cs, alphas));
        ink.paint(p, cs);
    }

    /** Title, author, subject, language, and the outline a reader navigates by. */
    private void describe(PDDocument doc, Map<Integer, PDPage> firstPageOfSlide) {
        Deck deck = context.deck();
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(deck.title());
        if (!deck.author().isBlank()) {
            info.setAuthor(deck.author());
        }
        info.setSubject(deck.subtitle().isBlank() ? deck.title() : deck.subtitle());
        List<String> sectionTitles = deck.sections().stream().map(Section::title).toList();
        info.setKeywords(String.join(", ", sectionTitles));
        info.setCreator("estrado");
        info.setProducer("estrado (Apache PDFBox)");
        info.setCreationDate(Calendar.getInstance());

        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setLanguage(deck.language());
        PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        prefs.setDisplayDocTitle(true);
        catalog.setViewerPreferences(prefs);

        PDDocumentOutline outline = new PDDocumentOutline();
        List<Slide> slides = context.slides();
        int index = 0;
        for (Section section : deck.sections()) {
            PDOutlineItem sectionItem = null;
            for (Slide slide : section.slides()) {
                PDPage page = firstPageOfSlide.get(index);
                index++;
                if (page == null) {
                    continue;
                }
                if (sectionItem == null) {
                    sectionItem = new PDOutlineItem();
                    sectionItem.setTitle(Inline.plain(section.title()));
                    sectionItem.setDestination(page);
                    outline.addLast(sectionItem);
                }
                PDOutlineItem item = new PDOutlineItem();
                item.setTitle(Messages.get("export.outlineSlide", index, slideTitle(slide, deck)));
                item.setDestination(page);
                sectionItem.addLast(item);
            }
            if (sectionItem != null) {
                sectionItem.openNode();
            }
        }
        if (index != slides.size()) {
            throw new IllegalStateException("outline walked " + index + " of " + slides.size() + " slides");
        }
        outline.openNode();
        catalog.setDocumentOutline(outline);
        catalog.setPageMode(PageMode.USE_OUTLINES);
    }

    /** The words a reader knows a slide by; slides without a title are known by their id. */
    static String slideTitle(Slide slide, Deck deck) {
        if (!slide.title().isBlank()) {
            return Inline.plain(slide.title());
        }
        if (slide.layout() == Layout.TITLE) {
            return Inline.plain(deck.title());
        }
        return slide.id();
    }

    /** Draws a slide into a content stream whose transform is already in slide pixels. */
    @FunctionalInterface
    interface SlideDrawing {
        void draw(PDPageContentStream cs) throws IOException;
    }

    /** A4 handout pages: the slide above, its speaker notes below, continued on more pages if long. */
    static final class Handout {
        static final PDRectangle A4 = PDRectangle.A4;

        private final PDDocument doc;
        private final PdfFonts fonts;
        private final String deckTitle;
        private final int total;
        private final NotesLayout layout;

        Handout(PDDocument doc, PdfFonts fonts, String deckTitle, int total) {
            this.doc = doc;
            this.fonts = fonts;
            this.deckTitle = deckTitle;
            this.total = total;
            this.layout = new NotesLayout(fonts, NOTES_SIZE, A4.getWidth() - 2 * HANDOUT_MARGIN);
        }

        /** Adds the page(s) for one slide; returns the first. */
        PDPage add(ExportPage p, SlideDrawing slide) throws IOException {
            float w = A4.getWidth();
            float h = A4.getHeight();
            float boxWidth = w - 2 * HANDOUT_MARGIN;
            float scale = (float) (boxWidth / SlideCanvas.WIDTH);
            float boxHeight = (float) (SlideCanvas.HEIGHT * scale);
            float boxTop = h - HANDOUT_MARGIN - 14;

            PDPage first = new PDPage(A4);
            doc.addPage(first);
            List<NotesLayout.Line> lines = layout.lines(p.slide().notes());
            int next;
            try (PDPageContentStream cs = new PDPageContentStream(doc, first)) {
                header(cs, p.index() + 1);
                cs.saveGraphicsState();
                cs.transform(new Matrix(scale, 0, 0, -scale, HANDOUT_MARGIN, boxTop));
                slide.draw(cs);
                cs.restoreGraphicsState();
                cs.setStrokingColor(0.75f, 0.78f, 0.82f);
                cs.setLineWidth(0.75f);
                cs.addRect(HANDOUT_MARGIN, boxTop - boxHeight, boxWidth, boxHeight);
                cs.stroke();
                float y = boxTop - boxHeight - 30;
                heading(cs, Messages.get("export.notesHeading"), y);
                next = notes(cs, lines, 0, y - 22);
            }
            while (next < lines.size()) {
                PDPage more = new PDPage(A4);
                doc.addPage(more);
                try (PDPageContentStream cs = new PDPageContentStream(doc, more)) {
                    header(cs, p.index() + 1);
                    float y = h - HANDOUT_MARGIN - 30;
                    heading(cs, Messages.get("export.notesContinued"), y);
                    int from = next;
                    next = notes(cs, lines, next, y - 22);
                    if (next == from) {
                        break; // a line taller than a page cannot happen with fixed leading; never loop
                    }
                }
            }
            return first;
        }

        private void header(PDPageContentStream cs, int number) throws IOException {
            float y = A4.getHeight() - HANDOUT_MARGIN + 6;
            cs.setNonStrokingColor(0.35f, 0.38f, 0.45f);
            String right = Messages.get("export.handoutPage", number, total);
            float size = 9;
            text(cs, PdfFonts.Face.SANS, size, HANDOUT_MARGIN, y, clipTo(deckTitle, size, A4.getWidth() / 2));
            float rw = fonts.width(PdfFonts.Face.SANS, right, size);
            text(cs, PdfFonts.Face.SANS, size, A4.getWidth() - HANDOUT_MARGIN - rw, y, right);
        }

        private String clipTo(String s, float size, float max) {
            String shown = Inline.plain(s);
            while (shown.length() > 1 && fonts.width(PdfFonts.Face.SANS, shown, size) > max) {
                shown = shown.substring(0, shown.length() - 2) + "…";
            }
            return shown;
        }

        private void heading(PDPageContentStream cs, String s, float y) throws IOException {
            cs.setNonStrokingColor(0.04f, 0.42f, 0.56f);
            text(cs, PdfFonts.Face.SANS_BOLD, 12, HANDOUT_MARGIN, y, s);
        }

        /** Writes lines from {@code from} while they fit above the bottom margin; returns the next line. */
        private int notes(PDPageContentStream cs, List<NotesLayout.Line> lines, int from, float top) throws IOException {
            cs.setNonStrokingColor(0.11f, 0.14f, 0.19f);
            float y = top;
            int i = from;
            while (i < lines.size() && y >= HANDOUT_MARGIN) {
                for (NotesLayout.Piece piece : lines.get(i).pieces()) {
                    text(cs, piece.face(), NOTES_SIZE, HANDOUT_MARGIN + piece.x(), y, piece.text());
                }
                y -= NOTES_LEADING;
                i++;
            }
            return i;
        }

        private void text(PDPageContentStream cs, PdfFonts.Face face, float size, float x, float y, String s)
                throws IOException {
            if (s.isEmpty()) {
                return;
            }
            cs.beginText();
            cs.setFont(fonts.pdf(face), size);
            cs.setTextMatrix(Matrix.getTranslateInstance(x, y));
            cs.showText(fonts.printable(face, s));
            cs.endText();
        }
    }
}
