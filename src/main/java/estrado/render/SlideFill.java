package estrado.render;

import estrado.deck.Layout;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Region;

/**
 * How much of a content slide's body its content covers: the area of the boxes of its blocks (all steps
 * shown) over the content area, below the title and above the foot, inside the body's margins. A block's
 * box is its laid-out box, except that a picture, diagram or formula counts with its caption only where
 * they are drawn (they are centred in a full-width box), and columns count their blocks one by one.
 */
public final class SlideFill {
    /** Layouts whose body is the lecturer's content; title, section, quote, agenda and references pages are not. */
    static final Set<Layout> MEASURED = Set.of(Layout.CONTENT, Layout.TWO_COLUMNS, Layout.IMAGE, Layout.WIDGET);
    private static final Set<String> CENTRED = Set.of("image-box", "diagram-box", "formula-box", "quote");
    private static final Set<String> CONTAINERS = Set.of("columns", "column");

    private SlideFill() {
    }

    /** The share of the content area covered (0–1), or empty for a layout that is not measured. */
    public static OptionalDouble of(RenderedSlide r) {
        if (!MEASURED.contains(r.slide().layout()) || r.mustFit().isEmpty()) {
            return OptionalDouble.empty();
        }
        Bounds content = contentArea(r.mustFit().get(0));
        double area = content.getWidth() * content.getHeight();
        double covered = 0;
        for (Region column : r.mustFit()) {
            for (Node block : column.getChildrenUnmodifiable()) {
                covered += covered(block, content);
            }
        }
        return area <= 0 ? OptionalDouble.empty() : OptionalDouble.of(Math.min(1, covered / area));
    }

    /**
     * The space the content may take, in scene coordinates: inside the margins of the {@link Autofit} that
     * holds {@code column} (both columns of a two-column slide share one).
     */
    static Bounds contentArea(Region column) {
        Region area = column;
        for (javafx.scene.Parent p = column.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Autofit fit) {
                // beside an image, the body is the row that holds both: the picture covers its share of it
                area = fit.getParent() instanceof Region row && row.getStyleClass().contains(SlideRenderer.BESIDE)
                        ? row : fit;
                break;
            }
        }
        Insets in = area.getInsets();
        return area.localToScene(new javafx.geometry.BoundingBox(in.getLeft(), in.getTop(),
                Math.max(0, area.getWidth() - in.getLeft() - in.getRight()),
                Math.max(0, area.getHeight() - in.getTop() - in.getBottom())));
    }

    private static double covered(Node n, Bounds content) {
        if (!n.isVisible() || !n.isManaged()) {
            return 0;
        }
        if (n instanceof Parent p && n.getStyleClass().stream().anyMatch(CONTAINERS::contains)) {
            double sum = 0;
            for (Node child : p.getChildrenUnmodifiable()) {
                sum += covered(child, content);
            }
            return sum;
        }
        if (n instanceof Parent p && n.getStyleClass().stream().anyMatch(CENTRED::contains)) {
            double sum = 0;
            for (Node child : p.getChildrenUnmodifiable()) {
                sum += child.isVisible() ? area(child, content) : 0;
            }
            return sum;
        }
        return area(n, content);
    }

    /** The node's box in the scene, cut to the content area (what overflows is not "covered"). */
    private static double area(Node n, Bounds content) {
        Bounds b = n.localToScene(n.getLayoutBounds());
        double w = Math.min(b.getMaxX(), content.getMaxX()) - Math.max(b.getMinX(), content.getMinX());
        double h = Math.min(b.getMaxY(), content.getMaxY()) - Math.max(b.getMinY(), content.getMinY());
        return w <= 0 || h <= 0 ? 0 : w * h;
    }

    /** The median of some fills (0 for none). */
    public static double median(List<Double> fills) {
        if (fills.isEmpty()) {
            return 0;
        }
        List<Double> sorted = fills.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
