package socketlab.capture;

import java.util.Objects;
import socketlab.net.Numbers;
import socketlab.net.Parsed;

/**
 * What to capture and how. There is deliberately no promiscuous-mode setting: the lab captures only traffic to or
 * from this machine, never other machines' traffic that happens to pass its network card.
 *
 * @param interfaceName the interface to capture on, such as {@code lo}
 * @param filter        a capture (BPF) filter such as {@code tcp port 5000}; empty for every frame
 * @param snaplen       the most bytes kept of each frame (the snap length); longer frames are cut (libpcap on Linux
 *                      may keep a couple of bytes fewer in immediate mode)
 * @param bufferBytes   the kernel buffer that holds frames until they are read; when it is full, frames are dropped
 *                      and counted in {@link CaptureStats#droppedByKernel()}
 * @param count         stop by itself after this many frames; 0 to run until stopped
 * @param immediate     hand each frame over as soon as it arrives, rather than in batches at most
 *                      {@link #BATCH_MILLIS} apart. Batches (the default) let libpcap read the kernel's buffer
 *                      block by block (TPACKET_V3 on Linux), frames packed densely in it, so a burst fills it far
 *                      later and each wake-up brings many frames; immediate mode costs a wake-up per frame and, on
 *                      Linux, a buffer slot the size of the interface's MTU per frame
 */
public record CaptureOptions(String interfaceName, String filter, int snaplen, int bufferBytes, long count,
        boolean immediate) {
    /** The longest a frame waits for its batch when capture is not immediate: less than a tenth of a second. */
    public static final int BATCH_MILLIS = 50;
    /** libpcap's largest snap length, which keeps every frame whole. */
    public static final int MAX_SNAPLEN = 262_144;
    public static final int MIN_BUFFER_BYTES = 64 * 1024;
    /**
     * In batches libpcap on Linux packs frames into the buffer's blocks by their size, so 32 MiB hold about 200,000
     * small loopback frames (a TCP segment without data takes some 160 bytes with the kernel's header): a whole
     * class demo's burst, while the reading thread is not scheduled. In immediate mode each frame takes a slot the
     * size of the interface's MTU (64 KiB on loopback) and the same 32 MiB hold only about 500.
     */
    public static final int DEFAULT_BUFFER_BYTES = 32 * 1024 * 1024;
    public static final int MAX_BUFFER_BYTES = 256 * 1024 * 1024;

    public CaptureOptions {
        Objects.requireNonNull(interfaceName, "interfaceName");
        filter = filter == null ? "" : filter.strip();
        if (snaplen < 1 || snaplen > MAX_SNAPLEN) {
            throw new IllegalArgumentException("snap length out of range: " + snaplen);
        }
        if (bufferBytes < MIN_BUFFER_BYTES || bufferBytes > MAX_BUFFER_BYTES) {
            throw new IllegalArgumentException("buffer size out of range: " + bufferBytes);
        }
        if (count < 0) {
            throw new IllegalArgumentException("negative count: " + count);
        }
    }

    /** Every whole frame on {@code interfaceName} until stopped, read in batches. */
    public static CaptureOptions on(String interfaceName) {
        return new CaptureOptions(interfaceName, "", MAX_SNAPLEN, DEFAULT_BUFFER_BYTES, 0, false);
    }

    public CaptureOptions withInterfaceName(String name) {
        return new CaptureOptions(name, filter, snaplen, bufferBytes, count, immediate);
    }

    public CaptureOptions withFilter(String f) {
        return new CaptureOptions(interfaceName, f, snaplen, bufferBytes, count, immediate);
    }

    public CaptureOptions withSnaplen(int s) {
        return new CaptureOptions(interfaceName, filter, s, bufferBytes, count, immediate);
    }

    public CaptureOptions withBufferBytes(int b) {
        return new CaptureOptions(interfaceName, filter, snaplen, b, count, immediate);
    }

    public CaptureOptions withImmediate(boolean i) {
        return new CaptureOptions(interfaceName, filter, snaplen, bufferBytes, count, i);
    }

    public CaptureOptions withCount(long c) {
        return new CaptureOptions(interfaceName, filter, snaplen, bufferBytes, c, immediate);
    }

    /** A snap length typed by the user. */
    public static Parsed<Integer> parseSnaplen(String text) {
        return Numbers.parseInRange(text, "snap length", 1, MAX_SNAPLEN);
    }
}
