package socketlab.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import socketlab.net.AddressAnatomy;
import socketlab.net.Ports;

/** {@code socketlab addr}: takes an IP address apart and, with a port, shows its socket address structure. */
final class AddrCommand {
    static final String NAME = "addr";

    static final String USAGE = """
            socketlab addr ADDRESS [--port N]
              Takes an IPv4 or IPv6 address apart: whether it is valid and, if not, exactly why; its bytes in
              network order (hex, and each IPv4 part in binary); the IPv4 address as one 32-bit number; IPv6's two
              shortening rules step by step; the IPv4-mapped form; and what kind of address it is. With a port it
              also shows, byte by byte, the sockaddr_in (IPv4) or sockaddr_in6 (IPv6) a C program passes to bind
              or connect on a little-endian Linux host, which fields are in host and which in network order, and
              htons/htonl on the same values.

              options:
                --port N            a port, 0 to 65535: adds the socket address structure
              exit codes: 0 the address is valid, 2 it is not (the reason is on stderr) or the options are wrong
            """;

    static final Set<String> VALUED = Set.of("--port");

    int run(List<String> args, PrintStream out, PrintStream err) {
        AddressAnatomy address;
        Integer port;
        try {
            Options o = Options.parse(args, VALUED, Set.of());
            if (o.positionals().isEmpty()) {
                throw new UsageError("say which address to take apart, e.g. socketlab addr 198.35.26.96 --port 80");
            }
            if (o.positionals().size() > 1) {
                throw new UsageError("one address at a time; unexpected \"" + o.positionals().get(1) + "\"");
            }
            address = Options.require(AddressAnatomy.parse(o.positionals().getFirst()));
            port = o.parsed("--port", Ports::parse, null);
        } catch (UsageError e) {
            err.println("socketlab " + NAME + ": " + e.getMessage());
            return Cli.BAD_INPUT;
        }
        out.print(AddressReport.of(address, port));
        out.flush();
        return Cli.OK;
    }
}
