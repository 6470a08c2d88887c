package socketlab.server;

import java.util.List;

/** One way of running a server's handlers, as the parameterized tests name it: a mode and a thread kind. */
record Concurrency(Mode mode, ThreadKind threads) {

    /** Iterative (on the accept thread), and both threaded modes on platform and on virtual threads. */
    static List<Concurrency> all() {
        return List.of(
                new Concurrency(Mode.ITERATIVE, ThreadKind.PLATFORM),
                new Concurrency(Mode.THREADED, ThreadKind.PLATFORM),
                new Concurrency(Mode.THREADED, ThreadKind.VIRTUAL),
                new Concurrency(Mode.SEMAPHORE, ThreadKind.PLATFORM),
                new Concurrency(Mode.SEMAPHORE, ThreadKind.VIRTUAL));
    }

    /** The semaphore mode on both thread kinds. */
    static List<Concurrency> semaphore() {
        return List.of(new Concurrency(Mode.SEMAPHORE, ThreadKind.PLATFORM),
                new Concurrency(Mode.SEMAPHORE, ThreadKind.VIRTUAL));
    }

    /** A loopback server of {@code kind} run this way, on a kernel-chosen port. */
    ServerConfig config(ServerKind kind) {
        return ServerConfig.defaults(kind).withMode(mode).withThreads(threads);
    }

    @Override
    public String toString() {
        return mode == Mode.ITERATIVE ? mode.id() : mode.id() + "/" + threads.id();
    }
}
