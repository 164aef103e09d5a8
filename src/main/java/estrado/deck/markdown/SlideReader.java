package estrado.deck.markdown;

import estrado.deck.Location;
import estrado.deck.Problems;
import estrado.deck.YamlNode;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/** One Markdown slide (header, body, notes) as the YAML mapping of a slide. */
final class SlideReader {
    private static final int MAX_ID_LENGTH = 48;

    private final Source src;
    private final MarkdownSection.Chunk chunk;
    private final String sectionId;
    private final int number;
    private final Problems problems;

    SlideReader(Source src, MarkdownSection.Chunk chunk, String sectionId, int number, Problems problems) {
        this.src = src;
        this.chunk = chunk;
        this.sectionId = sectionId;
        this.number = number;
        this.problems = problems;
    }

    Optional<YamlNode> read() {
        Location at = src.at(Math.max(1, chunk.separator()), 1);
        Nodes.MapBuilder slide = new Nodes.MapBuilder(at);
        if (chunk.hasHeader()) {
            Optional<YamlNode.Mapping> header = MarkdownSection.mapping(src, chunk.headerFrom(), chunk.headerTo(),
                    src.at(chunk.headerFrom(), 1), "md.headerNotMapping", problems);
            if (header.isEmpty()) {
                return Optional.empty();
            }
            slide.putAll(MarkdownSection.known(header.get(), MarkdownSection.HEADER, problems));
        }
        SlideBody body = new SlideBody(src, problems);
        body.read(chunk.bodyFrom(), chunk.bodyTo());
        boolean hasNotes = chunk.notesLine() > 0;
        if (!chunk.hasHeader() && body.isEmpty() && !hasNotes) {
            problems.error(at, "md.emptySlide");
            return Optional.empty();
        }
        if (!slide.has("id")) {
            String id = body.title().map(t -> slug(t.text())).filter(s -> !s.isEmpty())
                    .orElse(sectionId.isEmpty() ? "diapositiva-" + number : sectionId + "-" + number);
            slide.put("id", at, Nodes.text(at, id));
        }
        body.title().ifPresent(t -> slide.put("title", t));
        body.subtitle().ifPresent(t -> slide.put("subtitle", t));
        body.addBlocks(slide);
        if (hasNotes) {
            Location notesAt = src.at(chunk.notesLine(), 1);
            String notes = src.text(chunk.notesLine() + 1, chunk.notesTo()).strip();
            slide.put(MarkdownSection.NOTES, notesAt, Nodes.text(src.at(chunk.notesLine() + 1, 1), notes));
        }
        return Optional.of(slide.build());
    }

    /** "GPT-3 (175B): ¿cuánto costó?" → "gpt-3-175b-cuanto-costo": an id for a slide whose header gives none. */
    static String slug(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("\\\\cite\\{[^}]*}", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (plain.length() > MAX_ID_LENGTH) {
            plain = plain.substring(0, MAX_ID_LENGTH).replaceAll("-[^-]*$", "");
        }
        return plain;
    }
}
