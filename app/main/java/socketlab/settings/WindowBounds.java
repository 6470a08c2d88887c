package socketlab.settings;

import java.util.List;

/** A window's or a screen's rectangle in screen coordinates, in the platform's pixels. */
public record WindowBounds(double x, double y, double width, double height) {

    /** The area this rectangle shares with {@code other}; 0 when they do not overlap. */
    public double overlap(WindowBounds other) {
        double w = Math.min(x + width, other.x + other.width) - Math.max(x, other.x);
        double h = Math.min(y + height, other.y + other.height) - Math.max(y, other.y);
        return w > 0 && h > 0 ? w * h : 0;
    }

    /**
     * This window moved and shrunk as little as needed to lie wholly on one of {@code screens}: the one it overlaps
     * most, or {@code primary} (centred there) when it overlaps none, e.g. after the projector it was on was
     * unplugged. Never smaller than the minimum size unless the screen itself is smaller.
     */
    public WindowBounds keptOn(List<WindowBounds> screens, WindowBounds primary, double minWidth, double minHeight) {
        WindowBounds best = null;
        double bestOverlap = 0;
        for (WindowBounds s : screens) {
            double o = overlap(s);
            if (o > bestOverlap) {
                best = s;
                bestOverlap = o;
            }
        }
        boolean lost = best == null;
        WindowBounds screen = lost ? primary : best;
        double w = Math.min(Math.max(width, minWidth), screen.width);
        double h = Math.min(Math.max(height, minHeight), screen.height);
        if (lost) {
            return new WindowBounds(screen.x + (screen.width - w) / 2, screen.y + (screen.height - h) / 2, w, h);
        }
        double nx = Math.min(Math.max(x, screen.x), screen.x + screen.width - w);
        double ny = Math.min(Math.max(y, screen.y), screen.y + screen.height - h);
        return new WindowBounds(nx, ny, w, h);
    }
}
