package socketlab.ui.lessons;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.scene.Parent;
import javafx.scene.control.TableView;
import socketlab.client.BurstMode;
import socketlab.client.ClientMode;
import socketlab.client.ClientSpec;
import socketlab.client.LabClient;
import socketlab.dns.RecordType;
import socketlab.lessons.Action;
import socketlab.server.Mode;
import socketlab.server.ServerKind;
import socketlab.server.ThreadKind;
import socketlab.ui.Background;
import socketlab.ui.address.AddressesViewModel;
import socketlab.ui.capture.CaptureViewModel;
import socketlab.ui.capture.PacketRef;
import socketlab.ui.client.ClientSessionViewModel.Phase;
import socketlab.ui.client.ClientsViewModel;
import socketlab.ui.client.ServerChoice;
import socketlab.ui.dns.DnsViewModel;
import socketlab.ui.dns.TypeChoice;
import socketlab.ui.server.RunningServerViewModel;
import socketlab.ui.server.ServersViewModel;

/**
 * Does a lesson step for the learner: each action of the lesson format's vocabulary, performed through the panes'
 * own view models exactly as their buttons do (so the panes show it happen), one after the other, each waiting until
 * its effect shows before the next begins. Remembers what it started, so that leaving the lesson can stop it.
 * JavaFX thread.
 */
public final class ShowMe {
    /** How long one action may take before the step says it did not happen. */
    static final Duration ACTION_TIMEOUT = Duration.ofSeconds(20);

    /** What the executor drives: the window's view models, its panes and its root. */
    public record Hands(ServersViewModel servers, ClientsViewModel clients, DnsViewModel dns,
            AddressesViewModel addresses, CaptureViewModel capture, java.util.function.Consumer<String> showPane,
            java.util.function.Supplier<Parent> root, Function<ClientSpec, LabClient> extraClient,
            Background background) {
    }

    private final Hands hands;
    private final Pointer pointer;
    /** The servers this lesson's Show me started, to stop when the lesson is left. */
    private final List<RunningServerViewModel> started = new ArrayList<>();
    /** Clients opened beside the Clients pane's own one, for a second client held at once. */
    private final List<LabClient> extras = new ArrayList<>();
    /** Whether the last client opened is an extra one (close-client closes it) or the pane's. */
    private boolean lastIsExtra;
    private boolean startedCapture;

    private final DnsServers dnsServers;

    public ShowMe(Hands hands, Pointer pointer, DnsServers dnsServers) {
        this.hands = hands;
        this.pointer = pointer;
        this.dnsServers = dnsServers;
    }

    /**
     * Performs {@code actions} in order; completes when the last one shows, or with the first failure. Facts named
     * in their parameters ({@code tcp port {server.port}}) are filled in by {@code expand} as each action begins.
     */
    public CompletableFuture<Void> perform(List<Action> actions, UnaryOperator<String> expand) {
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (Action a : actions) {
            chain = chain.thenCompose(v -> perform(expanded(a, expand)));
        }
        return chain;
    }

    private static Action expanded(Action a, UnaryOperator<String> expand) {
        java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
        a.params().forEach((k, v) -> params.put(k, v == null ? null : expand.apply(v)));
        return new Action(a.name(), params);
    }

    /** Performs one action. */
    public CompletableFuture<Void> perform(Action a) {
        try {
            return switch (a.name()) {
                case "open-pane" -> open(a.param("pane"));
                case "start-server" -> startServer(a);
                case "stop-servers" -> stopServers();
                case "connect-client" -> connectClient(a);
                case "close-client" -> closeClient();
                case "burst" -> burst(a);
                case "dns-lookup" -> dnsLookup(a);
                case "dns-trace" -> dnsTrace(a);
                case "address" -> address(a);
                case "capture-start" -> captureStart(a);
                case "capture-stop" -> captureStop();
                case "display-filter" -> displayFilter(a.param("filter"));
                case "select-packet" -> selectPacket(a.param("filter"));
                case "select-field" -> selectField(a.param("field"));
                case "show-ladder" -> showLadder();
                case "point-at" -> pointAt(a.param("target"));
                default -> CompletableFuture.failedFuture(new ShowMeFailure("this lab cannot do \"" + a.name()
                        + "\""));
            };
        } catch (ShowMeFailure e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private CompletableFuture<Void> open(String pane) {
        hands.showPane().accept(pane);
        return CompletableFuture.completedFuture(null);
    }

    // ---- servers

    private CompletableFuture<Void> startServer(Action a) {
        open("servers");
        var form = hands.servers().form();
        ServerKind kind = ServerKind.fromId(or(a.param("kind"), "hello"))
                .orElseThrow(() -> new ShowMeFailure("no server kind " + a.param("kind")));
        Mode mode = Mode.fromId(or(a.param("mode"), "iterative"))
                .orElseThrow(() -> new ShowMeFailure("no server mode " + a.param("mode")));
        form.kindProperty().set(kind);
        form.modeProperty().set(mode);
        if (a.param("permits") != null) {
            form.permits().textProperty().set(a.param("permits"));
        }
        if (a.param("threads") != null) {
            form.threadsProperty().set(ThreadKind.valueOf(a.param("threads").toUpperCase(Locale.ROOT)));
        }
        form.port().textProperty().set(or(a.param("port"), "0"));
        if (a.param("backlog") != null) {
            form.backlog().textProperty().set(a.param("backlog"));
        }
        form.uppercaseProperty().set(Boolean.parseBoolean(a.param("uppercase")));
        if (!form.validProperty().get()) {
            return CompletableFuture.failedFuture(new ShowMeFailure("the server form does not accept these"
                    + " settings"));
        }
        List<RunningServerViewModel> before = List.copyOf(hands.servers().servers());
        hands.servers().start();
        // A new server, not a longer list: the servers an earlier step or lesson stopped leave the list while this
        // one starts, so the count alone can stay where it was.
        return Waits.until(() -> hands.servers().servers().stream().anyMatch(s -> !before.contains(s)),
                () -> hands.servers().startErrorProperty().get(), ACTION_TIMEOUT, "the server's start")
                .thenRun(() -> hands.servers().servers().stream().filter(s -> !before.contains(s))
                        .forEach(started::add));
    }

    private CompletableFuture<Void> stopServers() {
        List<RunningServerViewModel> stopping = List.copyOf(started);
        started.clear();
        stopping.forEach(hands.servers()::stop);
        return Waits.until(() -> stopping.stream().noneMatch(hands.servers().servers()::contains), () -> null,
                ACTION_TIMEOUT, "stopping the servers");
    }

    /** The server a client of this lesson connects to: the last one it started, else the last one running. */
    private RunningServerViewModel target() {
        List<RunningServerViewModel> running = hands.servers().servers();
        for (int i = started.size() - 1; i >= 0; i--) {
            if (running.contains(started.get(i))) {
                return started.get(i);
            }
        }
        if (running.isEmpty()) {
            throw new ShowMeFailure("no server is running to connect to: start one first");
        }
        return running.getLast();
    }

    // ---- clients

    private CompletableFuture<Void> connectClient(Action a) {
        RunningServerViewModel server = target();
        open("clients");
        ClientsViewModel clients = hands.clients();
        ServerChoice choice = ServerChoice.of(server.title(), server.server().localEndpoint(),
                server.server().config().kind());
        var session = clients.sessionProperty().get();
        boolean held = session != null && !session.phaseProperty().get().ended();
        List<String> lines = lines(a.param("send"));
        boolean hold = Boolean.parseBoolean(a.param("hold"));
        if (held) {
            return extraClient(choice, lines, hold);
        }
        clients.target(choice);
        if (!lines.isEmpty() || hold) {
            clients.form().modeProperty().set(server.server().config().kind() == ServerKind.ECHO ? ClientMode.LINE
                    : clients.form().modeProperty().get());
        }
        lastIsExtra = false;
        clients.connect();
        var opened = clients.sessionProperty().get();
        CompletableFuture<Void> chain = Waits.until(() -> opened.phaseProperty().get() != Phase.CONNECTING,
                () -> null, ACTION_TIMEOUT, "the client's connect");
        if (opened.mode() != ClientMode.LINE) {
            // Reading until EOF follows by itself; a held client of an iterative server waits in the backlog.
            return hold ? chain : chain.thenCompose(v -> Waits.until(() -> opened.phaseProperty().get().ended(),
                    () -> null, ACTION_TIMEOUT, "the server's reply"));
        }
        for (String line : lines) {
            chain = chain.thenCompose(v -> {
                clients.lineProperty().set(line);
                int rows = opened.transcript().size();
                clients.send();
                return Waits.until(() -> opened.phaseProperty().get() == Phase.OPEN
                        && opened.transcript().size() >= rows + 2 || opened.phaseProperty().get().ended(),
                        () -> null, ACTION_TIMEOUT, "the echo of \"" + line + "\"");
            });
        }
        if (!hold) {
            chain = chain.thenCompose(v -> {
                clients.closeClient();
                return Waits.until(() -> opened.phaseProperty().get().ended(), () -> null, ACTION_TIMEOUT,
                        "the client's close");
            });
        }
        return chain;
    }

    /** A second client at once, beside the pane's: connected (and given its lines) off the JavaFX thread. */
    private CompletableFuture<Void> extraClient(ServerChoice choice, List<String> lines, boolean hold) {
        var endpoint = choice.connect();
        LabClient client = hands.extraClient().apply(ClientSpec.of(
                new socketlab.client.Host(endpoint.host(), endpoint.address()), endpoint.port()));
        extras.add(client);
        lastIsExtra = true;
        CompletableFuture<Void> done = new CompletableFuture<>();
        hands.background().run(() -> {
            client.connect();
            if (choice.kind() == ServerKind.ECHO) {
                for (String line : lines) {
                    client.send((line + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            if (!hold) {
                client.close();
            }
            return null;
        }, v -> done.complete(null), e -> done.completeExceptionally(new ShowMeFailure(
                "the second client could not connect: " + e.getMessage())));
        return done;
    }

    private CompletableFuture<Void> closeClient() {
        if (lastIsExtra && !extras.isEmpty()) {
            LabClient c = extras.removeLast();
            lastIsExtra = !extras.isEmpty();
            hands.background().run(() -> {
                c.close();
                return null;
            }, v -> { }, e -> { });
            return CompletableFuture.completedFuture(null);
        }
        var session = hands.clients().sessionProperty().get();
        hands.clients().closeClient();
        return session == null ? CompletableFuture.completedFuture(null) : Waits.until(
                () -> session.phaseProperty().get().ended(), () -> null, ACTION_TIMEOUT, "the client's close");
    }

    private CompletableFuture<Void> burst(Action a) {
        RunningServerViewModel server = target();
        open("clients");
        ClientsViewModel clients = hands.clients();
        clients.target(ServerChoice.of(server.title(), server.server().localEndpoint(),
                server.server().config().kind()));
        var burst = clients.burst();
        burst.clients().textProperty().set(or(a.param("clients"), "100"));
        burst.concurrency().textProperty().set(or(a.param("concurrency"), "10"));
        if (a.param("mode") != null) {
            burst.modeProperty().set(BurstMode.fromId(a.param("mode"))
                    .orElseThrow(() -> new ShowMeFailure("no burst mode " + a.param("mode"))));
        }
        pointAtQuietly("clients.burst-start");
        var before = burst.resultProperty().get();
        burst.start();
        return Waits.until(() -> !burst.runningProperty().get() && burst.resultProperty().get() != before,
                () -> burst.errorProperty().get(), Duration.ofSeconds(120), "the burst");
    }

    // ---- DNS and addresses

    private CompletableFuture<Void> dnsLookup(Action a) {
        open("dns");
        return dnsServers.ready().thenCompose(h -> lookupWith(a, h));
    }

    private CompletableFuture<Void> lookupWith(Action a, DnsServers servers) {
        DnsViewModel dns = hands.dns();
        dns.name().textProperty().set(a.param("name"));
        // A name the lab's local hierarchy serves is asked there when the Internet is out of reach; any other name
        // (localhost, an address's PTR) goes to the system resolver, which reads the hosts file.
        dns.server().textProperty().set(a.param("server") != null ? a.param("server")
                : servers.serverFor(a.param("name")).orElse(""));
        String type = or(a.param("type"), "A").toUpperCase(Locale.ROOT);
        boolean reverse = type.equals("PTR");
        if (!reverse) {
            RecordType t = RecordType.valueOf(type);
            dns.typeProperty().set(TypeChoice.of(t));
        }
        if (reverse ? !dns.canReverseProperty().get() : !dns.canLookupProperty().get()) {
            return CompletableFuture.failedFuture(new ShowMeFailure("the DNS form does not accept "
                    + a.param("name")));
        }
        if (reverse) {
            dns.reverse();
        } else {
            dns.lookup();
        }
        return Waits.until(() -> !dns.busyProperty().get(), () -> null, Duration.ofSeconds(30), "the lookup");
    }

    private CompletableFuture<Void> dnsTrace(Action a) {
        open("dns");
        return dnsServers.ready().thenCompose(servers -> trace(a, servers));
    }

    private CompletableFuture<Void> trace(Action a, DnsServers servers) {
        DnsViewModel dns = hands.dns();
        dns.name().textProperty().set(a.param("name"));
        dns.roots().textProperty().set(servers.roots());
        if (!dns.canTraceProperty().get()) {
            return CompletableFuture.failedFuture(new ShowMeFailure("the trace cannot start: "
                    + dns.name().errorProperty().get() + dns.roots().errorProperty().get()));
        }
        dns.trace();
        return Waits.until(() -> !dns.busyProperty().get(), () -> null, Duration.ofSeconds(60), "the trace");
    }

    private CompletableFuture<Void> address(Action a) {
        open("addresses");
        // Typed afresh, as the learner would, even when the pane already shows it.
        hands.addresses().address().textProperty().set("");
        hands.addresses().port().textProperty().set("");
        hands.addresses().address().textProperty().set(a.param("text"));
        hands.addresses().port().textProperty().set(or(a.param("port"), ""));
        return CompletableFuture.completedFuture(null);
    }

    // ---- capture

    private CompletableFuture<Void> captureStart(Action a) {
        open("capture");
        CaptureViewModel capture = hands.capture();
        if (capture.runningProperty().get()) {
            return CompletableFuture.completedFuture(null);
        }
        capture.loadInterfaces();
        return Waits.until(() -> !capture.interfaces().isEmpty(), () -> problem(capture), ACTION_TIMEOUT,
                "listing the interfaces").thenCompose(v -> {
                    capture.interfaces().stream().filter(n -> n.loopback()).findFirst()
                            .ifPresent(capture.selectedInterfaceProperty()::set);
                    capture.filter().textProperty().set(or(a.param("filter"), ""));
                    capture.start();
                    startedCapture = true;
                    return Waits.until(() -> capture.runningProperty().get(), () -> problem(capture),
                            ACTION_TIMEOUT, "the capture's start");
                });
    }

    private static String problem(CaptureViewModel capture) {
        var p = capture.problemProperty().get();
        return p == null ? null : p.what();
    }

    private CompletableFuture<Void> captureStop() {
        open("capture");
        hands.capture().stop();
        startedCapture = false;
        return Waits.until(() -> !hands.capture().runningProperty().get(), () -> null, ACTION_TIMEOUT,
                "the capture's stop");
    }

    private CompletableFuture<Void> displayFilter(String filter) {
        open("capture");
        var model = hands.capture().displayFilter();
        model.apply(filter);
        if (!model.errorProperty().get().isEmpty()) {
            return CompletableFuture.failedFuture(new ShowMeFailure(model.errorProperty().get()));
        }
        return Waits.until(() -> filter.equals(model.appliedProperty().get()) && model.progressProperty().get() >= 1,
                () -> model.errorProperty().get(), ACTION_TIMEOUT, "the display filter");
    }

    /** Shows only packets matching {@code filter}, waits for one to arrive, and selects the first. */
    private CompletableFuture<Void> selectPacket(String filter) {
        var model = hands.capture().displayFilter();
        return displayFilter(filter).thenCompose(v -> Waits.until(() -> !model.displayed().isEmpty(),
                () -> null, ACTION_TIMEOUT, "a packet matching " + filter)).thenRun(() -> {
                    PacketRef first = model.displayed().getFirst();
                    if (hands.root().get().lookup("#packetTable") instanceof TableView<?> table) {
                        table.getSelectionModel().clearAndSelect(0);
                        table.scrollTo(0);
                    } else {
                        hands.capture().select(first.index());
                    }
                });
    }

    private CompletableFuture<Void> selectField(String field) {
        open("capture");
        hands.capture().requestField(field);
        return Waits.until(() -> field.equals(hands.capture().selectedFieldProperty().get()), () -> null,
                Duration.ofSeconds(5), "selecting " + field + " (is a packet with it selected?)");
    }

    private CompletableFuture<Void> showLadder() {
        open("capture");
        return pointAt("capture.ladder");
    }

    // ---- pointing

    private CompletableFuture<Void> pointAt(String name) {
        PointTargets.Target target = PointTargets.of(name);
        if (target == null) {
            return CompletableFuture.failedFuture(new ShowMeFailure("the lab has no control named " + name));
        }
        open(target.pane());
        if (!pointer.point(hands.root().get(), target)) {
            return CompletableFuture.failedFuture(new ShowMeFailure(name + " is not on screen"));
        }
        return CompletableFuture.completedFuture(null);
    }

    private void pointAtQuietly(String name) {
        PointTargets.Target target = PointTargets.of(name);
        if (target != null) {
            pointer.point(hands.root().get(), target);
        }
    }

    // ---- leaving

    /** Stops what this lesson started: its servers, its extra clients, the Clients pane's client, its capture. */
    public void stopAll() {
        pointer.clear();
        stopServers();
        for (LabClient c : extras) {
            hands.background().run(() -> {
                c.close();
                return null;
            }, v -> { }, e -> { });
        }
        extras.clear();
        hands.clients().closeClient();
        if (startedCapture && hands.capture().runningProperty().get()) {
            hands.capture().stop();
        }
        startedCapture = false;
    }

    /** Forgets what this lesson started, leaving it running: the learner chose to keep it. */
    public void keepAll() {
        pointer.clear();
        started.clear();
        extras.clear();
        startedCapture = false;
    }

    /** Whether this lesson started something still running. */
    public boolean startedSomething() {
        return !started.isEmpty() || !extras.isEmpty() || startedCapture;
    }

    private static List<String> lines(String send) {
        if (send == null || send.isEmpty()) {
            return List.of();
        }
        return List.of(send.split("\n", -1));
    }

    private static String or(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }
}
