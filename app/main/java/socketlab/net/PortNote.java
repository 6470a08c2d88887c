package socketlab.net;

/**
 * What one port number of a connection is, for the person looking at it.
 *
 * @param port  the number
 * @param brief one or two words for a table cell: "listening", "ephemeral", "http", "registered"
 * @param text  the sentence: "51213 — ephemeral, chosen by the kernel"
 */
public record PortNote(int port, String brief, String text) {
}
