package estrado.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.Block;
import estrado.deck.Deck;
import estrado.deck.Layout;
import estrado.deck.Location;
import estrado.deck.Problem;
import estrado.deck.Section;
import estrado.deck.Slide;
import estrado.deck.TestDecks;
import estrado.render.FxRuntime;
import estrado.render.ImageCache;
import estrado.render.OpenedDeck;
import estrado.render.OverflowCheck;
import estrado.render.References;
import estrado.render.SlideContext;
import estrado.render.SlideRenderer;
import estrado.render.WidgetViews;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deck is data. Whatever it says, loading, drawing and exporting it neither instantiates a class
 * it names nor opens a connection: a local server stands where every URL in these decks points and
 * counts who calls.
 */
class NoCodeNoNetworkTest {
    static final java.util.concurrent.atomic.AtomicBoolean TRIPPED = new java.util.concurrent.atomic.AtomicBoolean();
    @TempDir
    Path dir;
    private ServerSocket server;
    /** The caller's port of every connection the server accepted, in the order they arrived. */
    private final java.util.concurrent.BlockingQueue<Integer> accepted = new java.util.concurrent.LinkedBlockingQueue<>();
    private Thread listener;

    @BeforeEach
    void listen() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        server.setSoTimeout(100);
        listener = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    accepted.add(s.getPort());
                } catch (SocketTimeoutException e) {
                    // keep listening
                } catch (IOException e) {
                    return;
                }
            }
        });
        listener.setDaemon(true);
        listener.start();
    }

    @AfterEach
    void close() throws Exception {
        server.close();
        listener.join(1000);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getLocalPort() + "/" + path;
    }

    /**
     * The calls made so far. Our own call goes to the back of the server's queue, which hands connections out
     * in the order they came: once ours is accepted, every earlier one has been counted (no waiting on the clock).
     */
    private int callsMade() throws Exception {
        try (Socket ours = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            int others = 0;
            for (Integer port; (port = accepted.poll(60, java.util.concurrent.TimeUnit.SECONDS)) != null; others++) {
                if (port == ours.getLocalPort()) {
                    return others;
                }
            }
            throw new AssertionError("the test server accepted nothing within 60 s");
        }
    }

    @Test
    void theHarnessNoticesACallWhenOneIsMade() throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            assertEquals(1, callsMade(), "otherwise a zero below would prove nothing");
        }
    }

    @Test
    void yamlTagsNamingClassesAreJustText() throws Exception {
        Path d = TestDecks.write(dir, """
                title: !!java.net.URL "URL_TITLE"
                subtitle: !!estrado.export.Tripwire {}
                author: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["URL_GADGET"]]]]
                duration: 90
                sections:
                  - s1.yaml
                """.replace("URL_TITLE", url("title")).replace("URL_GADGET", url("gadget")), """
                id: s1
                title: !!estrado.export.Tripwire "Uno"
                budget: 90
                slides:
                  - id: a
                    title: !<tag:yaml.org,2002:java.net.URL> "URL_SLIDE"
                    notes: !!java.net.URL "URL_NOTES"
                    blocks:
                      - !!estrado.export.Tripwire 'Texto'
                """.replace("URL_SLIDE", url("slide")).replace("URL_NOTES", url("notes")));
        OpenedDeck opened = OpenedDeck.open(d, WidgetViews.none());
        // the mapping under "subtitle" and the list under "author" are simply the wrong type
        List<Problem> errors = opened.problems().stream().filter(Problem::isError).toList();
        assertEquals(2, errors.size(), errors::toString);
        assertEquals(List.of(2, 3), errors.stream().map(p -> p.location().line()).toList());
        assertFalse(TRIPPED.get(), "a tag never instantiates the class it names");
        assertEquals(0, callsMade());
    }

    @Test
    void aDeckThatOpensIsDrawnAndExportedWithoutCalling() throws Exception {
        Path d = TestDecks.write(dir, """
                title: !!java.net.URL "URL_TITLE"
                duration: 90
                bibliography: bib/r.bib
                sections:
                  - s1.yaml
                """.replace("URL_TITLE", url("title")), """
                id: s1
                title: Uno
                budget: 90
                slides:
                  - id: a
                    title: !!java.net.URL "URL_SLIDE"
                    notes: Ver URL_NOTES
                    blocks:
                      - 'Enlace: URL_TEXT \\cite{k}'
                """.replace("URL_SLIDE", url("slide")).replace("URL_NOTES", url("notes")).replace("URL_TEXT", url("text")));
        Files.createDirectories(d.resolve("bib"));
        Files.writeString(d.resolve("bib/r.bib"), "@misc{k, title = {T}, author = {A}, year = 2024, url = {" + url("bib") + "}}\n");
        OpenedDeck opened = OpenedDeck.open(d, WidgetViews.none());
        SlideContext ctx = opened.context().orElseThrow(() -> new AssertionError(opened.problems()));
        FxRuntime.startHeadless();
        assertEquals(List.of(), FxRuntime.call(() -> OverflowCheck.run(new SlideRenderer(ctx))));
        new PdfExporter(ctx).export(dir.resolve("o.pdf"), new PdfExporter.Options(ExportPage.Steps.ALL, true),
                ProgressListener.none(), () -> false);
        new PngExporter(ctx).export(dir.resolve("png"), ExportPage.Steps.FINAL, 1, ProgressListener.none(), () -> false);
        assertEquals(0, callsMade());
        assertFalse(TRIPPED.get());
    }

    @Test
    void webImagesAndThemesNeverLoadEvenIfTheLoaderWereBypassed() throws Exception {
        // the loader refuses these (DeckLimitsTest); here the renderer gets them anyway and must still not call
        Path root = Files.createDirectories(dir.resolve("deck"));
        Location at = Location.of(root.resolve("slides/s1.yaml"));
        Block.Image web = new Block.Image(url("x.png"), "", "", "una imagen de la red", 300, 0, at);
        Block.Image jar = new Block.Image("jar:" + url("a.jar") + "!/x.png", "", "", "", 300, 0, at);
        Slide slide = new Slide("a", "Uno", "", Layout.CONTENT, List.of(web, jar), List.of(), "", OptionalDouble.empty(),
                true, 1, at);
        Deck deck = new Deck(root, root.resolve("slides/deck.yaml"), "T", "", "", "", "", "es", 90, Optional.empty(),
                Optional.empty(), List.of(new Section("s", "S", 90, List.of(slide), at)));
        SlideContext ctx = new SlideContext(deck, References.keysOnly(), new ImageCache(), WidgetViews.none());
        FxRuntime.startHeadless();
        List<Problem> drawn = FxRuntime.call(() -> OverflowCheck.run(new SlideRenderer(ctx)));
        assertEquals(List.of(), drawn);
        new PdfExporter(ctx).export(dir.resolve("w.pdf"), PdfExporter.Options.slides(), ProgressListener.none(), () -> false);
        assertEquals(0, callsMade());
    }

    @Test
    void aThemeWithWebReferencesOrSkinsNeverReachesJavaFx() throws Exception {
        Path d = TestDecks.write(dir, "title: T\nduration: 90\ntheme: slides/theme.css\nsections:\n  - s1.yaml\n",
                TestDecks.SECTION_OK);
        Files.writeString(d.resolve("slides/theme.css"), ".slide { -fx-background-image: url(\"" + url("bg.png")
                + "\"); }\n@import \"" + url("more.css") + "\";\n.title-bar { -fx-skin: \"estrado.export.Tripwire\"; }\n");
        OpenedDeck opened = OpenedDeck.open(d, WidgetViews.none());
        assertTrue(opened.context().isEmpty(), "the deck does not open, so the stylesheet is never applied");
        assertEquals(3, opened.problems().stream().filter(Problem::isError).count(), opened.problems()::toString);
        assertEquals(0, callsMade());
        assertFalse(TRIPPED.get());
    }
}
