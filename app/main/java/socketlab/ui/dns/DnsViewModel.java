package socketlab.ui.dns;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Subscription;
import socketlab.dns.DnsFailure;
import socketlab.dns.DnsRecord;
import socketlab.dns.DnsServer;
import socketlab.dns.Family;
import socketlab.dns.Lookup;
import socketlab.dns.LookupResult;
import socketlab.dns.RecordType;
import socketlab.dns.Target;
import socketlab.dns.Timing;
import socketlab.dns.Trace;
import socketlab.dns.TraceResult;
import socketlab.dns.TraceStep;
import socketlab.net.Addresses;
import socketlab.net.Parsed;
import socketlab.ui.Background;
import socketlab.ui.PulseQueue;
import socketlab.ui.Pulses;
import socketlab.ui.ValidatedField;

/**
 * The DNS pane's model: the question (name, type, family, server, roots) validated as it is typed, the commands
 * Lookup, Reverse and Trace run on a background thread, and what came back: the records, the time, the server that
 * answered, and a trace's steps, which arrive once per pulse while the trace runs.
 */
public final class DnsViewModel implements AutoCloseable {
    /** The most trace steps queued between two pulses; a trace has at most a few dozen. */
    private static final int STEP_QUEUE = 256;

    private final Background background;
    private final Duration lookupTimeout;
    private final Duration traceTimeout;
    private final PulseQueue<TraceStep> arriving = new PulseQueue<>(STEP_QUEUE);
    private final Subscription pulse;

    // Properties: the question
    private final ValidatedField<Target> name = new ValidatedField<>("web.stanford.edu", Target::parse);
    private final ObjectProperty<TypeChoice> type = new SimpleObjectProperty<>(this, "type", TypeChoice.ADDRESSES);
    private final ObjectProperty<Family> family = new SimpleObjectProperty<>(this, "family", Family.ANY);
    private final ValidatedField<Optional<DnsServer>> server = new ValidatedField<>("",
            t -> t == null || t.isBlank() ? Parsed.ok(Optional.empty()) : DnsServer.parse(t).map(Optional::of));
    private final ValidatedField<Optional<Trace>> roots;
    private final ReadOnlyStringWrapper nameHint = new ReadOnlyStringWrapper(this, "nameHint", "");
    private final ReadOnlyStringWrapper rootsHint = new ReadOnlyStringWrapper(this, "rootsHint", "");
    private final ReadOnlyBooleanWrapper familyEnabled = new ReadOnlyBooleanWrapper(this, "familyEnabled");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyBooleanWrapper canLookup = new ReadOnlyBooleanWrapper(this, "canLookup");
    private final ReadOnlyBooleanWrapper canReverse = new ReadOnlyBooleanWrapper(this, "canReverse");
    private final ReadOnlyBooleanWrapper canTrace = new ReadOnlyBooleanWrapper(this, "canTrace");
    private final ReadOnlyBooleanWrapper canCapture = new ReadOnlyBooleanWrapper(this, "canCapture");
    private DnsCapture captureHandler;

    // Properties: the reply
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper(this, "activity", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper question = new ReadOnlyStringWrapper(this, "question", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper canonical = new ReadOnlyStringWrapper(this, "canonical", "");
    private final ReadOnlyStringWrapper addresses = new ReadOnlyStringWrapper(this, "addresses", "");
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper(this, "notes", "");
    private final ReadOnlyStringWrapper recordsTitle = new ReadOnlyStringWrapper(this, "recordsTitle", "Answer");
    private final ReadOnlyBooleanWrapper answered = new ReadOnlyBooleanWrapper(this, "answered", false);
    private final ReadOnlyBooleanWrapper asked = new ReadOnlyBooleanWrapper(this, "asked", false);
    private final ReadOnlyBooleanWrapper tracing = new ReadOnlyBooleanWrapper(this, "tracing", false);
    private final ObservableList<DnsRecord> records = FXCollections.observableArrayList();
    private final ObservableList<TraceStep> steps = FXCollections.observableArrayList();
    private final ObservableList<String> path = FXCollections.observableArrayList();

    public DnsViewModel(Background background, Pulses pulses) {
        this(background, pulses, Lookup.DEFAULT_TIMEOUT, Trace.DEFAULT_TIMEOUT);
    }

    /** With the time to wait for each server given, e.g. short in tests of servers that never answer. */
    public DnsViewModel(Background background, Pulses pulses, Duration lookupTimeout, Duration traceTimeout) {
        this.background = background;
        this.lookupTimeout = lookupTimeout;
        this.traceTimeout = traceTimeout;
        roots = new ValidatedField<>("", this::parseRoots);
        name.parsedProperty().subscribe(p -> nameHint.set(!p.isOk() ? ""
                : p.value() instanceof Target.Address ? "an address: Reverse finds its name"
                : "a name: Lookup finds its records (Reverse is for an address)"));
        roots.parsedProperty().subscribe(p -> rootsHint.set(!p.isOk() ? ""
                : p.value().isEmpty() ? "empty: the Internet's 13 root servers, on port 53"
                : "every server of the trace is asked on port " + p.value().get().port()
                        + ": referrals give addresses only"));
        familyEnabled.bind(type.isEqualTo(TypeChoice.ADDRESSES));
        canLookup.bind(Bindings.createBooleanBinding(() -> name.isValid() && server.isValid() && !busy.get(),
                name.validProperty(), server.validProperty(), busy));
        canReverse.bind(Bindings.createBooleanBinding(() -> canLookup.get() && name.parsedProperty().get().isOk()
                && name.parsedProperty().get().value() instanceof Target.Address, canLookup, name.parsedProperty()));
        canTrace.bind(Bindings.createBooleanBinding(() -> name.isValid() && roots.isValid() && !busy.get(),
                name.validProperty(), roots.validProperty(), busy));
        pulse = pulses.subscribe(this::drainSteps);
    }

    private Parsed<Optional<Trace>> parseRoots(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.ok(Optional.empty());
        }
        Parsed<List<DnsServer>> servers = DnsServer.parseList(text);
        if (!servers.isOk()) {
            return Parsed.invalid(servers.error());
        }
        return Trace.fromRoots(servers.value(), traceTimeout).map(Optional::of);
    }

    /** What "Capture this lookup" and "Capture this trace" do: capture DNS in the Capture pane first. */
    public void setCaptureHandler(DnsCapture handler) {
        captureHandler = handler;
        canCapture.set(true);
    }

    /** Whether a capture handler is set, so that the pane offers the capture buttons. */
    public ReadOnlyBooleanProperty canCaptureProperty() {
        return canCapture.getReadOnlyProperty();
    }

    // Commands

    /**
     * Starts a capture of the DNS traffic to the server asked (the chosen one, or the system's first), then runs
     * the lookup, or the reverse lookup when the name is an address, so that its query and answer show there.
     */
    public void captureLookup() {
        if (!canLookup.get() || captureHandler == null) {
            return;
        }
        boolean reverse = canReverse.get();
        Optional<DnsServer> chosen = server.value();
        capturing("starting a capture of " + source(chosen) + "…");
        background.run(() -> lookupFor(chosen).servers().stream().findFirst(), first -> {
            if (first.isEmpty()) {
                busy.set(false);
                runLookup(reverse); // no server is configured: the lookup itself says so
                return;
            }
            captureHandler.capture(first.get().address(), first.get().port(), () -> runLookup(reverse));
        }, this::failed);
    }

    /**
     * Starts a capture of DNS on the trace's port toward its first root, then runs the trace, so that each query
     * and each referral shows in the Capture pane.
     */
    public void captureTrace() {
        if (!canTrace.get() || captureHandler == null) {
            return;
        }
        Trace trace = roots.value().orElseGet(() -> Trace.fromInternetRoots(traceTimeout));
        DnsServer first = trace.roots().getFirst().server();
        capturing("starting a capture of DNS on port " + trace.port() + "…");
        captureHandler.capture(first.address(), trace.port(), () -> {
            busy.set(false);
            trace();
        });
    }

    /** Busy while the capture starts, so the buttons wait; the lookup's own start clears what was shown. */
    private void capturing(String doing) {
        busy.set(true);
        activity.set(doing);
        error.set("");
    }

    private void runLookup(boolean reverse) {
        busy.set(false);
        if (reverse) {
            reverse();
        } else {
            lookup();
        }
    }

    /**
     * What a lookup and a trace found, given to {@code lookups} and {@code traces} as they are shown (JavaFX thread):
     * the window's lessons check them. {@code traces} also hears whether the trace began at the Internet's roots.
     */
    public void setResultTaps(java.util.function.Consumer<LookupResult> lookups,
            java.util.function.BiConsumer<TraceResult, Boolean> traces) {
        lookupTap = lookups;
        traceTap = traces;
    }

    private java.util.function.Consumer<LookupResult> lookupTap = r -> { };
    private java.util.function.BiConsumer<TraceResult, Boolean> traceTap = (r, internet) -> { };
    private boolean traceFromInternet;

    /** Looks the name up: every address (like getaddrinfo) or the records of the chosen type. */
    public void lookup() {
        if (!canLookup.get()) {
            return;
        }
        Target t = name.value();
        TypeChoice choice = type.get();
        Family f = family.get();
        Optional<DnsServer> chosen = server.value();
        String what = choice.isAddresses() ? (f == Family.ANY ? "A and AAAA" : f == Family.IPV4 ? "A" : "AAAA")
                : choice.label();
        begin("Lookup  " + t.queryName() + "  " + what + "  via " + source(chosen), "asking " + source(chosen)
                + "…", false);
        background.run(() -> {
            Lookup lookup = lookupFor(chosen);
            return choice.type().isEmpty() ? lookup.addresses(t, f) : lookup.records(t, choice.type().get());
        }, this::show, this::failed);
    }

    /** Finds the name of the address in the name field, like getnameinfo. */
    public void reverse() {
        if (!canReverse.get()) {
            return;
        }
        Target t = name.value();
        Optional<DnsServer> chosen = server.value();
        begin("Reverse  " + t + "  PTR at " + t.queryName() + "  via " + source(chosen), "asking "
                + source(chosen) + "…", false);
        background.run(() -> lookupFor(chosen).reverse(t), this::show, this::failed);
    }

    /** Resolves the name step by step from the root servers. */
    public void trace() {
        if (!canTrace.get()) {
            return;
        }
        Target t = name.value();
        RecordType rt = traceType(t);
        Trace trace = roots.value().orElseGet(() -> Trace.fromInternetRoots(traceTimeout));
        String from = trace.usesInternetRoots() ? "the Internet's root servers" : "the root server"
                + (trace.roots().size() > 1 ? "s " : " ") + trace.roots().stream().map(r -> r.server().toString())
                .collect(Collectors.joining(", "));
        begin("Trace  " + t.queryName() + "  " + rt + "  from " + from, "tracing from " + from + "…", true);
        traceFromInternet = trace.usesInternetRoots();
        background.run(() -> trace.run(t, rt, arriving::offer), this::showTrace, this::failed);
    }

    /** The type a trace follows: PTR for an address, A or AAAA for "addresses", else the chosen type. */
    RecordType traceType(Target t) {
        if (t instanceof Target.Address) {
            return RecordType.PTR;
        }
        return type.get().type().orElse(family.get() == Family.IPV6 ? RecordType.AAAA : RecordType.A);
    }

    /** Built on the background thread: the system resolver reads its configuration files. */
    private Lookup lookupFor(Optional<DnsServer> chosen) {
        return chosen.map(s -> Lookup.at(s, lookupTimeout)).orElseGet(() -> Lookup.system(lookupTimeout));
    }

    private static String source(Optional<DnsServer> chosen) {
        return chosen.map(DnsServer::toString).orElse("the system resolver");
    }

    private void begin(String title, String doing, boolean trace) {
        busy.set(true);
        asked.set(true);
        tracing.set(trace);
        answered.set(false);
        activity.set(doing);
        error.set("");
        question.set(title);
        summary.set("");
        canonical.set("");
        addresses.set("");
        notes.set("");
        records.clear();
        recordsTitle.set("Answer");
        steps.clear();
        path.clear();
        arriving.drain();
    }

    private void show(LookupResult r) {
        busy.set(false);
        activity.set("");
        records.setAll(r.answers().isEmpty() ? r.authority() : r.answers());
        recordsTitle.set(r.answers().isEmpty() && !r.authority().isEmpty() ? authorityTitle(r) : "Answer");
        answered.set(r.isAnswer());
        error.set(r.problem());
        String time = r.status().isEmpty() ? "no DNS query" : Timing.text(r.elapsed());
        String count = r.answers().size() == 1 ? "1 record" : r.answers().size() + " records";
        summary.set((r.isAnswer() ? count : r.status().isEmpty() ? r.outcome().label() : r.status()) + "  ·  "
                + time + "  ·  " + (r.status().isEmpty() ? "from " : "answered by ") + r.answeredBy());
        canonical.set(r.canonicalName().filter(n -> r.questions().stream().anyMatch(q ->
                q.type() == RecordType.A || q.type() == RecordType.AAAA)).map(n -> "canonical name: " + n)
                .orElse(""));
        boolean forward = r.questions().stream().noneMatch(q -> q.type() == RecordType.PTR);
        addresses.set(forward && !r.addresses().isEmpty() ? "addresses: " + r.addresses().stream()
                .map(Addresses::toText).collect(Collectors.joining(", ")) : "");
        notes.set(String.join("\n", r.notes()));
        lookupTap.accept(r);
    }

    private static String authorityTitle(LookupResult r) {
        return switch (r.outcome()) {
            case REFERRAL -> "Referral: the servers of a zone closer to the name";
            case NO_SUCH_NAME, NO_DATA -> "Authority: the zone that says no, and how long the no may be cached";
            default -> "Authority";
        };
    }

    private void showTrace(TraceResult r) {
        busy.set(false);
        activity.set("");
        arriving.drain(); // the result holds every step; what the last pulse did not take is already in it
        answered.set(r.isAnswer());
        steps.setAll(r.steps());
        path.setAll(r.path().stream().map(Object::toString).toList());
        records.setAll(r.answers());
        recordsTitle.set("Answer");
        error.set(r.problem());
        summary.set((r.steps().size() == 1 ? "1 step" : r.steps().size() + " steps") + "  ·  "
                + Timing.text(r.elapsed()) + " waiting for servers  ·  " + r.outcome().label());
        traceTap.accept(r, traceFromInternet);
    }

    private void failed(Exception e) {
        busy.set(false);
        activity.set("");
        answered.set(false);
        // Every expected failure is a DnsFailure with a plain message; anything else is shown by its message.
        error.set(e instanceof DnsFailure f ? f.getMessage() : "the lookup failed: " + e.getMessage());
    }

    private void drainSteps() {
        PulseQueue.Batch<TraceStep> batch = arriving.drain();
        if (!batch.items().isEmpty() && busy.get()) {
            steps.addAll(batch.items());
            activity.set("tracing: step " + steps.size() + " done…");
        }
    }

    @Override
    public void close() {
        pulse.unsubscribe();
    }

    // Properties

    public ValidatedField<Target> name() {
        return name;
    }

    public ObjectProperty<TypeChoice> typeProperty() {
        return type;
    }

    public ObjectProperty<Family> familyProperty() {
        return family;
    }

    /** The server to ask; empty text means the system resolver. */
    public ValidatedField<Optional<DnsServer>> server() {
        return server;
    }

    /** The roots of a trace; empty text means the Internet's. */
    public ValidatedField<Optional<Trace>> roots() {
        return roots;
    }

    /** Whether the text is a name or an address, and what that means for the buttons. */
    public ReadOnlyStringProperty nameHintProperty() {
        return nameHint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rootsHintProperty() {
        return rootsHint.getReadOnlyProperty();
    }

    /** The family filter applies to address lookups only. */
    public ReadOnlyBooleanProperty familyEnabledProperty() {
        return familyEnabled.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canLookupProperty() {
        return canLookup.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canReverseProperty() {
        return canReverse.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canTraceProperty() {
        return canTrace.getReadOnlyProperty();
    }

    /** What is running, e.g. "asking 127.0.0.1#53…"; empty when idle. */
    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }

    /** Why the last question got no answer, in plain words; empty after an answer. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The last question, e.g. "Lookup  web.stanford.edu.  A and AAAA  via the system resolver". */
    public ReadOnlyStringProperty questionProperty() {
        return question.getReadOnlyProperty();
    }

    /** Records, time and who answered, e.g. "3 records · 1.2 ms · answered by 127.0.0.1#53". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty canonicalProperty() {
        return canonical.getReadOnlyProperty();
    }

    /** What the table shows: "Answer", or the authority records of a no or a referral. */
    public ReadOnlyStringProperty recordsTitleProperty() {
        return recordsTitle.getReadOnlyProperty();
    }

    /** The addresses a forward lookup found, as getaddrinfo returns them, e.g. "addresses: 127.0.0.1, ::1". */
    public ReadOnlyStringProperty addressesProperty() {
        return addresses.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty answeredProperty() {
        return answered.getReadOnlyProperty();
    }

    /** False until the first question: the pane shows what it is for instead of empty results. */
    public ReadOnlyBooleanProperty askedProperty() {
        return asked.getReadOnlyProperty();
    }

    /** True while the shown result is a trace. */
    public ReadOnlyBooleanProperty tracingProperty() {
        return tracing.getReadOnlyProperty();
    }

    /** The answer records, or the authority records of a negative answer. */
    public ObservableList<DnsRecord> records() {
        return records;
    }

    public ObservableList<TraceStep> steps() {
        return steps;
    }

    /** The hierarchy a trace walked: ".", "edu.", "stanford.edu.", "web.stanford.edu.". */
    public ObservableList<String> path() {
        return path;
    }

    /** The types the chooser offers. */
    public List<TypeChoice> types() {
        return TypeChoice.ALL;
    }
}
