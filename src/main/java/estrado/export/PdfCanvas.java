package estrado.export;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.paint.Color;
import javafx.scene.transform.Affine;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * A page's content stream seen in slide pixels. Every primitive is drawn inside its own
 * save/restore with its absolute transform and clip, so the graphics-state nesting stays two levels
 * deep however deep the slide's node tree is (old viewers stop at 28).
 */
final class PdfCanvas {
    private static final double KAPPA = 0.5522847498;

    final PDPageContentStream cs;
    private final Map<Integer, PDExtendedGraphicsState> alphas;

    PdfCanvas(PDPageContentStream cs, Map<Integer, PDExtendedGraphicsState> alphas) {
        this.cs = cs;
        this.alphas = alphas;
    }

    static Map<Integer, PDExtendedGraphicsState> newAlphaCache() {
        return new HashMap<>();
    }

    /** Opens a primitive: clip (in slide pixels), opacity, then the node's transform. */
    void begin(Affine toSlide, Bounds clip, double alpha) throws IOException {
        cs.saveGraphicsState();
        if (clip != null) {
            cs.addRect((float) clip.getMinX(), (float) clip.getMinY(), (float) clip.getWidth(), (float) clip.getHeight());
            cs.clip();
        }
        if (alpha < 0.999) {
            cs.setGraphicsStateParameters(alpha(alpha));
        }
        cs.transform(matrix(toSlide));
    }

    void end() throws IOException {
        cs.restoreGraphicsState();
    }

    static Matrix matrix(Affine a) {
        return new Matrix((float) a.getMxx(), (float) a.getMyx(), (float) a.getMxy(), (float) a.getMyy(),
                (float) a.getTx(), (float) a.getTy());
    }

    void fillColor(Color c) throws IOException {
        cs.setNonStrokingColor((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue());
    }

    void strokeColor(Color c) throws IOException {
        cs.setStrokingColor((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue());
    }

    /** Colour transparency on top of the node's own opacity (already set by {@link #begin}). */
    void colorAlpha(double a) throws IOException {
        if (a < 0.999) {
            cs.setGraphicsStateParameters(alpha(a));
        }
    }

    private PDExtendedGraphicsState alpha(double a) {
        int key = (int) Math.round(Math.max(0, Math.min(1, a)) * 255);
        return alphas.computeIfAbsent(key, k -> {
            PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
            gs.setNonStrokingAlphaConstant(k / 255f);
            gs.setStrokingAlphaConstant(k / 255f);
            return gs;
        });
    }

    /**
     * Adds a rectangle with elliptical corners to the path. Radii are {tlH, tlV, trH, trV, brH, brV,
     * blH, blV}; when they do not fit they shrink together, as JavaFX does.
     */
    void roundRect(double x, double y, double w, double h, double[] r) throws IOException {
        if (w <= 0 || h <= 0) {
            return;
        }
        boolean square = true;
        for (double v : r) {
            square &= v <= 0;
        }
        if (square) {
            cs.addRect((float) x, (float) y, (float) w, (float) h);
            return;
        }
        double scale = 1;
        scale = Math.min(scale, fit(w, r[0] + r[2]));
        scale = Math.min(scale, fit(w, r[6] + r[4]));
        scale = Math.min(scale, fit(h, r[1] + r[7]));
        scale = Math.min(scale, fit(h, r[3] + r[5]));
        double tlh = r[0] * scale, tlv = r[1] * scale, trh = r[2] * scale, trv = r[3] * scale;
        double brh = r[4] * scale, brv = r[5] * scale, blh = r[6] * scale, blv = r[7] * scale;
        double x2 = x + w;
        double y2 = y + h;
        cs.moveTo((float) (x + tlh), (float) y);
        cs.lineTo((float) (x2 - trh), (float) y);
        curve(x2 - trh + trh * KAPPA, y, x2, y + trv - trv * KAPPA, x2, y + trv);
        cs.lineTo((float) x2, (float) (y2 - brv));
        curve(x2, y2 - brv + brv * KAPPA, x2 - brh + brh * KAPPA, y2, x2 - brh, y2);
        cs.lineTo((float) (x + blh), (float) y2);
        curve(x + blh - blh * KAPPA, y2, x, y2 - blv + blv * KAPPA, x, y2 - blv);
        cs.lineTo((float) x, (float) (y + tlv));
        curve(x, y + tlv - tlv * KAPPA, x + tlh - tlh * KAPPA, y, x + tlh, y);
        cs.closePath();
    }

    private void curve(double x1, double y1, double x2, double y2, double x3, double y3) throws IOException {
        cs.curveTo((float) x1, (float) y1, (float) x2, (float) y2, (float) x3, (float) y3);
    }

    private static double fit(double side, double sum) {
        return sum > side && sum > 0 ? side / sum : 1;
    }

    /** The axis-aligned box, in slide pixels, that a local rectangle covers. */
    static Bounds toSlide(Affine a, double x, double y, double w, double h) {
        double[] xs = {x, x + w};
        double[] ys = {y, y + h};
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double px : xs) {
            for (double py : ys) {
                double tx = a.getMxx() * px + a.getMxy() * py + a.getTx();
                double ty = a.getMyx() * px + a.getMyy() * py + a.getTy();
                minX = Math.min(minX, tx);
                minY = Math.min(minY, ty);
                maxX = Math.max(maxX, tx);
                maxY = Math.max(maxY, ty);
            }
        }
        return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    /** The overlap of two clips; null stands for "no clip". */
    static Bounds intersect(Bounds a, Bounds b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return new BoundingBox(minX, minY, Math.max(0, maxX - minX), Math.max(0, maxY - minY));
    }
}
