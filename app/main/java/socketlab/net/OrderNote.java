package socketlab.net;

/**
 * One line about byte order, as C code would write it and what it means.
 *
 * @param code        e.g. {@code htons(80) = 0x5000}
 * @param explanation e.g. "stored by a little-endian host as 00 50: 80 in network order"
 */
public record OrderNote(String code, String explanation) {
}
