package socketlab.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A command of socketlab run in this process on its own thread, stopped by a call instead of a signal. */
final class RunningCommand {
    /** One run of a command: its stop signal, its arguments and where it prints; returns the exit code. */
    interface Body {
        int run(ManualStop stop, List<String> args, PrintStream out, PrintStream err);
    }

    final LineSink out = new LineSink();
    final LineSink err = new LineSink();
    final ManualStop stop = new ManualStop();
    final CompletableFuture<Integer> exit;

    RunningCommand(String name, Body body, String... args) {
        exit = CompletableFuture.supplyAsync(() -> body.run(stop, List.of(args), out.stream, err.stream),
                r -> Thread.ofPlatform().name(name + "-command-under-test").start(r));
    }

    /** Waits, generously, for the command to end and returns its exit code. */
    int exitCode() throws Exception {
        return exit.get(60, TimeUnit.SECONDS);
    }

    /** Asks the command to stop, as Ctrl+C does, and returns its exit code. */
    int stopAndWait() throws Exception {
        stop.requestStop();
        return exitCode();
    }
}
