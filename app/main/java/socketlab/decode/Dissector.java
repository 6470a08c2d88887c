package socketlab.decode;

/** Decodes one protocol's header found at {@code start}, adds its layer, and hands the rest on. */
@FunctionalInterface
interface Dissector {
    /**
     * @param start first byte of the header
     * @param end   first byte after the data the outer layer declares for it
     */
    void dissect(Dissection d, int start, int end);
}
