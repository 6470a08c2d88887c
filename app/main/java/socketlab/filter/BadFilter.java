package socketlab.filter;

/** Raised inside the parser to stop at the first error; {@link DisplayFilter#compile} turns it into a result. */
final class BadFilter extends Exception {
    private final transient FilterError error;

    BadFilter(String message, int start, int end) {
        super(message, null, false, false);
        this.error = new FilterError(message, start, end);
    }

    FilterError error() {
        return error;
    }
}
