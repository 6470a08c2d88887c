package socketlab.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.BindException;
import java.net.ConnectException;
import java.net.SocketException;
import org.junit.jupiter.api.Test;

/**
 * The operating system's refusals in plain words. The texts are the ones the JDK reports on Linux; the refusals
 * that loopback can produce for real are also tested end to end in the server tests.
 */
class NetErrorsTest {
    private static final Endpoint LOW = new Endpoint(Addresses.parseLiteral("127.0.0.1").value(), 80);
    private static final Endpoint HIGH = new Endpoint(Addresses.parseLiteral("::1").value(), 8080);

    @Test
    void bindRefusals() {
        assertEquals("permission denied: ports below 1024 need administrator rights; use a port of 1024 or more",
                NetErrors.bindFailure(new BindException("Permission denied"), LOW));
        assertEquals("permission denied: the operating system does not allow binding [::1]:8080",
                NetErrors.bindFailure(new BindException("Permission denied"), HIGH));
        assertEquals("port 8080 on ::1 is already in use by another program (or another lab server); choose"
                        + " another port, or 0 to let the kernel pick one",
                NetErrors.bindFailure(new BindException("Address already in use"), HIGH));
        assertEquals("could not listen on 127.0.0.1:80: SocketException",
                NetErrors.bindFailure(new SocketException(), LOW));
    }

    @Test
    void connectionFailures() {
        assertEquals("connection refused: nothing is listening on that port",
                NetErrors.connectionFailure(new ConnectException("Connection refused")));
        assertEquals("connection reset by the peer",
                NetErrors.connectionFailure(new SocketException("Connection reset")));
        assertEquals("the peer closed the connection while data was still being sent",
                NetErrors.connectionFailure(new SocketException("Broken pipe")));
    }
}
