package socketlab.ui.capture;

/**
 * One row of the packet list: only the packet's position in the capture, so a million rows cost a few megabytes;
 * the row's texts are decoded when the row is drawn.
 *
 * @param index the packet's 0-based position; its number is {@code index + 1}
 */
public record PacketRef(int index) {
    public int number() {
        return index + 1;
    }
}
