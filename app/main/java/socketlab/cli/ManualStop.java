package socketlab.cli;

import java.util.concurrent.CountDownLatch;

/** A stop request made by a call, for running a long-running command inside another program or a test. */
final class ManualStop implements StopSignal {
    private final CountDownLatch requested = new CountDownLatch(1);

    /** Asks the command to stop; it returns from {@code run} once its last line is printed. */
    void requestStop() {
        requested.countDown();
    }

    @Override
    public void arm() {
        // Nothing to install: the request comes from requestStop.
    }

    @Override
    public void await() throws InterruptedException {
        requested.await();
    }

    @Override
    public void done(int exitCode) {
        // The command returns its exit code itself; nothing waits for it here.
    }
}
