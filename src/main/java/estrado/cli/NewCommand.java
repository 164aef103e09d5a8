package estrado.cli;

import estrado.deck.markdown.MarkdownWriter;
import estrado.i18n.Messages;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code estrado new DIR [--title …] [--minutes 45]}: a small Markdown deck to start from. It shows every block
 * kind once (and the title, agenda, section, two-column, widget, quote and references layouts) and checks clean.
 */
@Command(name = "new", resourceBundle = "estrado.cli.new", mixinStandardHelpOptions = true)
final class NewCommand implements Callable<Integer> {
    private static final String TEMPLATE = "/estrado/cli/newdeck/";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "dir")
    Path dir;

    @Option(names = "--title", paramLabel = "TÍTULO", descriptionKey = "title")
    String title = "Mi clase";

    @Option(names = "--minutes", paramLabel = "MIN", descriptionKey = "minutes")
    int minutes = 45;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (minutes < 1 || minutes > 24 * 60) {
            throw new UsageErrors.Usage(spec.commandLine(), Messages.get("new.minutes", String.valueOf(minutes)));
        }
        if (title.isBlank() || title.contains("\n")) {
            throw new UsageErrors.Usage(spec.commandLine(), Messages.get("new.title"));
        }
        if (Files.exists(dir) && !isEmptyFolder(dir)) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(Messages.get("new.exists", dir));
            err.flush();
            return 1;
        }
        Path slides = Files.createDirectories(dir.resolve("slides"));
        Files.writeString(slides.resolve("deck.yaml"),
                template("deck.yaml").replace("{{title}}", MarkdownWriter.yamlText(title)));
        Files.writeString(slides.resolve("01_introduccion.md"), template("01_introduccion.md").replace("{{title}}", title));
        Files.writeString(Files.createDirectories(dir.resolve("bib")).resolve("referencias.bib"),
                template("referencias.bib"));
        ImageIO.write(exampleImage(), "png", Files.createDirectories(dir.resolve("assets")).resolve("ejemplo.png").toFile());
        out.println(Messages.get("new.done", dir));
        out.flush();
        return 0;
    }

    private String template(String name) {
        try (InputStream in = NewCommand.class.getResourceAsStream(TEMPLATE + name)) {
            if (in == null) {
                throw new IllegalStateException("template missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{minutes}}",
                    Integer.toString(minutes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isEmptyFolder(Path p) throws IOException {
        if (!Files.isDirectory(p)) {
            return false;
        }
        try (Stream<Path> files = Files.list(p)) {
            return files.findAny().isEmpty();
        }
    }

    /** A two-colour gradient, so the image block has a picture to show without shipping one. */
    private static BufferedImage exampleImage() {
        BufferedImage img = new BufferedImage(960, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x1f4e79), 960, 400, new Color(0x9dc3e6)));
        g.fillRect(0, 0, 960, 400);
        g.dispose();
        return img;
    }
}
