package socketlab.lessons;

/** A lesson file that is not valid TOML (of the subset the lab reads), with the line where reading stopped. */
public final class TomlError extends Exception {
    private final int line;

    public TomlError(int line, String reason) {
        super(reason, null, false, false);
        this.line = line;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return getMessage();
    }
}
