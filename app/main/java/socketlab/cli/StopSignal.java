package socketlab.cli;

/**
 * How a long-running command learns that it should stop, and says when it has finished. On the real command line
 * the stop request is SIGINT or SIGTERM ({@link ShutdownStop}); in tests it is a call ({@link ManualStop}).
 */
interface StopSignal {

    /** Starts listening for the stop request; called before the command's first line is printed. */
    void arm();

    /** Blocks until a stop is requested. */
    void await() throws InterruptedException;

    /** The command has printed its last line and ends with {@code exitCode}. */
    void done(int exitCode);
}
