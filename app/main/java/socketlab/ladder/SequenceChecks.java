package socketlab.ladder;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a connection's sequence arithmetic segment by segment, as a student would with pencil and paper: the SYN
 * and the FIN each use one sequence number, and an acknowledgement names the next byte expected.
 */
final class SequenceChecks {
    /** The most data acknowledgements listed one by one; the rest are summed up in one line. */
    static final int MAX_DATA_CHECKS = 24;
    private static final long MOD = 1L << 32;

    private final List<LadderCheck> checks = new ArrayList<>();
    private final ArrayDeque<Pending> clientData = new ArrayDeque<>();
    private final ArrayDeque<Pending> serverData = new ArrayDeque<>();
    private final Pending[] fin = new Pending[2];
    /** The highest acknowledgement each side's data has received: a copy of acknowledged bytes needs no check. */
    private final long[] acked = new long[2];
    private long clientIsn = -1;
    private long serverIsn = -1;
    private boolean handshakeAckChecked;
    private int dataChecks;
    private int moreDataOk;
    private int moreDataFailed;
    private long lastMoreFrame;

    /** Data (or a FIN) one side sent and the other has not acknowledged yet, in relative numbers. */
    private record Pending(long frame, long seq, long rawSeq, int length) {
        long end() {
            return seq + length;
        }
    }

    void observe(LadderArrow a) {
        boolean syn = a.has("SYN");
        if (syn && !a.hasAck() && a.fromClient()) {
            clientIsn = a.rawSeq();
        } else if (syn && a.hasAck() && !a.fromClient()) {
            serverIsn = a.rawSeq();
            if (clientIsn >= 0) {
                raw(a.frameNumber(), "SYN-ACK ack = client ISN + 1", a.rawAck(), clientIsn, "ISN");
            }
        } else if (!syn && a.fromClient() && a.hasAck() && serverIsn >= 0 && !handshakeAckChecked) {
            handshakeAckChecked = true;
            raw(a.frameNumber(), "ACK of the handshake: ack = server ISN + 1", a.rawAck(), serverIsn, "ISN");
            if (clientIsn >= 0) {
                raw(a.frameNumber(), "the SYN used one sequence number: seq = client ISN + 1", a.rawSeq(),
                        clientIsn, "ISN");
            }
        }
        if (a.hasAck() && !syn) {
            acknowledge(a);
        }
        if (a.carriesData() && a.seq() + a.length() > acked[a.fromClient() ? 0 : 1]) {
            (a.fromClient() ? clientData : serverData).addLast(new Pending(a.frameNumber(), a.seq(), a.rawSeq(),
                    a.length()));
        }
        if (a.has("FIN")) {
            fin[a.fromClient() ? 0 : 1] = new Pending(a.frameNumber(), a.seq() + a.length(),
                    (a.rawSeq() + a.length()) % MOD, 0);
        }
    }

    /** What {@code a}'s acknowledgement number says about the other side's data and FIN. */
    private void acknowledge(LadderArrow a) {
        ArrayDeque<Pending> sent = a.fromClient() ? serverData : clientData;
        long ack = a.ack();
        while (!sent.isEmpty() && sent.peekFirst().end() <= ack) {
            Pending d = sent.removeFirst();
            if (d.end() == ack) {
                data(a.frameNumber(), true, "ack " + ack + " = seq " + d.seq() + " + len " + d.length()
                        + " (frame " + d.frame() + ")");
            } else {
                data(a.frameNumber(), true, "ack " + ack + " ≥ seq " + d.seq() + " + len " + d.length() + " = "
                        + d.end() + ": frame " + d.frame() + "'s bytes acknowledged with later ones");
            }
        }
        Pending head = sent.peekFirst();
        if (head != null && head.seq() < ack && ack < head.end()) {
            // Receivers acknowledge whole segments: an acknowledgement inside one says part of it went missing.
            sent.removeFirst();
            data(a.frameNumber(), false, "ack " + ack + " ≠ seq " + head.seq() + " + len " + head.length() + " = "
                    + head.end() + ": only part of frame " + head.frame() + "'s bytes acknowledged");
        }
        acked[a.fromClient() ? 1 : 0] = Math.max(acked[a.fromClient() ? 1 : 0], ack);
        int side = a.fromClient() ? 1 : 0;
        Pending f = fin[side];
        if (f != null && ack > f.seq()) {
            fin[side] = null;
            String who = side == 0 ? "client" : "server";
            long expected = (f.rawSeq() + 1) % MOD;
            boolean ok = a.rawAck() == expected;
            String detail = ok
                    ? "ack " + a.rawAck() + " = " + who + " FIN seq " + f.rawSeq() + " + 1"
                    : "ack " + a.rawAck() + ", but " + who + " FIN seq " + f.rawSeq() + " + 1 = " + expected;
            checks.add(new LadderCheck(a.frameNumber(), ok, "FIN consumes one sequence number", detail));
        }
    }

    private void data(long frame, boolean ok, String detail) {
        if (dataChecks < MAX_DATA_CHECKS) {
            dataChecks++;
            checks.add(new LadderCheck(frame, ok, "data ack = seq + len", detail));
        } else if (ok) {
            moreDataOk++;
            lastMoreFrame = frame;
        } else {
            moreDataFailed++;
            lastMoreFrame = frame;
        }
    }

    /** A check that {@code value} is {@code base + 1} modulo 2^32, written with the raw numbers. */
    private void raw(long frame, String rule, long value, long base, String baseName) {
        long expected = (base + 1) % MOD;
        boolean ok = value == expected;
        String what = rule.contains("seq =") ? "seq " : "ack ";
        String detail = ok
                ? what + value + " = " + baseName + " " + base + " + 1"
                : what + value + ", but " + baseName + " " + base + " + 1 = " + expected;
        checks.add(new LadderCheck(frame, ok, rule, detail));
    }

    List<LadderCheck> result() {
        List<LadderCheck> all = new ArrayList<>(checks);
        int more = moreDataOk + moreDataFailed;
        if (more > 0) {
            all.add(new LadderCheck(lastMoreFrame, moreDataFailed == 0, "data ack = seq + len",
                    more + " more acknowledgements of data" + (moreDataFailed == 0 ? ", all as expected"
                            : ", " + moreDataFailed + " not as expected")));
        }
        return all;
    }
}
