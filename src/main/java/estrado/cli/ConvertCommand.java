package estrado.cli;

import estrado.deck.DeckLoader;
import estrado.deck.Problem;
import estrado.deck.Problems;
import estrado.deck.Section;
import estrado.deck.Slide;
import estrado.deck.YamlNode;
import estrado.deck.YamlReader;
import estrado.deck.markdown.MarkdownWriter;
import estrado.deck.markdown.ModelText;
import estrado.i18n.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code estrado convert DECK_DIR --to md}: writes each YAML section as a Markdown section beside it and points
 * deck.yaml at the new files. Before touching deck.yaml it loads the converted deck and compares every slide
 * with the original (all fields but file positions); on any difference it removes what it wrote and says which
 * slide differs. The YAML files stay where they are.
 */
@Command(name = "convert", resourceBundle = "estrado.cli.convert", mixinStandardHelpOptions = true)
final class ConvertCommand implements Callable<Integer> {
    private static final String CHECK_DECK = ".estrado-convert.yaml";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DECK_DIR", descriptionKey = "deckDir")
    Path given;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", descriptionKey = "to")
    String to;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!"md".equals(to)) {
            throw new UsageErrors.Usage(spec.commandLine(), Messages.get("convert.format", to));
        }
        DeckLoader loader = new DeckLoader();
        DeckLoader.Result before = loader.load(given);
        if (before.hasErrors()) {
            before.problems().stream().filter(Problem::isError).forEach(p -> err.println(p.format(before.root())));
            err.println(Messages.get("convert.fixFirst"));
            err.flush();
            return 1;
        }
        Path deckFile = DeckLoader.deckFile(given).toAbsolutePath().normalize();
        Path slides = deckFile.getParent();
        Map<String, String> renamed = new LinkedHashMap<>();
        List<Path> written = new ArrayList<>();
        Problems problems = new Problems();
        for (Section s : before.deck().orElseThrow().sections()) {
            Path yaml = s.location().file();
            String name = slides.relativize(yaml).toString().replace('\\', '/');
            if (!name.matches(".*\\.ya?ml")) {
                continue;
            }
            String mdName = name.replaceFirst("\\.ya?ml$", ".md");
            Path md = slides.resolve(mdName);
            if (Files.exists(md)) {
                removeAll(written);
                err.println(Messages.get("convert.exists", mdName));
                err.flush();
                return 1;
            }
            Optional<YamlNode> node = new YamlReader().read(yaml, problems);
            Files.writeString(md, MarkdownWriter.section((YamlNode.Mapping) node.orElseThrow()), StandardCharsets.UTF_8);
            written.add(md);
            renamed.put(name, mdName);
        }
        if (renamed.isEmpty()) {
            out.println(Messages.get("convert.nothing"));
            out.flush();
            return 0;
        }
        String deckText = Files.readString(deckFile, StandardCharsets.UTF_8);
        String converted = pointAt(deckText, renamed);
        Path check = slides.resolve(CHECK_DECK);
        Files.writeString(check, converted, StandardCharsets.UTF_8);
        DeckLoader.Result after;
        try {
            after = loader.load(check);
        } finally {
            Files.deleteIfExists(check);
        }
        Optional<String> difference = difference(before, after);
        if (difference.isPresent()) {
            removeAll(written);
            after.problems().stream().filter(Problem::isError).forEach(p -> err.println(p.format(after.root())));
            err.println(Messages.get("convert.differs", difference.get()));
            err.flush();
            return 1;
        }
        Files.writeString(deckFile, converted, StandardCharsets.UTF_8);
        renamed.forEach((from, into) -> out.println(Messages.get("convert.wrote", "slides/" + into, "slides/" + from)));
        out.println(Messages.get("convert.done", renamed.size(), before.deck().orElseThrow().slides().size()));
        out.flush();
        return 0;
    }

    /** The first slide (by id) that reads differently after the conversion, if any. */
    private static Optional<String> difference(DeckLoader.Result before, DeckLoader.Result after) {
        if (after.deck().isEmpty()) {
            return Optional.of("deck");
        }
        List<Slide> a = before.deck().get().slides();
        List<Slide> b = after.deck().get().slides();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            if (i >= a.size() || i >= b.size() || !ModelText.of(a.get(i)).equals(ModelText.of(b.get(i)))) {
                return Optional.of(i < a.size() ? a.get(i).id() : b.get(i).id());
            }
        }
        List<Section> sa = before.deck().get().sections();
        List<Section> sb = after.deck().get().sections();
        for (int i = 0; i < sa.size(); i++) {
            if (!ModelText.of(sa.get(i)).equals(ModelText.of(sb.get(i)))) {
                return Optional.of(sa.get(i).id());
            }
        }
        return Optional.empty();
    }

    /** deck.yaml with each converted section's list item naming the new file; the rest as written. */
    static String pointAt(String deckText, Map<String, String> renamed) {
        String out = deckText;
        for (Map.Entry<String, String> e : renamed.entrySet()) {
            Pattern item = Pattern.compile("(?m)^(\\s*-\\s*['\"]?)" + Pattern.quote(e.getKey()) + "(['\"]?\\s*(#.*)?)$");
            out = item.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + e.getValue() + m.group(2)));
        }
        return out;
    }

    private static void removeAll(List<Path> files) throws IOException {
        for (Path p : files) {
            Files.deleteIfExists(p);
        }
    }
}
