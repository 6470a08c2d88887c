package socketlab.ui.client;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import socketlab.client.ByteText;
import socketlab.client.ClientEvent;

/**
 * One row of a client's transcript: a chunk of bytes sent or received, or a step of the client, with the time
 * since the client started.
 *
 * @param time  since the client started, e.g. "12.4 ms" or "18.632 s"
 * @param what  "→ sent", "← received", or the step ("connect", "read: EOF", ...)
 * @param bytes the byte count of a chunk, empty for a step
 * @param text  the bytes as text with invisible bytes escaped, or the step in words
 * @param hex   the first bytes in hex
 * @param data  the chunk's bytes, empty for a step
 */
public record TranscriptRow(Kind kind, String time, String what, String bytes, String text, String hex,
        byte[] data) {
    /** Characters of text a row shows; the detail below the table shows the whole chunk. */
    static final int TEXT_CHARS = 240;
    /** Bytes of hex a row shows. */
    static final int HEX_BYTES = 8;

    /** What a row stands for; each kind has its colour. */
    public enum Kind {
        SENT, RECEIVED, STEP, FAILURE, SKIPPED;

        public String styleClass() {
            return "transcript-" + name().toLowerCase(Locale.ROOT);
        }
    }

    /** The row for {@code e}; {@code start} is when the client began. */
    public static TranscriptRow of(ClientEvent e, Instant start) {
        String time = since(start, e.time());
        return switch (e) {
            case ClientEvent.Sent s -> chunk(Kind.SENT, time, "→ sent", s.bytes());
            case ClientEvent.Received r -> chunk(Kind.RECEIVED, time, "← received", r.bytes());
            case ClientEvent.EndOfStream eof -> step(time, "read: EOF", e.describe());
            case ClientEvent.Failed f -> new TranscriptRow(Kind.FAILURE, time, f.step().label() + " failed", "",
                    f.reason(), "", new byte[0]);
            default -> step(time, e.step().label(), e.describe());
        };
    }

    /** Stands for events that came faster than the window shows them. */
    static TranscriptRow skipped(long count, Instant start) {
        return new TranscriptRow(Kind.SKIPPED, since(start, Instant.now()), "skipped", "",
                "… " + count + " events came faster than the window can show them", "", new byte[0]);
    }

    private static TranscriptRow chunk(Kind kind, String time, String what, byte[] bytes) {
        return new TranscriptRow(kind, time, what, String.valueOf(bytes.length), ByteText.escaped(bytes, TEXT_CHARS),
                ByteText.hex(bytes, HEX_BYTES), bytes);
    }

    private static TranscriptRow step(String time, String what, String text) {
        return new TranscriptRow(Kind.STEP, time, what, "", text, "", new byte[0]);
    }

    /** "12.4 ms" in the first second, then "18.632 s". */
    static String since(Instant start, Instant t) {
        double ms = Math.max(0, Duration.between(start, t).toNanos()) / 1e6;
        return ms < 1_000 ? String.format(Locale.ROOT, "%.1f ms", ms)
                : String.format(Locale.ROOT, "%.3f s", ms / 1_000);
    }

    public boolean isChunk() {
        return kind == Kind.SENT || kind == Kind.RECEIVED;
    }
}
