package socketlab.ladder;

/**
 * A lab socket call placed on the ladder: it happened after the first {@code afterArrows} arrows and before the
 * next one.
 *
 * @param note        the call
 * @param afterArrows how many arrows come before it (0: above the first arrow)
 */
public record LadderNote(LabNote note, int afterArrows) {
}
