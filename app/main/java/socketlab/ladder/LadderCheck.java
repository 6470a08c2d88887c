package socketlab.ladder;

/**
 * One piece of TCP arithmetic checked on the captured numbers, in plain words, such as
 * {@code SYN-ACK ack = client ISN + 1: ack 2934871235 = ISN 2934871234 + 1 ✓}.
 *
 * @param frameNumber the frame whose numbers were checked
 * @param ok          whether the rule holds
 * @param rule        the rule: {@code SYN-ACK ack = client ISN + 1}
 * @param detail      this capture's numbers: {@code ack 2934871235 = ISN 2934871234 + 1}
 */
public record LadderCheck(long frameNumber, boolean ok, String rule, String detail) {

    /** ✓ or ✗. */
    public String mark() {
        return ok ? "✓" : "✗";
    }

    /** The whole line: rule, numbers and mark. */
    public String text() {
        return rule + ": " + detail + " " + mark();
    }

    @Override
    public String toString() {
        return "#" + frameNumber + " " + text();
    }
}
