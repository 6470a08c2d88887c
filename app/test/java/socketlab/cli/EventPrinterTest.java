package socketlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import socketlab.net.Endpoint;
import socketlab.net.SocketPair;
import socketlab.server.ServerEvent;

class EventPrinterTest {
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private static ServerEvent.Accepted accepted(long id) {
        return new ServerEvent.Accepted(Instant.now(), id,
                new SocketPair(new Endpoint(LOOPBACK, 50_000 + (int) id), new Endpoint(LOOPBACK, 7)));
    }

    @Test
    void printsAcceptedConnectionsAndListenerErrorsOnly() throws InterruptedException {
        LineSink out = new LineSink();
        LineSink err = new LineSink();
        EventPrinter printer = new EventPrinter("serve", out.stream, err.stream);
        printer.start();
        printer.accept(accepted(1));
        printer.accept(new ServerEvent.BytesRead(Instant.now(), 1, 5));
        printer.accept(new ServerEvent.Failed(Instant.now(), 1, "connection reset by the peer"));
        printer.accept(new ServerEvent.Failed(Instant.now(), 0, "accept failed: too many open files"));
        printer.accept(accepted(2));
        printer.finish();
        assertEquals(List.of("accepted 127.0.0.1:50001 -> 127.0.0.1:7 (#1)",
                "accepted 127.0.0.1:50002 -> 127.0.0.1:7 (#2)"), out.all());
        assertEquals(List.of("socketlab serve: accept failed: too many open files"), err.all());
    }

    @Test
    void linesThatDoNotFitAreCountedInsteadOfKept() throws InterruptedException {
        LineSink out = new LineSink();
        EventPrinter printer = new EventPrinter("serve", out.stream, new LineSink().stream, 10);
        for (int i = 1; i <= 25; i++) {
            printer.accept(accepted(i)); // not started yet: as if the output were stuck
        }
        printer.start();
        printer.finish();
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            expected.add("accepted 127.0.0.1:" + (50_000 + i) + " -> 127.0.0.1:7 (#" + i + ")");
        }
        expected.add("(15 connections were accepted but not shown: the output could not keep up)");
        assertEquals(expected, out.all());
    }
}
