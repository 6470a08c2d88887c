package socketlab.lessons;

/**
 * Whether a step's check holds now; when not, {@code why} says in plain words what is missing, such as "the server
 * is threaded; this step asks for an iterative one". Empty when it passed.
 */
public record CheckResult(boolean passed, String why) {
    public static final CheckResult PASSED = new CheckResult(true, "");

    public CheckResult {
        why = why == null ? "" : why;
    }

    public static CheckResult no(String why) {
        return new CheckResult(false, why);
    }
}
