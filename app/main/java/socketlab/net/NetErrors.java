package socketlab.net;

import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;

/** Turns the operating system's refusals into one plain sentence a student can act on. */
public final class NetErrors {
    private NetErrors() {
    }

    /** Why binding {@code local} failed, in plain words. */
    public static String bindFailure(IOException e, Endpoint local) {
        String m = lower(e);
        if (m.contains("already in use")) {
            return "port " + local.port() + " on " + local.host() + " is already in use by another program"
                    + " (or another lab server); choose another port, or 0 to let the kernel pick one";
        }
        if (m.contains("permission denied") || m.contains("access denied")) {
            return Ports.isPrivileged(local.port())
                    ? "permission denied: ports below 1024 need administrator rights; use a port of 1024 or more"
                    : "permission denied: the operating system does not allow binding " + local;
        }
        if (m.contains("cannot assign requested address") || m.contains("not available")) {
            return local.host() + " is not an address of this machine, so a server cannot listen on it";
        }
        if (m.contains("address family not supported") || m.contains("protocol family unavailable")) {
            return "this machine has no " + (local.host().contains(":") ? "IPv6" : "IPv4")
                    + " support, so it cannot listen on " + local.host();
        }
        return "could not listen on " + local + ": " + message(e);
    }

    /** Why a connection attempt or an open connection failed, in plain words. */
    public static String connectionFailure(IOException e) {
        String m = lower(e);
        if (e instanceof UnknownHostException) {
            return "unknown host " + e.getMessage() + ": DNS has no address for that name";
        }
        if (e instanceof SocketTimeoutException) {
            return "timed out: no answer came in time";
        }
        if (e instanceof ConnectException && m.contains("refused")) {
            return "connection refused: nothing is listening on that port";
        }
        if (e instanceof NoRouteToHostException || m.contains("no route")) {
            return "no route to that host";
        }
        if (m.contains("network is unreachable")) {
            return "network unreachable: this machine has no route to that network";
        }
        if (m.contains("connection reset")) {
            return "connection reset by the peer";
        }
        if (m.contains("broken pipe")) {
            return "the peer closed the connection while data was still being sent";
        }
        if (e instanceof BindException) {
            return "no free local port or address: " + message(e);
        }
        if (e instanceof SocketException && m.contains("socket closed")) {
            return "the socket was closed";
        }
        return message(e);
    }

    private static String lower(IOException e) {
        return message(e).toLowerCase(Locale.ROOT);
    }

    private static String message(IOException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
