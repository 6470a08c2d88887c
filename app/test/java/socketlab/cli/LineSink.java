package socketlab.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A stream a command prints to in a test: collects whole lines, which the test takes one by one as they come. */
final class LineSink extends OutputStream {
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> all = new ArrayList<>();
    final PrintStream stream = new PrintStream(this, true, StandardCharsets.UTF_8);

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            String line = partial.toString(StandardCharsets.UTF_8);
            partial.reset();
            lines.add(line);
            all.add(line);
        } else {
            partial.write(b);
        }
    }

    /** The next line, waiting for it generously; fails the test when none comes. */
    String next(Duration wait) throws InterruptedException {
        String line = lines.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null) {
            throw new AssertionError("no line within " + wait + "; so far: " + all());
        }
        return line;
    }

    String next() throws InterruptedException {
        return next(Duration.ofSeconds(30));
    }

    /** Every complete line printed so far. */
    synchronized List<String> all() {
        return List.copyOf(all);
    }

    /** Text printed after the last newline. */
    synchronized String unfinished() {
        return partial.toString(StandardCharsets.UTF_8);
    }
}
