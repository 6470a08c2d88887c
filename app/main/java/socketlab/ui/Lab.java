package socketlab.ui;

import java.net.URL;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import socketlab.capture.FilterPresets;
import socketlab.capture.PacketLog;
import socketlab.client.ClientSessions;
import socketlab.dns.DnsServer;
import socketlab.ladder.LabEventLog;
import socketlab.net.Addresses;
import socketlab.net.PortNotes;
import socketlab.net.TcpTable;
import socketlab.settings.SettingsFile;
import socketlab.settings.ViewSettings;
import socketlab.ui.address.AddressesController;
import socketlab.ui.address.AddressesViewModel;
import socketlab.ui.capture.CaptureController;
import socketlab.ui.capture.CaptureViewModel;
import socketlab.ui.client.ClientsController;
import socketlab.ui.client.ClientsViewModel;
import socketlab.ui.connections.ConnectionsController;
import socketlab.ui.connections.ConnectionsViewModel;
import socketlab.ui.dns.DnsController;
import socketlab.ui.dns.DnsViewModel;
import socketlab.ui.server.ServersController;
import socketlab.ui.server.RunningServerViewModel;
import socketlab.ui.server.ServersViewModel;

/**
 * The window's composition root: background threads, pulses, view models and the list of panes. Closing it stops
 * every server and every background thread the window started.
 */
public final class Lab implements AutoCloseable {
    static final double WIDTH = 1280;
    static final double HEIGHT = 800;
    static final double MIN_WIDTH = 960;
    static final double MIN_HEIGHT = 640;

    private final FxExecutors executors = new FxExecutors();
    private final FxPulses pulses;
    private final ServersViewModel servers;
    /** The window's clients, listed for the lab's view of every connection. */
    private final ClientSessions clientSessions = new ClientSessions();
    private final ClientsViewModel clients;
    private final ConnectionsViewModel connections;
    private final DnsViewModel dns;
    private final CaptureViewModel capture;
    /** The socket calls of the window's servers and clients, written beside the ladder of their connections. */
    private final LabEventLog labEvents = new LabEventLog();
    private MainWindowController window;
    private final TextZoom zoom = new TextZoom();
    private final Theme theme = new Theme();
    private ViewMemory memory;
    /** Stops decoding the running servers' ports as their protocols. */
    private final Runnable stopDecodingServerPorts;
    private final AddressesViewModel addresses = new AddressesViewModel();
    /** What the lessons' checks are decided from: the panes' engine events, fed in by the wiring. */
    private final socketlab.lessons.LabFacts lessonFacts = new socketlab.lessons.LabFacts();
    private final socketlab.ui.lessons.Pointer pointer = new socketlab.ui.lessons.Pointer();
    private final socketlab.ui.lessons.ShowMe showMe;
    /** Where the DNS lessons ask: the Internet, or a local hierarchy the lab starts when it is out of reach. */
    private final socketlab.ui.lessons.DnsServers dnsServers = new socketlab.ui.lessons.DnsServers(
            new Background(executors.background("lesson-dns"), Platform::runLater));
    private final ErrorReporter errors;
    private socketlab.ui.lessons.LessonsViewModel lessons;

    private Lab(ErrorReporter errors) {
        this.errors = errors;
        pulses = new FxPulses(errors);
        Background serverControl = new Background(executors.background("server-control"), Platform::runLater);
        servers = new ServersViewModel(serverControl, executors.scheduler("server-poll"), pulses, errors);
        clients = new ClientsViewModel(new Background(executors.background("client"), Platform::runLater), pulses,
                clientSessions, servers.servers());
        connections = new ConnectionsViewModel(List.of(servers.connectionSource(), clientSessions), TcpTable::read,
                TcpTable.available(), PortNotes::system, executors.scheduler("connections-poll"), pulses);
        dns = new DnsViewModel(new Background(executors.background("dns"), Platform::runLater), pulses);
        capture = new CaptureViewModel(new Background(executors.background("capture-control"), Platform::runLater),
                executors.sequential("capture-ingest"), Platform::runLater, pulses, new PacketLog(),
                () -> servers.servers().stream().map(RunningServerViewModel::port).toList(), this::dnsFilter,
                labEvents);
        servers.setEventTaps(labEvents::serverListener);
        stopDecodingServerPorts = socketlab.ui.capture.LabServerPorts.follow(servers.servers());
        var lessonWiring = new socketlab.ui.lessons.LessonWiring(lessonFacts);
        clients.setEventTaps(() -> both(labEvents.clientListener(), lessonWiring.clientTap()));
        servers.setConfigTaps(lessonWiring::serverTap);
        lessonWiring.watchServers(servers);
        lessonWiring.watchBurst(clients.burst());
        lessonWiring.watchDns(dns);
        lessonWiring.watchAddresses(addresses);
        lessonWiring.watchCapture(capture, executors.sequential("lesson-frames"));
        showMe = new socketlab.ui.lessons.ShowMe(new socketlab.ui.lessons.ShowMe.Hands(servers, clients, dns,
                addresses, capture, id -> window.showPane(id), () -> window.root(), spec -> {
                    var client = new socketlab.client.LabClient(spec, both(labEvents.clientListener(),
                            lessonWiring.clientTap()));
                    clientSessions.track(client, socketlab.client.ClientMode.LINE);
                    return client;
                }, new Background(executors.background("lesson-client"), Platform::runLater)), pointer, dnsServers);
        servers.setCaptureHandler(port -> {
            capture.captureServer(port);
            window.showPane("capture");
        });
        dns.setCaptureHandler((server, port, then) -> {
            capture.captureToward(server, FilterPresets.dnsTraffic(port), then);
            window.showPane("capture");
        });
    }

    /** Builds the main window on {@code stage} with the default view, remembering nothing; JavaFX thread. */
    public static Lab open(Stage stage, ErrorReporter errors) {
        return open(stage, errors, null);
    }

    /**
     * Builds the main window on {@code stage} with the view saved in {@code settings} (null: the defaults) and shows
     * it; the view is saved there again when the window closes. JavaFX thread.
     */
    public static Lab open(Stage stage, ErrorReporter errors, SettingsFile settings) {
        Lab lab = new Lab(errors);
        lab.show(stage, settings);
        return lab;
    }

    /** The panes of the navigation, in order. */
    private List<PaneEntry> panes() {
        return List.of(new PaneEntry("servers", "Servers",
                "run hello, echo, time and web servers and watch every socket call",
                () -> ServersController.view(servers)),
                new PaneEntry("clients", "Clients",
                        "connect to a server, see every byte each way, and launch bursts of clients",
                        () -> ClientsController.view(clients)),
                new PaneEntry("connections", "Connections",
                        "every connection the lab holds, both ends, and the machine's TCP table",
                        () -> ConnectionsController.view(connections)),
                new PaneEntry("dns", "DNS", "turn names into addresses and back, and trace a name from the root",
                        () -> DnsController.view(dns)),
                new PaneEntry("capture", "Capture",
                        "see your own packets: every header field, its bytes, and each connection's ladder",
                        () -> CaptureController.view(capture)),
                new PaneEntry("addresses", "Addresses",
                        "take IPv4 and IPv6 addresses apart: bytes, byte order, sockaddr_in and sockaddr_in6",
                        () -> AddressesController.view(addresses)),
                new PaneEntry("lessons", "Lessons",
                        "guided walks through the lectures on real sockets: each step checks itself",
                        () -> socketlab.ui.lessons.LessonsController.view(lessons)));
    }

    private void show(Stage stage, SettingsFile settings) {
        lessons = new socketlab.ui.lessons.LessonsViewModel(lessonFacts, new socketlab.ui.lessons.LessonBook(
                settings == null ? null : settings.path().getParent(), System.err), showMe,
                new Background(executors.background("lesson-files"), Platform::runLater), pulses);
        socketlab.ui.lessons.DnsSteps.follow(lessons, dnsServers, dns);
        ViewMemory remembered = new ViewMemory(stage, zoom, theme, settings, WIDTH, HEIGHT);
        ViewSettings saved = remembered.load();
        MainWindowController controller = new MainWindowController(panes(), zoom, theme, saved.pane());
        window = controller;
        var view = Views.load(MainWindowController.class, "MainWindow.fxml", controller);
        Scene scene = new Scene(view.root());
        scene.getStylesheets().addAll(stylesheet("css/theme.css"), stylesheet("css/app.css"));
        controller.installShortcuts(scene);
        controller.setBottomBar(socketlab.ui.lessons.LessonStrip.build(lessons, controller.shownPaneProperty(),
                () -> controller.showPane("lessons")));
        socketlab.ui.lessons.DemoKeys.install(scene, lessons);
        // A capture file dropped on the window opens in the Capture pane.
        scene.setOnDragOver(e -> {
            if (droppedCapture(e.getDragboard()).isPresent()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            Optional<java.nio.file.Path> file = droppedCapture(e.getDragboard());
            file.ifPresent(this::openCapture);
            e.setDropCompleted(file.isPresent());
            e.consume();
        });
        stage.setTitle("Socket Lab");
        stage.setScene(scene);
        memory = remembered;
        memory.restoreBeforeShow(controller, saved);
        pulses.start();
        FirstFrame.watch(stage);
        stage.show();
        memory.restoreAfterShow();
    }

    /** The main window's controller, for tests that drive the window directly. */
    MainWindowController window() {
        return window;
    }

    /** The window's lessons, for tests that play them. */
    socketlab.ui.lessons.LessonsViewModel lessons() {
        return lessons;
    }

    /** The highlight lessons put on a control, for tests. */
    socketlab.ui.lessons.Pointer pointer() {
        return pointer;
    }

    private static <T> java.util.function.Consumer<T> both(java.util.function.Consumer<T> a,
            java.util.function.Consumer<T> b) {
        return e -> {
            a.accept(e);
            b.accept(e);
        };
    }

    /** The window's text size. */
    TextZoom zoom() {
        return zoom;
    }

    /** The window's theme. */
    Theme theme() {
        return theme;
    }

    /** Shows the Capture pane and reads {@code file} into it; a file it cannot read is explained there. */
    public void openCapture(java.nio.file.Path file) {
        window.showPane("capture");
        capture.open(file);
    }

    private static Optional<java.nio.file.Path> droppedCapture(javafx.scene.input.Dragboard board) {
        return board.hasFiles() ? board.getFiles().stream().map(java.io.File::toPath)
                .filter(p -> socketlab.Main.isCaptureFile(p.getFileName().toString())).findFirst() : Optional.empty();
    }

    private static String stylesheet(String name) {
        URL url = Lab.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing style sheet socketlab/ui/" + name
                    + ": the build copies css/ to socketlab/ui/css/");
        }
        return url.toExternalForm();
    }

    /** The filter for the DNS pane's traffic: its chosen server, or DNS's port when it uses the system resolver. */
    private Optional<String> dnsFilter() {
        var server = dns.server();
        Optional<DnsServer> chosen = server.isValid() ? server.value() : Optional.empty();
        return Optional.of(FilterPresets.dns(chosen.map(d -> Addresses.toText(d.address())),
                chosen.map(DnsServer::port).orElse(DnsServer.PORT)));
    }

    /** Stops every server, then the pulses and the background threads. */
    @Override
    public void close() {
        if (memory != null) {
            memory.saveAndDetach();
        }
        stopDecodingServerPorts.run();
        if (lessons != null) {
            lessons.close();
        }
        dnsServers.close();
        connections.close();
        clients.close();
        servers.close();
        dns.close();
        capture.close();
        pulses.stop();
        executors.close();
    }
}
