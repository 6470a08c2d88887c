package socketlab.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import socketlab.dns.DnsFailure;
import socketlab.dns.DnsServer;
import socketlab.dns.Family;
import socketlab.dns.Lookup;
import socketlab.dns.LookupResult;
import socketlab.dns.RecordType;
import socketlab.dns.Target;
import socketlab.dns.Trace;
import socketlab.dns.TraceResult;
import socketlab.net.Parsed;

/**
 * {@code socketlab resolve}: a forward lookup like getaddrinfo, a typed query like dig, a reverse lookup like
 * getnameinfo, or an iterative trace from the root servers like {@code dig +trace}, printed in dig's text form.
 */
final class ResolveCommand {
    static final String NAME = "resolve";
    static final int MIN_TIMEOUT_MS = 100;
    static final int MAX_TIMEOUT_MS = 60_000;

    static final String USAGE = """
            socketlab resolve NAME [options]
              Looks NAME up in DNS and prints the reply as dig does: the question, the answer records (name, TTL,
              class, type, data), the time taken and the server that answered. Without --type it finds every
              address of NAME, A and AAAA, following aliases (CNAME) to the canonical name, as getaddrinfo does;
              the system resolver reads the hosts file first, as the C library does.

              options:
                --type T            ask for the records of type T: %s
                --family F          which addresses: any, ipv4 or ipv6 (default any; not with --type)
                --server ADDR[:PORT]
                                    ask this DNS server, as dig @ADDR does, instead of the system resolver
                --reverse           NAME is an IP address: find its name (PTR record), as getnameinfo does
                --trace             resolve iteratively from the root servers, without recursion, printing each
                                    server asked and its referral or answer, as dig +trace does (type A unless
                                    --type says otherwise)
                --root ADDR[:PORT]  a root server for --trace instead of the Internet's 13 (repeat for more, or
                                    separate with commas); referrals give addresses only, so every server of the
                                    trace is asked on the roots' port
                --timeout MS        how long to wait for each server's reply, %d to %d ms (default %d; %d per
                                    server in a trace)
              exit codes: 0 an answer, 1 no answer (no such name, no record of that type, no name for the address,
                          no reply, a server error), 2 bad input
            """.formatted(typeList(), MIN_TIMEOUT_MS, MAX_TIMEOUT_MS, Lookup.DEFAULT_TIMEOUT.toMillis(),
            Trace.DEFAULT_TIMEOUT.toMillis());

    static final Set<String> VALUED = Set.of("--type", "--family", "--server", "--timeout");
    private static final Set<String> FLAGS = Set.of("--reverse", "--trace");

    /** What the command line asks for, checked. */
    private record Request(Target target, Optional<RecordType> type, Family family, Optional<DnsServer> server,
            boolean reverse, Optional<Trace> trace, Duration timeout) {
    }

    int run(List<String> args, PrintStream out, PrintStream err) {
        Request r;
        try {
            r = parse(args);
        } catch (UsageError e) {
            err.println("socketlab resolve: " + e.getMessage());
            return Cli.BAD_INPUT;
        }
        DigText text = new DigText(out);
        try {
            if (r.trace().isPresent()) {
                // An address is traced by its reverse name, whose record is a PTR.
                RecordType type = r.target() instanceof Target.Address ? RecordType.PTR
                        : r.type().orElse(RecordType.A);
                text.traceHeader(r.target(), type, r.trace().get());
                TraceResult result = r.trace().get().run(r.target(), type, text::step);
                text.traceEnd(result);
                return finish(result.isAnswer(), result.problem(), out, err);
            }
            Lookup lookup = r.server().map(s -> Lookup.at(s, r.timeout())).orElseGet(() -> Lookup.system(r.timeout()));
            LookupResult result;
            if (r.reverse()) {
                text.header(r.target(), "reverse lookup (like getnameinfo)", lookup.source());
                result = lookup.reverse(r.target());
            } else if (r.type().isPresent()) {
                text.header(r.target(), r.type().get() + " records", lookup.source());
                result = lookup.records(r.target(), r.type().get());
            } else {
                text.header(r.target(), (r.family() == Family.ANY ? "every address" : r.family().id()
                        + " addresses") + " (like getaddrinfo with " + r.family().constant() + ")", lookup.source());
                result = lookup.addresses(r.target(), r.family());
            }
            text.result(result);
            return finish(result.isAnswer(), result.problem(), out, err);
        } catch (DnsFailure f) {
            out.flush();
            err.println("socketlab resolve: " + f.getMessage());
            return f.kind() == DnsFailure.Kind.INVALID ? Cli.BAD_INPUT : Cli.REFUSED;
        }
    }

    private static int finish(boolean answered, String problem, PrintStream out, PrintStream err) {
        out.flush();
        if (answered) {
            return Cli.OK;
        }
        err.println("socketlab resolve: " + problem);
        return Cli.REFUSED;
    }

    private static Request parse(List<String> args) throws UsageError {
        List<String> rest = new ArrayList<>();
        List<String> rootTexts = new ArrayList<>();
        // Options takes one value per option; --root may be repeated, so its values are gathered first.
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--root")) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    throw new UsageError("--root needs a value");
                }
                rootTexts.add(args.get(++i));
            } else if (a.startsWith("--root=")) {
                rootTexts.add(a.substring("--root=".length()));
            } else {
                rest.add(a);
            }
        }
        Options o = Options.parse(rest, VALUED, FLAGS);
        if (o.positionals().isEmpty()) {
            throw new UsageError("say which name to resolve, e.g. socketlab resolve web.stanford.edu");
        }
        if (o.positionals().size() > 1) {
            throw new UsageError("unexpected argument \"" + o.positionals().get(1) + "\": resolve takes one name");
        }
        Target target = Options.require(Target.parse(o.positionals().getFirst()));
        Optional<RecordType> type = o.value("--type").isEmpty() ? Optional.empty()
                : Optional.of(o.choice("--type", "type", RecordType::fromId,
                        Arrays.stream(RecordType.values()).map(Enum::name).toList(), null));
        Family family = o.choice("--family", "family", Family::fromId, List.of("any", "ipv4", "ipv6"), Family.ANY);
        boolean reverse = o.flag("--reverse");
        boolean tracing = o.flag("--trace");
        if (!reverse && target instanceof Target.Address && type.isPresent() && type.get() != RecordType.PTR) {
            throw new UsageError(target + " is an address, not a name: it has no " + type.get() + " records; use"
                    + " --reverse to find its name");
        }
        if (o.has("--family") && type.isPresent()) {
            throw new UsageError("--family chooses among addresses; with --type, ask for A or AAAA instead");
        }
        if (reverse) {
            if (!(target instanceof Target.Address)) {
                throw new UsageError("--reverse needs an IP address, like 171.64.64.64, not the name " + target);
            }
            if (type.isPresent() && type.get() != RecordType.PTR || o.has("--family")) {
                throw new UsageError("--reverse asks for the PTR record of an address; leave out --type and"
                        + " --family");
            }
        }
        if (tracing && o.has("--server")) {
            throw new UsageError("--trace asks the root servers and the servers they refer to, not one server:"
                    + " choose the roots with --root instead of --server");
        }
        if (tracing && o.has("--family")) {
            throw new UsageError("a trace follows one record type: use --type A or --type AAAA");
        }
        if (!rootTexts.isEmpty() && !tracing) {
            throw new UsageError("--root only applies to --trace");
        }
        int defaultTimeout = (int) (tracing ? Trace.DEFAULT_TIMEOUT : Lookup.DEFAULT_TIMEOUT).toMillis();
        Duration timeout = Duration.ofMillis(o.number("--timeout", "timeout", MIN_TIMEOUT_MS, MAX_TIMEOUT_MS,
                defaultTimeout));
        Optional<DnsServer> server = o.value("--server").isEmpty() ? Optional.empty()
                : Optional.of(o.parsed("--server", DnsServer::parse, null));
        Optional<Trace> trace = Optional.empty();
        if (tracing) {
            if (rootTexts.isEmpty()) {
                trace = Optional.of(Trace.fromInternetRoots(timeout));
            } else {
                Parsed<List<DnsServer>> roots = DnsServer.parseList(String.join(",", rootTexts));
                trace = Optional.of(Options.require(Trace.fromRoots(Options.require(roots), timeout)));
            }
        }
        return new Request(target, type, family, server, reverse, trace, timeout);
    }

    private static String typeList() {
        return Options.oneOf(Arrays.stream(RecordType.values()).map(Enum::name).toList());
    }
}
