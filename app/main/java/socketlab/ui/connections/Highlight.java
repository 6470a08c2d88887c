package socketlab.ui.connections;

/** How a row relates to the row selected in either table. */
public enum Highlight {
    /** Unrelated. */
    NONE,
    /** The other end of the selected row's connection: its tuple is the selected one mirrored. */
    MIRROR,
    /** The very socket the selected row shows, listed in the other table. */
    SAME
}
