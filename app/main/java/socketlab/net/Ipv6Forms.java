package socketlab.net;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The ways to write one IPv6 address: the full form (8 groups of 4 hex digits), the form without leading zeros, and
 * the canonical form of RFC 5952, which also replaces the longest run of zero groups with {@code ::}.
 */
public final class Ipv6Forms {
    private static final int GROUPS = 8;

    private Ipv6Forms() {
    }

    /** The 8 groups of 16 bits of a 16-byte address. */
    public static int[] groups(byte[] b) {
        int[] groups = new int[GROUPS];
        for (int i = 0; i < GROUPS; i++) {
            groups[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        return groups;
    }

    /** Every group with 4 hex digits: {@code 2001:0db8:0000:0000:0000:ff00:0042:8329}. */
    public static String full(byte[] b) {
        List<String> parts = new ArrayList<>();
        for (int g : groups(b)) {
            parts.add("%04x".formatted(g));
        }
        return String.join(":", parts);
    }

    /** Rule 1 only: {@code 2001:db8:0:0:0:ff00:42:8329}. */
    public static String withoutLeadingZeros(byte[] b) {
        List<String> parts = new ArrayList<>();
        for (int g : groups(b)) {
            parts.add(Integer.toHexString(g));
        }
        return String.join(":", parts);
    }

    /** Rules 1 and 2: {@code 2001:db8::ff00:42:8329}; an IPv4-mapped address stays in hex here. */
    public static String compressed(byte[] b) {
        int[] groups = groups(b);
        ZeroRun run = longestZeroRun(groups);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < GROUPS; i++) {
            if (run != null && i == run.start()) {
                sb.append("::");
                i += run.length() - 1;
                continue;
            }
            if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(groups[i]));
        }
        return sb.toString();
    }

    /** The RFC 5952 text: compressed, lower case, and an IPv4-mapped address as {@code ::ffff:128.95.4.1}. */
    public static String canonical(byte[] b) {
        return isIpv4Mapped(b) ? "::ffff:" + dottedTail(b) : compressed(b);
    }

    /** True for {@code ::ffff:a.b.c.d}: an IPv4 address as an IPv6 socket sees it (RFC 4291 section 2.5.5.2). */
    public static boolean isIpv4Mapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }

    /** The last 4 bytes as a dotted quad. */
    static String dottedTail(byte[] b) {
        return (b[12] & 0xff) + "." + (b[13] & 0xff) + "." + (b[14] & 0xff) + "." + (b[15] & 0xff);
    }

    /** A run of zero groups: where it starts (0-based) and how many groups it covers. */
    record ZeroRun(int start, int length, boolean tie) {
    }

    /** RFC 5952 section 4.2: the longest run of two or more zero groups, the first one on a tie; null if none. */
    static ZeroRun longestZeroRun(int[] groups) {
        int bestStart = -1;
        int bestLen = 0;
        boolean tie = false;
        for (int i = 0; i < GROUPS; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < GROUPS && groups[j] == 0) {
                j++;
            }
            if (j - i >= 2 && j - i == bestLen) {
                tie = true;
            }
            if (j - i > bestLen && j - i >= 2) {
                bestStart = i;
                bestLen = j - i;
                tie = false;
            }
            i = j;
        }
        return bestStart < 0 ? null : new ZeroRun(bestStart, bestLen, tie);
    }

    /** The steps from the full form to the canonical one, each saying what it changed in this address. */
    public static List<ShorteningStep> steps(byte[] b) {
        List<ShorteningStep> steps = new ArrayList<>();
        steps.add(new ShorteningStep("full form: 8 groups of 4 hex digits", full(b),
                "16 bytes, two to a group; each group is a 16-bit number in hex"));

        int[] groups = groups(b);
        Set<String> dropped = new LinkedHashSet<>();
        for (int g : groups) {
            String four = "%04x".formatted(g);
            String shortened = Integer.toHexString(g);
            if (!four.equals(shortened)) {
                dropped.add(four + " → " + shortened);
            }
        }
        steps.add(new ShorteningStep("rule 1: drop the leading zeros of each group", withoutLeadingZeros(b),
                dropped.isEmpty() ? "no group starts with 0: nothing to drop" : String.join(", ", dropped)));

        ZeroRun run = longestZeroRun(groups);
        String runText;
        if (run == null) {
            runText = "no two zero groups in a row: nothing to replace (:: never stands for a single 0 group)";
        } else if (run.length() == GROUPS) {
            runText = "all 8 groups are zero: the whole address becomes ::";
        } else {
            runText = "groups " + (run.start() + 1) + " to " + (run.start() + run.length()) + " are "
                    + String.join(":", Collections.nCopies(run.length(), "0"))
                    + ", the longest run of zeros: they become ::"
                    + (run.tie() ? " (of runs equally long, the first)" : "")
                    + "; only one run may be replaced, or the reader could not tell how many zeros each :: hides";
        }
        steps.add(new ShorteningStep("rule 2: replace the longest run of zero groups with ::", compressed(b),
                runText));

        if (isIpv4Mapped(b)) {
            steps.add(new ShorteningStep("IPv4-mapped: the last 32 bits as a dotted quad", canonical(b),
                    "::ffff: followed by the IPv4 address " + dottedTail(b) + ", as RFC 5952 writes it"));
        }
        return List.copyOf(steps);
    }
}
