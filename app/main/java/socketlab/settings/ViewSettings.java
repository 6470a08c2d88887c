package socketlab.settings;

/**
 * How the room last saw the lab: what an instructor sets up once at the start of a class and expects to find again.
 *
 * @param textPercent the text size in percent of the base size
 * @param dark        whether the dark theme is on
 * @param window      the window's position and size when it was last neither maximised nor full screen, or null to
 *                    let the lab choose
 * @param maximized   whether the window was maximised
 * @param presenting  whether the window was in presentation mode (full screen)
 * @param pane        the id of the pane last shown
 */
public record ViewSettings(int textPercent, boolean dark, WindowBounds window, boolean maximized, boolean presenting,
        String pane) {

    /** A fresh start: 100 % text, light theme, the lab's own window size, the Servers pane. */
    public static final ViewSettings DEFAULTS = new ViewSettings(100, false, null, false, false, "servers");
}
