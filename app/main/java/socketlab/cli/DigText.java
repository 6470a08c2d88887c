package socketlab.cli;

import java.io.PrintStream;
import java.net.InetAddress;
import java.util.List;
import java.util.stream.Collectors;
import socketlab.dns.DnsRecord;
import socketlab.dns.LookupResult;
import socketlab.dns.Question;
import socketlab.dns.RecordType;
import socketlab.dns.Target;
import socketlab.dns.Timing;
import socketlab.dns.Trace;
import socketlab.dns.TraceResult;
import socketlab.dns.TraceStep;
import socketlab.net.Addresses;

/**
 * DNS replies as text in dig's form: comment lines start with ";", records are tab-separated
 * {@code name TTL class type data}, so the output reads like dig's and filters like it with cut or awk.
 */
final class DigText {
    private final PrintStream out;

    DigText(PrintStream out) {
        this.out = out;
    }

    void header(Target target, String what, String source) {
        out.println("; socketlab resolve " + target + ": " + what + ", asking " + source);
    }

    void result(LookupResult r) {
        if (!r.status().isEmpty()) {
            out.println(";; status: " + r.status());
        }
        out.println();
        out.println(";; QUESTION SECTION:");
        for (Question q : r.questions()) {
            out.println(";" + q.name() + "\t\tIN\t" + q.type());
        }
        section("ANSWER", r.answers());
        section("AUTHORITY", r.authority());
        out.println();
        r.canonicalName().ifPresent(n -> {
            if (r.questions().stream().anyMatch(q -> q.type() == RecordType.A || q.type() == RecordType.AAAA)) {
                out.println(";; canonical name: " + n);
            }
        });
        if (!r.addresses().isEmpty() && r.isAnswer() && r.questions().getFirst().type() != RecordType.PTR) {
            out.println(";; addresses: " + r.addresses().stream().map(Addresses::toText)
                    .collect(Collectors.joining(", ")));
        }
        if (r.isAnswer() && r.questions().getFirst().type() == RecordType.PTR) {
            InetAddress a = r.addresses().isEmpty() ? null : r.addresses().getFirst();
            String names = r.answers().stream().filter(x -> x.is(RecordType.PTR)).map(DnsRecord::data)
                    .collect(Collectors.joining(", "));
            out.println(";; name" + (a == null ? "" : " of " + Addresses.toText(a)) + ": " + names);
        }
        for (String note : r.notes()) {
            out.println(";; note: " + note);
        }
        if (r.status().isEmpty()) {
            out.println(";; FROM: " + r.answeredBy() + " (no DNS query)");
        } else {
            out.println(";; Query time: " + Timing.text(r.elapsed()));
            out.println(";; SERVER: " + r.answeredBy());
        }
    }

    void traceHeader(Target target, RecordType type, Trace trace) {
        String roots = trace.usesInternetRoots() ? "the Internet's 13 root servers"
                : "the root server" + (trace.roots().size() > 1 ? "s " : " ") + trace.roots().stream()
                        .map(s -> s.server().toString()).collect(Collectors.joining(", "));
        out.println("; socketlab resolve " + target.queryName() + " " + type + ": trace from " + roots
                + ", every server asked on port " + trace.port() + ", without recursion");
    }

    void step(TraceStep s) {
        String indent = "  ".repeat(s.depth());
        String zone = s.zone().toString().equals(".") ? "the root (.)" : s.zone().toString();
        out.println();
        out.println(";; " + indent + "step " + s.number() + ": asked " + s.server() + ", a server of " + zone
                + ", about " + s.question() + " (" + Timing.text(s.elapsed()) + ")");
        out.println(";; " + indent + "  " + s.summary());
        for (DnsRecord r : s.records()) {
            out.println(r.line());
        }
        out.flush();
    }

    void traceEnd(TraceResult r) {
        section("ANSWER", r.answers());
        out.println();
        out.println(";; path: " + r.path().stream().map(Object::toString).collect(Collectors.joining(" -> ")));
        out.println(";; " + r.steps().size() + (r.steps().size() == 1 ? " step, " : " steps, ")
                + Timing.text(r.elapsed()) + ", outcome: " + r.outcome().label());
    }

    private void section(String name, List<DnsRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        out.println();
        out.println(";; " + name + " SECTION:");
        for (DnsRecord r : records) {
            out.println(r.line());
        }
    }
}
