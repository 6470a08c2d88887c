package socketlab.decode;

/** The field table entries that belong to no single protocol: the frame itself, the payload, malformed frames. */
final class Fields {
    static final String PADDING_LAYER = "padding";

    static final FieldDef FRAME_NUMBER = FieldDef.decimal("frame.number", "Frame Number", "",
            "The frame's position in the capture, counted from 1.");
    static final FieldDef FRAME_TIME_EPOCH = FieldDef.of("frame.time_epoch", "Epoch Arrival Time", FieldFormat.EPOCH,
            "When the capture saw the frame, in seconds since 1 January 1970 UTC, to the microsecond.");
    static final FieldDef FRAME_LEN = FieldDef.decimal("frame.len", "Frame Length", "bytes",
            "How long the frame was on the wire.");
    static final FieldDef FRAME_CAP_LEN = FieldDef.decimal("frame.cap_len", "Capture Length", "bytes",
            "How many of its bytes the capture kept; fewer than the frame length when the snap length cut it.");
    static final FieldDef FRAME_PROTOCOLS = FieldDef.of("frame.protocols", "Protocols in frame", FieldFormat.TEXT,
            "The protocol headers found in the frame, outermost first.");
    static final FieldDef DATA = new FieldDef("data.data", "Data", FieldFormat.BYTES, "", null,
            "The bytes the application sent: the lab shows them but no protocol header describes them.");
    static final FieldDef PADDING = new FieldDef("eth.padding", "Padding", FieldFormat.BYTES, "", null,
            "Filler after the packet: Ethernet frames are at least 60 bytes, so short packets are padded.");
    static final FieldDef MALFORMED = FieldDef.of("_ws.malformed", "Malformed Packet", FieldFormat.TEXT,
            "The frame ends before its headers say it should, or a header contradicts itself; decoding stopped"
                    + " here.");
    static final FieldDef MALFORMED_OFFSET = FieldDef.decimal("_ws.malformed.offset", "Stopped at byte", "",
            "The byte of the frame, counted from 0, where decoding stopped.");

    private Fields() {
    }
}
