package socketlab.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import socketlab.decode.Frame;

/** One part of a compiled filter: a test of a frame. */
interface Node {
    boolean test(Frame f);

    /** How two values compare: equal, fewer/more, or the comparison Wireshark refuses between its kinds. */
    enum Op {
        ANY_EQ, ALL_NE, ALL_EQ, ANY_NE, GT, GE, LT, LE;

        static Op of(String text) {
            return switch (text) {
                case "==", "eq", "any_eq" -> ANY_EQ;
                case "!=", "ne", "all_ne" -> ALL_NE;
                case "===", "all_eq" -> ALL_EQ;
                case "!==", "~=", "any_ne" -> ANY_NE;
                case ">", "gt" -> GT;
                case ">=", "ge" -> GE;
                case "<", "lt" -> LT;
                default -> LE;
            };
        }

        boolean ordering() {
            return this == GT || this == GE || this == LT || this == LE;
        }

        /** Whether a comparison's outcome ({@link Constant#NOT_COMPARABLE} for none) passes this operator. */
        boolean holds(int c) {
            if (c == Constant.NOT_COMPARABLE) {
                return this == ANY_NE;
            }
            return switch (this) {
                case ANY_EQ, ALL_NE, ALL_EQ -> c == 0;
                case ANY_NE -> c != 0;
                case GT -> c > 0;
                case GE -> c >= 0;
                case LT -> c < 0;
                case LE -> c <= 0;
            };
        }
    }

    record And(Node a, Node b) implements Node {
        public boolean test(Frame f) {
            return a.test(f) && b.test(f);
        }
    }

    record Or(Node a, Node b) implements Node {
        public boolean test(Frame f) {
            return a.test(f) || b.test(f);
        }
    }

    record Not(Node a) implements Node {
        public boolean test(Frame f) {
            return !a.test(f);
        }
    }

    record Present(Operand field) implements Node {
        public boolean test(Frame f) {
            return field.present(f);
        }
    }

    /**
     * A field against a value: any occurrence for most operators; all for {@code ===}, and for {@code !=} every
     * occurrence differs. A frame without the field passes no comparison, not even {@code !=}, as in Wireshark 4.0.
     */
    record Compare(Operand field, Op op, Constant value) implements Node {
        public boolean test(Frame f) {
            return switch (op) {
                case ALL_NE -> field.all(f, v -> value.compareFrom(v) != 0);
                case ALL_EQ -> field.all(f, v -> value.compareFrom(v) == 0);
                default -> field.any(f, v -> op.holds(value.compareFrom(v)));
            };
        }
    }

    /** A field against another: true when some pair of their occurrences compares so. */
    record CompareFields(Operand left, Op op, Operand right) implements Node {
        public boolean test(Frame f) {
            List<Object> rights = new ArrayList<>(2);
            right.any(f, v -> {
                rights.add(v);
                return false;
            });
            return switch (op) {
                case ALL_NE -> !rights.isEmpty() && left.all(f, v -> rights.stream().noneMatch(r -> compare(v, r) == 0));
                case ALL_EQ -> left.all(f, v -> !rights.isEmpty() && rights.stream().allMatch(r -> compare(v, r) == 0));
                default -> left.any(f, v -> rights.stream().anyMatch(r -> op.holds(compare(v, r))));
            };
        }

        private static int compare(Object a, Object b) {
            if (a instanceof Long x && b instanceof Long y) {
                return Long.compare(x, y);
            }
            if (a instanceof byte[] x && b instanceof byte[] y) {
                return Constant.compareBytes(x, y);
            }
            if (a instanceof String x && b instanceof String y) {
                return x.compareTo(y);
            }
            return Constant.NOT_COMPARABLE;
        }
    }

    record Contains(Operand field, Constant value) implements Node {
        public boolean test(Frame f) {
            if (value.value() instanceof String s) {
                return field.any(f, v -> ((String) v).contains(s));
            }
            byte[] needle = (byte[]) value.value();
            return field.any(f, v -> indexOf((byte[]) v, needle) >= 0);
        }

        static int indexOf(byte[] hay, byte[] needle) {
            outer:
            for (int i = 0; i + needle.length <= hay.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (hay[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }

    /** A regular expression searched for in a text or byte value, ignoring case as Wireshark's {@code matches}. */
    record Matches(Operand field, Pattern pattern) implements Node {
        public boolean test(Frame f) {
            return field.any(f, v -> {
                try {
                    return pattern.matcher(Operand.latin1(v)).find();
                } catch (StackOverflowError e) {
                    return false; // an expression that backtracks too deep on this value: it does not match here
                }
            });
        }
    }

    /** Membership in a set of values and ranges ({@code {80, 443, 8000..8100}}). */
    record In(Operand field, List<Constant[]> members) implements Node {
        public boolean test(Frame f) {
            return field.any(f, v -> {
                for (Constant[] m : members) {
                    if (m.length == 1 ? m[0].compareFrom(v) == 0 : Op.GE.holds(m[0].compareFrom(v))
                            && Op.LE.holds(m[1].compareFrom(v))) {
                        return true;
                    }
                }
                return false;
            });
        }
    }
}
