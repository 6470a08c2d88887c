package socketlab.client;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import socketlab.net.NetErrors;

/** Turns a {@link Host} into addresses as {@code getaddrinfo} does, bounded in time, with plain-words failures. */
public final class HostLookup {
    private static final AtomicInteger LOOKUPS = new AtomicInteger();

    /** Turns a host name into addresses; the system resolver unless a test says otherwise. */
    @FunctionalInterface
    interface NameResolver {
        NameResolver SYSTEM = InetAddress::getAllByName;

        InetAddress[] resolve(String name) throws UnknownHostException;
    }

    private HostLookup() {
    }

    /** The addresses of {@code host} from the system resolver, in its order; a literal is its own address. */
    public static List<InetAddress> addresses(Host host, Duration timeout) throws ClientFailure {
        return addresses(host, timeout, NameResolver.SYSTEM);
    }

    static List<InetAddress> addresses(Host host, Duration timeout, NameResolver resolver) throws ClientFailure {
        if (host.isLiteral()) {
            return List.of(host.literal());
        }
        // The system resolver cannot be given a time limit, so it runs on a thread of its own and is waited for
        // no longer than the timeout; a late answer is dropped.
        FutureTask<InetAddress[]> lookup = new FutureTask<>(() -> resolver.resolve(host.text()));
        Thread.ofVirtual().name("socketlab-client-lookup-" + LOOKUPS.incrementAndGet()).start(lookup);
        try {
            InetAddress[] found = lookup.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (found.length == 0) {
                throw unknown(host, null);
            }
            return Arrays.asList(found);
        } catch (TimeoutException e) {
            lookup.cancel(true);
            throw new ClientFailure(ClientStep.RESOLVE, "timed out: looking up " + host.text()
                    + " took longer than " + LabClient.seconds(timeout), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownHostException u) {
                throw unknown(host, u);
            }
            throw new ClientFailure(ClientStep.RESOLVE, "looking up " + host.text() + " failed: " + e.getCause(),
                    e.getCause());
        } catch (InterruptedException e) {
            lookup.cancel(true);
            Thread.currentThread().interrupt();
            throw new ClientFailure(ClientStep.RESOLVE, "cancelled while looking up " + host.text(), e);
        }
    }

    private static ClientFailure unknown(Host host, UnknownHostException cause) {
        // The resolver's own message ("x: Name or service not known") differs by system; say it one way.
        return new ClientFailure(ClientStep.RESOLVE, NetErrors.connectionFailure(new UnknownHostException(
                host.text())), cause);
    }
}
