package socketlab.decode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The real tcpdump, as the tests use it: writing a capture of loopback traffic, and reading files back. */
public final class Tcpdump implements AutoCloseable {
    private static final long PATIENT_SECONDS = 30;

    private final Process process;
    private final StringBuilder stderr = new StringBuilder();

    private Tcpdump(Process process) {
        this.process = process;
    }

    /**
     * Starts {@code tcpdump -i IFACE -w FILE -U FILTER} and returns once it says it is listening, so that traffic
     * made afterwards is captured.
     */
    public static Tcpdump capture(String iface, Path file, String filter) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("tcpdump", "-i", iface, "-w", file.toString(), "-U", "-n", filter).start();
        Tcpdump t = new Tcpdump(p);
        CompletableFuture<Boolean> listening = new CompletableFuture<>();
        Thread.ofPlatform().name("tcpdump-stderr").daemon().start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    synchronized (t.stderr) {
                        t.stderr.append(line).append('\n');
                    }
                    if (line.contains("listening on")) {
                        listening.complete(true);
                    }
                }
            } catch (IOException e) {
                listening.complete(false);
            }
            listening.complete(false);
        });
        try {
            if (!listening.get(PATIENT_SECONDS, TimeUnit.SECONDS)) {
                throw new IOException("tcpdump did not start: " + t.stderr());
            }
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            t.close();
            throw new IOException("tcpdump did not say it is listening: " + t.stderr(), e);
        }
        return t;
    }

    String stderr() {
        synchronized (stderr) {
            return stderr.toString();
        }
    }

    /** Stops the capture (SIGTERM: tcpdump closes the file properly) and waits for it to exit. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(PATIENT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(PATIENT_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** The lines {@code tcpdump FLAGS -r FILE} prints for a file. */
    public static List<String> read(Path file, String... flags) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tcpdump"));
        command.addAll(List.of(flags));
        command.addAll(List.of("-r", file.toString()));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line);
            }
        }
        if (!p.waitFor(PATIENT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("tcpdump -r did not finish");
        }
        return lines;
    }
}
