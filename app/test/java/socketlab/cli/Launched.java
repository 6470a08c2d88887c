package socketlab.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The built launcher {@code target/image/bin/socketlab} running as a process, its output read line by line as it
 * comes. The image's folder is the system property {@code socketlab.image}, which the build sets for integration
 * tests.
 */
final class Launched implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(60);

    final Process process;
    private final BlockingQueue<String> outQueue = new LinkedBlockingQueue<>();
    private final List<String> out = new CopyOnWriteArrayList<>();
    private final List<String> err = new CopyOnWriteArrayList<>();
    private final Thread outReader;
    private final Thread errReader;

    private Launched(List<String> command) throws IOException {
        process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        process.getOutputStream().close(); // the command line must never need standard input
        outReader = reader("launched-stdout", process.getInputStream(), line -> {
            out.add(line);
            outQueue.add(line);
        });
        errReader = reader("launched-stderr", process.getErrorStream(), err::add);
    }

    /** Runs {@code socketlab ARGS...}. */
    static Launched socketlab(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(launcher().toString());
        command.addAll(List.of(args));
        return new Launched(command);
    }

    /**
     * Runs {@code socketlab ARGS...} with SIGINT handled as in a terminal's foreground job. A process started from a
     * background job inherits SIGINT as ignored (POSIX), and an ignored signal stays ignored across exec; perl resets
     * it to the default before it becomes the launcher, so the test does not depend on how the build was started.
     */
    static Launched socketlabWithDefaultSigint(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("perl", "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV or die",
                launcher().toString()));
        command.addAll(List.of(args));
        return new Launched(command);
    }

    /** The shell command that starts a program with SIGINT ignored, as a shell script starts a background job. */
    static final List<String> SIGINT_IGNORED = List.of("sh", "-c", "trap '' INT; exec \"$0\" \"$@\"");

    /** Runs {@code socketlab ARGS...} with SIGINT ignored from the start, as in {@code socketlab ... &} in a script. */
    static Launched socketlabWithSigintIgnored(String... args) throws IOException {
        return socketlabUnder(SIGINT_IGNORED, args);
    }

    /** Runs {@code PREFIX... socketlab ARGS...}, such as the launcher under setpriv with fewer capabilities. */
    static Launched socketlabUnder(List<String> prefix, String... args) throws IOException {
        List<String> command = new ArrayList<>(prefix);
        command.add(launcher().toString());
        command.addAll(List.of(args));
        return new Launched(command);
    }

    static Path launcher() {
        String image = System.getProperty("socketlab.image");
        if (image == null) {
            throw new AssertionError("the system property socketlab.image is not set: run integration tests with"
                    + " mvn verify, which builds the image first");
        }
        Path launcher = Path.of(image, "bin", "socketlab");
        if (!Files.isExecutable(launcher)) {
            throw new AssertionError("no launcher at " + launcher);
        }
        return launcher;
    }

    private static Thread reader(String name, InputStream in, Consumer<String> sink) {
        return Thread.ofPlatform().daemon(true).name(name).start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    sink.accept(line);
                }
            } catch (IOException e) {
                // the process ended; what was read is kept
            }
        });
    }

    /** The next line on standard output, waiting for it generously. */
    String nextLine() throws InterruptedException {
        String line = outQueue.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null) {
            throw new AssertionError("no output line within " + WAIT + "; stdout " + out + ", stderr " + err);
        }
        return line;
    }

    /** Waits for the process to end and for its output to be read; returns the exit code. */
    int exitCode() throws InterruptedException {
        if (!process.waitFor(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the process did not end within " + WAIT + "; stdout " + out + ", stderr "
                    + err);
        }
        outReader.join(WAIT);
        errReader.join(WAIT);
        return process.exitValue();
    }

    /** Sends SIGINT, as Ctrl+C in a terminal does. */
    void interrupt() throws IOException, InterruptedException {
        signal("INT");
    }

    /**
     * Sends SIGTERM, as a service manager or {@code kill} does. Not {@link Process#destroy()}: it sends SIGTERM too,
     * but then closes this side of the process's output, so the lines printed while stopping would be lost.
     */
    void terminate() throws IOException, InterruptedException {
        signal("TERM");
    }

    private void signal(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new AssertionError("kill -" + name + " failed");
        }
    }

    List<String> out() {
        return List.copyOf(out);
    }

    List<String> err() {
        return List.copyOf(err);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
