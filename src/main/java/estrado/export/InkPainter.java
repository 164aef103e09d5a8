package estrado.export;

import estrado.timing.InkStroke;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.ArrayList;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

/**
 * Draws the ink of a run ({@code export --pdf --ink RUN.json}) on the slide pages as vector paths: the pen's lines
 * opaque, the highlighter's wide and translucent, both with round ends, in the colours they had on screen. A page
 * shows the strokes drawn on its slide at its step or an earlier one, as the presenter did; a slide's final page
 * shows all of them.
 */
public final class InkPainter {
    /** No ink: pages are the deck alone. */
    static final InkPainter NONE = new InkPainter(List.of());

    private final Map<String, List<InkStroke>> bySlide = new LinkedHashMap<>();
    private final PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();

    public InkPainter(List<InkStroke> strokes) {
        for (InkStroke s : strokes) {
            bySlide.computeIfAbsent(s.slideId(), k -> new ArrayList<>()).add(s);
        }
        translucent.setStrokingAlphaConstant((float) InkStroke.Tool.HIGHLIGHTER.opacity());
    }

    /** The slides that have ink but are not among {@code slideIds}: the run was of another version of the deck. */
    public List<String> slidesMissingFrom(Set<String> slideIds) {
        return bySlide.keySet().stream().filter(id -> !slideIds.contains(id)).toList();
    }

    /** Draws the page's ink into {@code cs}, whose transform is already in slide pixels (y down). */
    void paint(ExportPage page, PDPageContentStream cs) throws IOException {
        List<InkStroke> strokes = bySlide.get(page.slide().id());
        if (strokes == null) {
            return;
        }
        // the final page of a slide carries everything, even ink of a step a later edit removed
        int upTo = page.lastStep() ? Integer.MAX_VALUE : page.step();
        for (InkStroke s : strokes) {
            if (s.step() <= upTo) {
                stroke(s, cs);
            }
        }
    }

    private void stroke(InkStroke s, PDPageContentStream cs) throws IOException {
        cs.saveGraphicsState();
        if (s.tool().opacity() < 1) {
            cs.setGraphicsStateParameters(translucent);
        }
        int rgb = Integer.parseInt(s.colour().substring(1), 16);
        cs.setStrokingColor(((rgb >> 16) & 0xff) / 255f, ((rgb >> 8) & 0xff) / 255f, (rgb & 0xff) / 255f);
        cs.setLineWidth((float) s.width());
        cs.setLineCapStyle(1); // round, as on screen
        cs.setLineJoinStyle(1);
        InkStroke.Point first = s.points().get(0);
        cs.moveTo((float) first.x(), (float) first.y());
        if (s.points().size() == 1) {
            cs.lineTo((float) first.x() + 0.01f, (float) first.y()); // a tap: a dot
        }
        for (InkStroke.Point p : s.points().subList(1, s.points().size())) {
            cs.lineTo((float) p.x(), (float) p.y());
        }
        cs.stroke();
        cs.restoreGraphicsState();
    }
}
