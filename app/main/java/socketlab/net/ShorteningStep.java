package socketlab.net;

/**
 * One step from an IPv6 address's full form to its canonical one.
 *
 * @param rule        what the step does, e.g. "rule 1: drop the leading zeros of each group"
 * @param text        the address after the step
 * @param explanation what changed in this address, e.g. "0db8 → db8, 0000 → 0"
 */
public record ShorteningStep(String rule, String text, String explanation) {
}
