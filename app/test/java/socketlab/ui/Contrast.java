package socketlab.ui;

import java.util.Locale;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;

/** WCAG 2 contrast between two colours, and the compositing needed to know what colour the eye actually sees. */
public final class Contrast {
    private Contrast() {
    }

    /** The WCAG contrast ratio, 1 to 21, of two opaque colours. */
    public static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /** {@code top} painted over the opaque {@code bottom}. */
    public static Color over(Color top, Color bottom) {
        double a = top.getOpacity();
        return new Color(top.getRed() * a + bottom.getRed() * (1 - a), top.getGreen() * a + bottom.getGreen() * (1 - a),
                top.getBlue() * a + bottom.getBlue() * (1 - a), 1);
    }

    /** A paint's mean colour (gradients as the mean of their stops), or null for paints without one. */
    static Color average(Paint paint) {
        if (paint instanceof Color c) {
            return c;
        }
        java.util.List<Stop> stops = paint instanceof LinearGradient l ? l.getStops()
                : paint instanceof RadialGradient r ? r.getStops() : java.util.List.of();
        if (stops.isEmpty()) {
            return null;
        }
        double r = 0;
        double g = 0;
        double b = 0;
        double o = 0;
        for (Stop s : stops) {
            r += s.getColor().getRed();
            g += s.getColor().getGreen();
            b += s.getColor().getBlue();
            o += s.getColor().getOpacity();
        }
        int n = stops.size();
        return new Color(r / n, g / n, b / n, o / n);
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
