package socketlab.lessons;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import socketlab.client.BurstResult;
import socketlab.decode.Frame;
import socketlab.filter.DisplayFilter;
import socketlab.filter.FilterResult;
import socketlab.net.AddressAnatomy;
import socketlab.net.Parsed;
import socketlab.net.SockaddrLayout;
import socketlab.server.Mode;
import socketlab.server.ServerKind;

/**
 * Decides a check from what {@link LabFacts} has seen, with the reason in plain words when it does not hold, such as
 * "the server is threaded; this step asks for an iterative one".
 */
final class Checks {
    private Checks() {
    }

    /** Evaluates {@code check} for the step {@code stepId} (whose answer an {@code answer} check compares). */
    static CheckResult evaluate(Check check, LabFacts facts, String stepId) {
        // One lock for the whole decision: every fact it reads belongs to the same moment.
        synchronized (facts) {
            return switch (check.name()) {
                case "server-running" -> serverRunning(check, facts);
                case "client-connected" -> clientConnected(check, facts);
                case "lines-echoed" -> linesEchoed(check, facts);
                case "client-saw-eof" -> facts.eofs() > 0 ? CheckResult.PASSED : CheckResult.no(
                        "no client has closed its end yet, so no server's read has returned 0");
                case "time-received" -> facts.timeLines() > 0 ? CheckResult.PASSED : CheckResult.no(
                        facts.runningServers().stream().noneMatch(s -> s.config.kind() == ServerKind.TIME)
                                ? "no time server is running" : "no client has received the time server's line yet");
                case "waiting-in-backlog" -> waitingInBacklog(facts);
                case "served-at-once" -> servedAtOnce(check, facts);
                case "waiting-for-permit" -> waitingForPermit(facts);
                case "burst-finished" -> burstFinished(check, facts);
                case "dns-answer" -> dnsAnswer(check, facts);
                case "reverse-lookup" -> facts.reverse() != null ? CheckResult.PASSED : CheckResult.no(
                        "no reverse (PTR) lookup has answered yet");
                case "trace-finished" -> traceFinished(check, facts);
                case "sockaddr-typed" -> sockaddr(check, facts);
                case "capture-has" -> captureHas(check, facts);
                case "packet-selected" -> packetSelected(check, facts);
                case "field-selected" -> fieldSelected(check, facts);
                case "answer" -> answer(check, facts, stepId);
                case "all" -> all(check, facts, stepId);
                default -> CheckResult.no("this lab does not know the check '" + check.name() + "'");
            };
        }
    }

    private static CheckResult serverRunning(Check c, LabFacts facts) {
        List<LabFacts.ServerState> running = facts.runningServers();
        String kind = c.param("kind");
        String mode = c.param("mode");
        String permits = c.param("permits");
        String upper = c.param("uppercase");
        if (running.isEmpty()) {
            return CheckResult.no("no lab server is running yet");
        }
        String why = null;
        for (LabFacts.ServerState s : running.reversed()) {
            String w = mismatch(s, kind, mode, permits, upper);
            if (w == null) {
                return CheckResult.PASSED;
            }
            why = why == null ? w : why;
        }
        return CheckResult.no(why);
    }

    // Why this server is not the one asked for, or null when it is.
    private static String mismatch(LabFacts.ServerState s, String kind, String mode, String permits, String upper) {
        if (kind != null && !s.config.kind().id().equals(kind)) {
            return "the server is " + article(s.config.kind().id()) + " server; this step asks for "
                    + article(kind) + " one";
        }
        if (mode != null && !s.config.mode().id().equals(mode)) {
            return "the server is " + s.config.mode().id() + "; this step asks for " + article(mode) + " one";
        }
        if (permits != null && (s.config.mode() != Mode.SEMAPHORE
                || s.config.permits() != Integer.parseInt(permits))) {
            return "the server has " + (s.config.mode() == Mode.SEMAPHORE ? s.config.permits() + " permits"
                    : "no semaphore") + "; this step asks for " + permits + " permits";
        }
        if (upper != null && s.config.uppercase() != Boolean.parseBoolean(upper)) {
            return Boolean.parseBoolean(upper) ? "the echo server sends lines back as they came; this step asks for"
                    + " the uppercase variant" : "the echo server sends lines back in upper case; this step asks for"
                    + " the plain one";
        }
        return null;
    }

    private static String article(String word) {
        // "an http server": said letter by letter, it starts with a vowel sound.
        return ("aeiou".indexOf(word.charAt(0)) >= 0 || word.equals("http") ? "an " : "a ") + word;
    }

    private static CheckResult clientConnected(Check c, LabFacts facts) {
        String to = c.param("to-kind");
        ServerKind kind = to == null ? null : kind(to);
        if (facts.anyAccepted(kind)) {
            return CheckResult.PASSED;
        }
        if (facts.runningServers().stream().noneMatch(s -> kind == null || s.config.kind() == kind)) {
            return CheckResult.no(to == null ? "no lab server is running to connect to"
                    : "no " + to + " server is running to connect to");
        }
        return CheckResult.no(to == null ? "no client has connected to a lab server yet"
                : "no client has connected to " + article(to) + " server yet");
    }

    private static CheckResult linesEchoed(Check c, LabFacts facts) {
        int want = c.param("count") == null ? 1 : Integer.parseInt(c.param("count"));
        boolean upper = Boolean.parseBoolean(c.param("uppercase"));
        int got = facts.echoedLines(upper);
        if (got >= want) {
            return CheckResult.PASSED;
        }
        List<LabFacts.ServerState> echo = facts.runningServers().stream()
                .filter(s -> s.config.kind() == ServerKind.ECHO).toList();
        if (echo.isEmpty()) {
            return CheckResult.no("no echo server is running");
        }
        if (upper && echo.stream().noneMatch(s -> s.config.uppercase())) {
            return CheckResult.no("the echo server sends lines back as they came; this step asks for the uppercase"
                    + " variant");
        }
        return CheckResult.no("the echo server has sent back " + got + " of the " + want + " line"
                + (want == 1 ? "" : "s") + " this step asks for");
    }

    private static CheckResult waitingInBacklog(LabFacts facts) {
        List<LabFacts.ServerState> running = facts.runningServers();
        List<LabFacts.ServerState> iterative = running.stream().filter(s -> s.config.mode() == Mode.ITERATIVE)
                .toList();
        for (LabFacts.ServerState s : iterative) {
            if (!s.active.isEmpty() && (facts.clientsWaitingAt(s) > 0 || s.backlog > 0)) {
                return CheckResult.PASSED;
            }
        }
        if (iterative.isEmpty()) {
            if (!running.isEmpty()) {
                LabFacts.ServerState s = running.getLast();
                return CheckResult.no("the server is " + s.config.mode().id() + ": it accepts every client at once,"
                        + " so nobody waits in the listen backlog; this step asks for an iterative one");
            }
            return CheckResult.no("no iterative server is running");
        }
        if (iterative.stream().allMatch(s -> s.active.isEmpty())) {
            return CheckResult.no("the iterative server is serving nobody: connect a first client and keep it open");
        }
        return CheckResult.no("the iterative server is serving one client; connect a second one while the first"
                + " stays open");
    }

    private static CheckResult servedAtOnce(Check c, LabFacts facts) {
        int want = Integer.parseInt(c.param("at-least"));
        int peak = facts.peakAtOnce();
        if (peak >= want) {
            return CheckResult.PASSED;
        }
        List<LabFacts.ServerState> running = facts.runningServers();
        if (running.isEmpty()) {
            return CheckResult.no("no lab server is running");
        }
        LabFacts.ServerState s = running.getLast();
        if (s.config.mode() == Mode.ITERATIVE && want > 1) {
            return CheckResult.no("the server is iterative: it serves one client at a time; this step asks for "
                    + want + " at once");
        }
        if (s.config.mode() == Mode.SEMAPHORE && s.config.permits() < want) {
            return CheckResult.no("the server has " + s.config.permits() + " permits, so at most "
                    + s.config.permits() + " clients are served at once; this step asks for " + want);
        }
        return CheckResult.no("at most " + peak + " client" + (peak == 1 ? " was" : "s were")
                + " served at the same time so far; this step asks for " + want);
    }

    private static CheckResult waitingForPermit(LabFacts facts) {
        if (facts.waitedForPermit() > 0) {
            return CheckResult.PASSED;
        }
        List<LabFacts.ServerState> sem = facts.runningServers().stream()
                .filter(s -> s.config.mode() == Mode.SEMAPHORE).toList();
        if (sem.isEmpty()) {
            List<LabFacts.ServerState> running = facts.runningServers();
            return CheckResult.no(running.isEmpty() ? "no semaphore server is running"
                    : "the server is " + running.getLast().config.mode().id()
                    + "; this step asks for a semaphore one");
        }
        int permits = sem.getLast().config.permits();
        return CheckResult.no("no client has waited for a permit yet: all " + permits + " permit"
                + (permits == 1 ? "" : "s") + " must be in use when another client comes");
    }

    private static CheckResult burstFinished(Check c, LabFacts facts) {
        int want = c.param("clients") == null ? 1 : Integer.parseInt(c.param("clients"));
        BurstResult b = facts.burst();
        if (b == null) {
            return CheckResult.no("no burst has finished yet");
        }
        if (b.clients() < want) {
            return CheckResult.no("the last burst had " + b.clients() + " clients; this step asks for " + want);
        }
        return CheckResult.PASSED;
    }

    private static CheckResult dnsAnswer(Check c, LabFacts facts) {
        String type = c.param("type");
        String name = c.param("name");
        List<Observation.DnsAnswered> all = facts.lookups();
        for (Observation.DnsAnswered d : all) {
            if ((type == null || d.type().equalsIgnoreCase(type)) && (name == null || sameName(d.name(), name))) {
                return CheckResult.PASSED;
            }
        }
        String what = (type == null ? "" : type + " ") + "lookup" + (name == null ? "" : " of " + name);
        return CheckResult.no(all.isEmpty() ? "no lookup has answered yet" : "no " + what + " has answered yet"
                + " (the last answer was " + all.getLast().type() + " for " + all.getLast().name() + ")");
    }

    static boolean sameName(String a, String b) {
        return strip(a).equalsIgnoreCase(strip(b));
    }

    private static String strip(String n) {
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }

    private static CheckResult traceFinished(Check c, LabFacts facts) {
        Observation.TraceFinished t = facts.trace();
        String name = c.param("name");
        if (t == null) {
            return CheckResult.no("no trace has finished yet");
        }
        if (name != null && !sameName(t.name(), name)) {
            return CheckResult.no("the last trace followed " + t.name() + "; this step asks for " + name);
        }
        if (!t.answered()) {
            return CheckResult.no("the trace of " + t.name() + " ended without an answer");
        }
        return CheckResult.PASSED;
    }

    private static CheckResult sockaddr(Check c, LabFacts facts) {
        Parsed<AddressAnatomy> a = AddressAnatomy.parse(c.param("address"));
        if (!a.isOk() || a.value().version() != 4) {
            return CheckResult.no("the lesson asks for " + c.param("address") + ", which is not an IPv4 address");
        }
        int port = Integer.parseInt(c.param("port"));
        byte[] want = SockaddrLayout.of(a.value(), port).bytes();
        Observation.SockaddrShown shown = facts.sockaddr();
        if (shown == null) {
            return CheckResult.no("the Addresses pane shows no sockaddr_in yet: type the address and the port");
        }
        if (Arrays.equals(shown.sixteenBytes(), want)) {
            return CheckResult.PASSED;
        }
        return CheckResult.no("the Addresses pane shows " + shown.address() + " port " + shown.port()
                + "; this step asks for " + c.param("address") + " port " + port);
    }

    private static DisplayFilter filter(String text) {
        return DisplayFilter.compile(text) instanceof FilterResult.Valid v ? v.filter() : null;
    }

    private static final String NOT_SEEN = "the lab has not seen what this step names yet: do the steps before it"
            + " first";

    private static CheckResult captureHas(Check c, LabFacts facts) {
        String text = expand(c.param("filter"), facts);
        if (text == null) {
            return CheckResult.no(NOT_SEEN);
        }
        DisplayFilter f = filter(text);
        int count = facts.frameCount();
        if (count == 0) {
            return CheckResult.no("the capture holds no packets yet: start a capture, then make some traffic");
        }
        if (f != null && facts.captureHas(f)) {
            return CheckResult.PASSED;
        }
        return CheckResult.no("none of the " + count + " captured packets matches " + text);
    }

    private static CheckResult packetSelected(Check c, LabFacts facts) {
        Frame sel = facts.selected();
        if (sel == null) {
            return CheckResult.no("no packet is selected");
        }
        String text = expand(c.param("filter"), facts);
        if (text == null) {
            return CheckResult.no(NOT_SEEN);
        }
        DisplayFilter f = filter(text);
        if (f != null && f.matches(sel)) {
            return CheckResult.PASSED;
        }
        return CheckResult.no("the selected packet (number " + sel.number() + ") does not match " + text);
    }

    private static CheckResult fieldSelected(Check c, LabFacts facts) {
        String want = c.param("field");
        String sel = facts.selectedField();
        if (want.equals(sel)) {
            return CheckResult.PASSED;
        }
        if (facts.selected() == null) {
            return CheckResult.no("no packet is selected");
        }
        return CheckResult.no(sel == null ? "no field is selected; this step asks for " + want
                : "the selected field is " + sel + "; this step asks for " + want);
    }

    private static CheckResult answer(Check c, LabFacts facts, String stepId) {
        String given = facts.answer(stepId);
        if (given == null || given.isBlank()) {
            return CheckResult.no("type your answer");
        }
        String expected = expand(c.param("equals"), facts);
        if (expected == null) {
            return CheckResult.no(NOT_SEEN);
        }
        boolean exact = Boolean.parseBoolean(c.param("case-sensitive"));
        if (matches(given, expected, exact)) {
            return CheckResult.PASSED;
        }
        for (String alt : c.list("accept")) {
            String e = expand(alt, facts);
            if (e != null && matches(given, e, exact)) {
                return CheckResult.PASSED;
            }
        }
        String hint = c.param("hint");
        return CheckResult.no("“" + given.strip() + "” is not it. " + (hint == null ? "Try again." : expandOr(hint,
                facts)));
    }

    private static CheckResult all(Check c, LabFacts facts, String stepId) {
        for (Check inner : c.of()) {
            CheckResult r = evaluate(inner, facts, stepId);
            if (!r.passed()) {
                return r;
            }
        }
        return CheckResult.PASSED;
    }

    /**
     * An answer matches when equal ignoring spacing (and case unless {@code exact}); bytes in hex may be written with
     * or without 0x and separators.
     */
    static boolean matches(String given, String expected, boolean exact) {
        String g = words(given, exact);
        String e = words(expected, exact);
        if (g.equals(e)) {
            return true;
        }
        if (exact) {
            return false;
        }
        String gh = hex(given);
        String eh = hex(expected);
        return gh != null && gh.equals(eh);
    }

    private static String words(String s, boolean exact) {
        String t = s.strip().replaceAll("\\s+", " ");
        t = exact ? t : t.toLowerCase(Locale.ROOT);
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }

    // Hex digits only, 0x prefixes and separators (space, colon, comma, dash) removed; null when not hex bytes.
    private static String hex(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT).replace("0x", "").replaceAll("[\\s:,-]", "");
        return !t.isEmpty() && t.matches("[0-9a-f]+") ? t : null;
    }

    /** The text with every {fact} replaced; null when one of them is not known yet. */
    static String expand(String text, LabFacts facts) {
        Matcher m = FactNames.REFERENCE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = facts.fact(m.group(1)).orElse(null);
            if (v == null) {
                return null;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The text with every known {fact} replaced and the others shown as "…". */
    static String expandOr(String text, LabFacts facts) {
        Matcher m = FactNames.REFERENCE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(facts.fact(m.group(1)).orElse("…")));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static ServerKind kind(String id) {
        for (ServerKind k : ServerKind.values()) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        return null;
    }
}
