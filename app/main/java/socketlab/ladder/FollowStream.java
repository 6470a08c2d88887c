package socketlab.ladder;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Both directions' application bytes of one TCP connection in the order they were sent, as Wireshark's "Follow TCP
 * Stream": each direction's bytes put in sequence-number order once each, retransmitted bytes left out. A very long
 * stream is kept up to a cap, and says so.
 */
public final class FollowStream {
    /** The most bytes kept of one stream: more than a screen can show, little memory. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    private final List<StreamChunk> chunks;
    private final long clientBytes;
    private final long serverBytes;
    private final boolean capped;
    private final int missingRanges;

    FollowStream(List<StreamChunk> chunks, long clientBytes, long serverBytes, boolean capped, int missingRanges) {
        this.chunks = Collections.unmodifiableList(chunks);
        this.clientBytes = clientBytes;
        this.serverBytes = serverBytes;
        this.capped = capped;
        this.missingRanges = missingRanges;
    }

    /** The chunks in capture order, each one direction's new bytes. */
    public List<StreamChunk> chunks() {
        return chunks;
    }

    /** How many application bytes the client sent, counted once each. */
    public long clientBytes() {
        return clientBytes;
    }

    /** How many application bytes the server sent, counted once each. */
    public long serverBytes() {
        return serverBytes;
    }

    /** Whether the stream was longer than {@link #MAX_BYTES} and only its start is kept in {@link #chunks()}. */
    public boolean capped() {
        return capped;
    }

    /** How many times bytes were missing from the capture (a segment not captured), so the text has a gap. */
    public int missingRanges() {
        return missingRanges;
    }

    /** All bytes one side sent, in order, as far as kept. */
    public byte[] bytesFrom(boolean client) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (StreamChunk c : chunks) {
            if (c.fromClient() == client) {
                out.writeBytes(c.bytes());
            }
        }
        return out.toByteArray();
    }

    /** Collects the new bytes of each segment, one direction at a time. */
    static final class Builder {
        private final List<StreamChunk> chunks = new ArrayList<>();
        private final long[] next = {-1, -1};
        private final long[] total = new long[2];
        private long kept;
        private boolean capped;
        private int missing;

        /** One segment's payload; {@code seq} is relative, {@code payload} what the capture holds of it. */
        void add(long frameNumber, boolean fromClient, long seq, byte[] payload) {
            if (payload.length == 0) {
                return;
            }
            int side = fromClient ? 0 : 1;
            long end = seq + payload.length;
            int skip = 0;
            if (next[side] >= 0) {
                if (end <= next[side]) {
                    return; // a retransmission of bytes already shown
                }
                if (seq < next[side]) {
                    skip = (int) (next[side] - seq); // partly new: keep only the new part
                } else if (seq > next[side]) {
                    missing++; // the capture lacks the bytes in between
                }
            }
            next[side] = end;
            int n = payload.length - skip;
            total[side] += n;
            if (kept + n > MAX_BYTES) {
                capped = true;
                n = (int) Math.max(0, MAX_BYTES - kept);
            }
            if (n > 0) {
                byte[] b = new byte[n];
                System.arraycopy(payload, skip, b, 0, n);
                kept += n;
                chunks.add(new StreamChunk(frameNumber, fromClient, b));
            }
        }

        FollowStream build() {
            return new FollowStream(chunks, total[0], total[1], capped, missing);
        }
    }
}
