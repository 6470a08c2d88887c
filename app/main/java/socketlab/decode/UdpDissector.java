package socketlab.decode;

/** UDP (RFC 768): ports, length and the checksum verified over the IPv4 or IPv6 pseudo-header. */
public final class UdpDissector {
    public static final FieldDef SRCPORT = FieldDef.decimal("udp.srcport", "Source Port", "",
            "The sending socket's port; the receiver replies to it.");
    public static final FieldDef DSTPORT = FieldDef.decimal("udp.dstport", "Destination Port", "",
            "The port of the socket this datagram is for: the number it called bind() with.");
    static final FieldDef LENGTH = FieldDef.decimal("udp.length", "Length", "bytes",
            "The 8-byte UDP header plus the data: one datagram is exactly one sendto() of the sender.");
    static final FieldDef CHECKSUM = FieldDef.of("udp.checksum", "Checksum", FieldFormat.HEX,
            "Covers the UDP header, the data and a pseudo-header of the IP addresses, so a datagram delivered to"
                    + " the wrong address is caught; 0 over IPv4 means the sender did not compute one.");
    static final FieldDef CHECKSUM_STATUS = FieldDef.of("udp.checksum.status", "Checksum Status", FieldFormat.TEXT,
            "Whether the checksum matches: good, bad, or unverified.");

    private UdpDissector() {
    }

    static void register() {
        DissectorTables.ipNumber(IpNumber.UDP, UdpDissector::dissect);
    }

    static void dissect(Dissection d, int start, int end) {
        LayerBuilder b = d.builder(start, end);
        b.u16(SRCPORT, 0);
        b.u16(DSTPORT, 2);
        long length = b.u16(LENGTH, 4);
        long checksum = b.u16(CHECKSUM, 6);
        int declared = end - start;
        boolean lengthOk = length >= 8 && length <= declared;
        if (!b.eager()) {
            // only the status field depends on the checksum: nothing to find out without fields
        } else if (checksum >= 0 && lengthOk && !d.fragment) {
            if (checksum == 0 && d.ipVersion == 4) {
                b.generated(CHECKSUM_STATUS, Checksums.UNVERIFIED);
                b.note("The sender sent no checksum (0 is allowed for UDP over IPv4).");
            } else {
                boolean covered = start + length <= d.data.length;
                int expected = covered ? Checksums.expected(d.data, start, (int) length, start + 6,
                        Checksums.pseudoHeader(d, 17, (int) length)) : 0;
                if (expected == 0) {
                    expected = 0xffff; // a computed zero is sent as 0xffff, since 0 means "none"
                }
                Checksums.verdict(b, d, CHECKSUM_STATUS, covered, (int) checksum, expected);
            }
        } else if (checksum >= 0) {
            b.generated(CHECKSUM_STATUS, Checksums.UNVERIFIED);
            if (d.fragment) {
                b.note("The datagram is split into IP fragments; the checksum covers all of them.");
            }
        }
        d.protocol(b.build(Protocol.UDP, 8));
        if (b.cut()) {
            d.malformed("UDP header cut short: " + b.available() + " of 8 bytes captured", b.cutAt());
            return;
        }
        if (length < 8) {
            d.malformed("UDP length " + length + " is less than its own 8-byte header", start + 4);
            return;
        }
        if (length > declared && !d.fragment) {
            d.malformed("UDP length " + length + " is more than the " + declared + " bytes the IP packet carries",
                    start + 8);
            return;
        }
        d.application(false, (int) b.u16(0), (int) b.u16(2), start + 8, d.fragment ? end : start + (int) length);
    }
}
