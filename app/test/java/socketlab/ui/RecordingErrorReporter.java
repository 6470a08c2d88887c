package socketlab.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An error reporter for tests: remembers every report instead of showing a dialog. */
public final class RecordingErrorReporter implements ErrorReporter {
    private final List<String> reports = new CopyOnWriteArrayList<>();

    @Override
    public void report(String headline, String details) {
        reports.add(headline + ": " + details);
    }

    public List<String> reports() {
        return List.copyOf(reports);
    }
}
