package socketlab.ui.server;

import java.net.Inet6Address;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import socketlab.net.Addresses;
import socketlab.server.ServerKind;
import socketlab.server.ServerStats;
import socketlab.ui.ColumnFit;
import socketlab.ui.Sizes;

/** The selected server: its endpoint, counters, permits gauge, teaching strip, connections table and log. */
public final class ServerDetailController {
    private static final PseudoClass STOPPING = PseudoClass.getPseudoClass("stopping");

    private ServersViewModel servers;
    private RunningServerViewModel shown;
    private Subscription shownBindings = Subscription.EMPTY;
    /** True while a narrow pane shows the "no server yet" text under the form instead of here. */
    private boolean placeholderElsewhere;

    @FXML
    private VBox placeholder;
    @FXML
    private VBox content;
    @FXML
    private Label listenHost;
    @FXML
    private Label listenPort;
    @FXML
    private Label serverSummary;
    @FXML
    private Label tryIt;
    @FXML
    private Button stopButton;
    @FXML
    private Button captureButton;
    @FXML
    private Label acceptedCount;
    @FXML
    private Label servedCount;
    @FXML
    private Label activeCount;
    @FXML
    private Label peakCount;
    @FXML
    private PermitGauge permitGauge;
    @FXML
    private Label gaugeText;
    @FXML
    private CallStrip callStrip;
    @FXML
    private Label connectionCount;
    @FXML
    private Button closeAllButton;
    @FXML
    private TableView<ConnectionRow> connectionsTable;
    @FXML
    private TableColumn<ConnectionRow, Long> idColumn;
    @FXML
    private TableColumn<ConnectionRow, String> clientColumn;
    @FXML
    private TableColumn<ConnectionRow, String> arrowColumn;
    @FXML
    private TableColumn<ConnectionRow, String> serverColumn;
    @FXML
    private TableColumn<ConnectionRow, String> stateColumn;
    @FXML
    private TableColumn<ConnectionRow, String> inColumn;
    @FXML
    private TableColumn<ConnectionRow, String> outColumn;
    @FXML
    private TableColumn<ConnectionRow, String> ageColumn;
    @FXML
    private TableColumn<ConnectionRow, ConnectionRow> actionColumn;
    @FXML
    private CheckBox followLog;
    @FXML
    private ListView<LogLine> logList;

    /** Shows whichever server {@code vm} has selected, from now on. */
    void bind(ServersViewModel vm) {
        this.servers = vm;
        tryIt.setTooltip(new Tooltip("Connect to this server from a terminal with this command"));
        setUpTable();
        logList.setCellFactory(list -> new LogCell());
        logList.setPlaceholder(new Label("Nothing has happened yet."));
        followLog.selectedProperty().subscribe(this::followNewest);
        vm.selectedProperty().subscribe(this::show);
    }

    private void setUpTable() {
        connectionsTable.setPlaceholder(new Label("No open connections. Connect a client, e.g. with nc."));
        connectionsTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        idColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().id()));
        clientColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().client()));
        arrowColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper("↔"));
        serverColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().server()));
        stateColumn.setCellValueFactory(c -> c.getValue().stateProperty());
        inColumn.setCellValueFactory(c -> c.getValue().bytesInProperty());
        outColumn.setCellValueFactory(c -> c.getValue().bytesOutProperty());
        ageColumn.setCellValueFactory(c -> c.getValue().ageProperty());
        actionColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        stateColumn.setCellFactory(c -> new StateCell());
        actionColumn.setCellFactory(c -> new CloseCell());
        for (var col : connectionsTable.getColumns()) {
            col.setReorderable(false);
        }
        clientColumn.getStyleClass().add("endpoint-column");
        serverColumn.getStyleClass().add("endpoint-column");
        arrowColumn.getStyleClass().add("arrow-column");
        idColumn.getStyleClass().add("number-column");
        inColumn.getStyleClass().add("number-column");
        outColumn.getStyleClass().add("number-column");
        ageColumn.getStyleClass().add("number-column");
        // Widths in em, so that the columns grow with the text size instead of cutting endpoints short.
        width(idColumn, 2.8);
        width(clientColumn, 9.6);
        width(arrowColumn, 1.6);
        width(serverColumn, 9.6);
        width(stateColumn, 4.8);
        width(inColumn, 5.4);
        width(outColumn, 5.8);
        width(ageColumn, 5);
        width(actionColumn, 4.8);
        // A narrow table keeps the two ends and the state, the socket pair the lesson is about.
        ColumnFit.fit(connectionsTable, java.util.List.of(arrowColumn, ageColumn, outColumn, inColumn, idColumn,
                actionColumn), gaugeText);
    }

    private void width(TableColumn<?, ?> column, double em) {
        Sizes.widthInEm(column, em, gaugeText);
    }

    /** The title and the text shown while no server runs, for a copy under the form in a narrow pane. */
    java.util.List<Label> placeholderLabels() {
        return placeholder.getChildren().stream().map(Label.class::cast).toList();
    }

    /** Hides the "no server yet" text here while a narrow pane shows it under the form, or shows it again. */
    void placeholderElsewhere(boolean elsewhere) {
        placeholderElsewhere = elsewhere;
        placeholder.setVisible(shown == null && !elsewhere);
    }

    private void show(RunningServerViewModel s) {
        shownBindings.unsubscribe();
        shown = s;
        callStrip.clear();
        placeholder.setVisible(s == null && !placeholderElsewhere);
        content.setVisible(s != null);
        if (s == null) {
            connectionsTable.setItems(FXCollections.observableArrayList());
            logList.setItems(FXCollections.observableArrayList());
            return;
        }
        boolean v6 = s.server().localEndpoint().address() instanceof Inet6Address;
        listenHost.setText(v6 ? "[" + s.host() + "]:" : s.host() + ":");
        listenPort.setText(String.valueOf(s.port()));
        boolean web = s.server().config().kind() == ServerKind.HTTP;
        String host = v6 && !Addresses.isWildcard(s.server().localEndpoint().address()) ? "[" + connectHost(s) + "]"
                : connectHost(s);
        tryIt.setText(web ? "$ curl -v http://" + host + ":" + s.port() + "/   (or open it in a browser)"
                : "$ nc " + connectHost(s) + " " + s.port());
        tryIt.getTooltip().setText(web ? "Fetch this server's page from a terminal with this command, or open the"
                + " address in a web browser" : "Connect to this server from a terminal with this command");
        callStrip.describe(s.server().localEndpoint().toString(), s.server().config().backlog());
        callStrip.showKind(s.server().config().kind());
        if (s.flashProperty().get() != null) {
            callStrip.mark(s.flashProperty().get());
        }
        permitGauge.setVisible(s.isSemaphore());
        permitGauge.setManaged(s.isSemaphore());

        connectionsTable.setItems(s.connections());
        logList.setItems(s.log());
        ListChangeListener<LogLine> follow = c -> followNewest();
        s.log().addListener(follow);
        followNewest();

        serverSummary.textProperty().bind(s.statusProperty().map(t -> "● " + t + "  ·  " + s.summary()));
        stopButton.disableProperty().bind(s.statusProperty().map(t -> !"running".equals(t)));
        captureButton.setTooltip(new Tooltip("Capture this server's packets: opens the Capture pane on loopback with"
                + " the filter tcp port " + s.port() + ", already capturing"));
        captureButton.visibleProperty().bind(servers.canCaptureProperty());
        captureButton.managedProperty().bind(servers.canCaptureProperty());
        captureButton.disableProperty().bind(s.statusProperty().map(t -> !"running".equals(t)));
        closeAllButton.disableProperty().bind(Bindings.isEmpty(s.connections()));
        connectionCount.textProperty().bind(Bindings.size(s.connections()).map(n -> "(" + n + ")"));
        gaugeText.textProperty().bind(s.gaugeTextProperty());
        shownBindings = Subscription.combine(
                s.statusProperty().subscribe(t -> serverSummary.pseudoClassStateChanged(STOPPING,
                        !"running".equals(t))),
                s.statsProperty().subscribe(this::showStats),
                s.flashProperty().subscribe((before, now) -> callStrip.show(now)),
                () -> s.log().removeListener(follow));
    }

    /** Where a client on this machine connects: a wildcard server is reached through loopback too. */
    private static String connectHost(RunningServerViewModel s) {
        var address = s.server().localEndpoint().address();
        return Addresses.isWildcard(address) ? "127.0.0.1" : s.host();
    }

    private void showStats(ServerStats st) {
        acceptedCount.setText(ConnectionRow.count(st.accepted()));
        servedCount.setText(ConnectionRow.count(st.served()));
        activeCount.setText(ConnectionRow.count(st.active()));
        peakCount.setText(ConnectionRow.count(st.peakActive()));
        if (shown != null && shown.isSemaphore()) {
            permitGauge.show(st.permitsInUse(), st.permits());
        }
    }

    private void followNewest() {
        if (followLog.isSelected() && !logList.getItems().isEmpty()) {
            logList.scrollTo(logList.getItems().size() - 1);
        }
    }

    @FXML
    private void stop() {
        servers.stop(shown);
    }

    @FXML
    private void capture() {
        if (shown != null) {
            servers.capture(shown);
        }
    }

    @FXML
    private void closeAll() {
        if (shown != null) {
            shown.closeAllConnections();
        }
    }

    /** The state column: coloured by state. */
    private static final class StateCell extends TableCell<ConnectionRow, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            for (String state : new String[] {"active", "waiting", "closing"}) {
                pseudoClassStateChanged(PseudoClass.getPseudoClass(state), !empty && item != null
                        && item.startsWith(state));
            }
        }
    }

    /** The last column: a button that closes the row's connection from the server side. */
    private final class CloseCell extends TableCell<ConnectionRow, ConnectionRow> {
        private final Button button = new Button("Close");

        CloseCell() {
            button.getStyleClass().add("close-connection");
            button.setOnAction(e -> {
                ConnectionRow row = getItem();
                if (row != null && shown != null) {
                    shown.closeConnection(row);
                }
            });
        }

        @Override
        protected void updateItem(ConnectionRow item, boolean empty) {
            super.updateItem(item, empty);
            setGraphic(empty || item == null ? null : button);
        }
    }

    /** One log line: the time, then what happened, coloured by kind. */
    private static final class LogCell extends ListCell<LogLine> {
        private final Label time = new Label();
        private final Label text = new Label();
        private final HBox box = new HBox(time, text);

        LogCell() {
            time.getStyleClass().add("log-time");
            time.setMinWidth(Region.USE_PREF_SIZE);
            text.getStyleClass().add("log-text");
            text.setWrapText(true);
            HBox.setHgrow(text, Priority.ALWAYS);
            box.getStyleClass().add("log-line");
            // A cell that prefers no width takes the list's width, so long lines wrap instead of scrolling.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(LogLine item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            time.setText(item.time());
            text.setText(item.text());
            text.getStyleClass().removeIf(c -> c.startsWith("log-") && !c.equals("log-text"));
            text.getStyleClass().add(item.tone().styleClass());
            setGraphic(box);
        }
    }
}
