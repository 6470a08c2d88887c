package socketlab.decode;

/**
 * Why decoding stopped early: a short plain-words reason and the byte offset within the frame where it stopped.
 *
 * @param reason what is wrong, such as "TCP header cut short: 12 of 20 bytes captured"
 * @param offset the first byte of the frame that could not be decoded
 */
public record Malformed(String reason, int offset) {
}
