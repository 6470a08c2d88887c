package socketlab.ui.connections;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import socketlab.net.TcpState;
import socketlab.ui.ColumnFit;
import socketlab.ui.Views;

/** The Connections pane's view: binds the two tables, the pairing line and the whole-machine toggle. */
public final class ConnectionsController {
    private final ConnectionsViewModel vm;

    @FXML
    private VBox pane;
    @FXML
    private Label labCount;
    @FXML
    private CheckBox wholeMachineToggle;
    @FXML
    private TableView<LabRow> labTable;
    @FXML
    private TableColumn<LabRow, LabRow> labIndexColumn;
    @FXML
    private TableColumn<LabRow, String> labLocalColumn;
    @FXML
    private TableColumn<LabRow, String> labRemoteColumn;
    @FXML
    private TableColumn<LabRow, String> labOwnerColumn;
    @FXML
    private TableColumn<LabRow, String> labStateColumn;
    @FXML
    private TableColumn<LabRow, String> labInColumn;
    @FXML
    private TableColumn<LabRow, String> labOutColumn;
    @FXML
    private TableColumn<LabRow, String> labAgeColumn;
    @FXML
    private TableColumn<LabRow, String> labPortsColumn;
    @FXML
    private Label pairLine;
    @FXML
    private Label portsLine;
    @FXML
    private Label machineNote;
    @FXML
    private VBox machineSection;
    @FXML
    private Label machineCount;
    @FXML
    private CheckBox showListening;
    @FXML
    private CheckBox showTimeWait;
    @FXML
    private CheckBox onlyLabPorts;
    @FXML
    private TableView<MachineRow> machineTable;
    @FXML
    private TableColumn<MachineRow, MachineRow> machineIndexColumn;
    @FXML
    private TableColumn<MachineRow, TcpState> machineStateColumn;
    @FXML
    private TableColumn<MachineRow, String> machineLocalColumn;
    @FXML
    private TableColumn<MachineRow, String> machineRemoteColumn;
    @FXML
    private TableColumn<MachineRow, String> machineRecvColumn;
    @FXML
    private TableColumn<MachineRow, String> machineSendColumn;
    @FXML
    private TableColumn<MachineRow, String> machineOwnerColumn;
    @FXML
    private TableColumn<MachineRow, String> machinePortsColumn;

    public ConnectionsController(ConnectionsViewModel vm) {
        this.vm = vm;
    }

    /** Loads the pane for {@code vm}. */
    public static Parent view(ConnectionsViewModel vm) {
        return Views.load(ConnectionsController.class, "ConnectionsPane.fxml", new ConnectionsController(vm))
                .root();
    }

    @FXML
    private void initialize() {
        setUpLabTable();
        setUpMachineTable();
        labCount.textProperty().bind(vm.labCountProperty().map(t -> "(" + t + ")"));
        pairLine.textProperty().bind(vm.pairTextProperty());
        portsLine.textProperty().bind(vm.portsTextProperty());
        portsLine.visibleProperty().bind(vm.portsTextProperty().isNotEmpty());
        portsLine.managedProperty().bind(portsLine.visibleProperty());

        wholeMachineToggle.selectedProperty().bindBidirectional(vm.wholeMachineProperty());
        wholeMachineToggle.setDisable(!vm.machineAvailable());
        if (!vm.machineAvailable()) {
            // A disabled control shows no tooltip: its own text says why it cannot be ticked.
            wholeMachineToggle.setText("Whole machine (Linux only)");
        }
        wholeMachineToggle.setTooltip(new Tooltip(vm.machineAvailable()
                ? "Add the kernel's TCP table of the whole machine, as ss -tan shows it"
                : "Linux only: other systems have no /proc/net/tcp to read"));
        machineNote.textProperty().bind(vm.machineNoteProperty());
        machineNote.visibleProperty().bind(vm.machineNoteProperty().isNotEmpty());
        machineNote.managedProperty().bind(machineNote.visibleProperty());
        machineSection.visibleProperty().bind(vm.wholeMachineProperty());
        machineSection.managedProperty().bind(vm.wholeMachineProperty());
        // With the kernel's table shown, the lab's keeps its preferred height and the longer table takes the rest.
        vm.wholeMachineProperty().subscribe(on -> VBox.setVgrow(labTable, on ? Priority.SOMETIMES : Priority.ALWAYS));
        machineCount.textProperty().bind(vm.machineCountProperty().map(t -> t.isEmpty() ? "" : "(" + t + ")"));
        showListening.selectedProperty().bindBidirectional(vm.showListeningProperty());
        showTimeWait.selectedProperty().bindBidirectional(vm.showTimeWaitProperty());
        showListening.setTooltip(new Tooltip("Show listening sockets: " + TcpState.LISTEN.meaning()));
        showTimeWait.setTooltip(new Tooltip("Show sockets in TIME_WAIT: " + TcpState.TIME_WAIT.meaning()));
        onlyLabPorts.selectedProperty().bindBidirectional(vm.onlyLabPortsProperty());
        onlyLabPorts.setTooltip(new Tooltip("Show only sockets with a port the lab uses at either end: its servers'"
                + " listening ports and its connections' ports"));

        linkSelection();
        // Polls only while the pane is in the window: switching to another pane takes it out of the scene.
        pane.sceneProperty().subscribe(scene -> vm.setShown(scene != null));
    }

    private void setUpLabTable() {
        labTable.setItems(vm.labRows());
        labTable.setPlaceholder(wrapping(new Label("The lab holds no connection. Start a server in the Servers pane"
                + " and connect to it, e.g. with nc 127.0.0.1 and its port.")));
        labTable.setRowFactory(t -> new PairTableRow<>());
        labIndexColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        labIndexColumn.setCellFactory(c -> new IndexCell<>());
        labLocalColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().localText()));
        labRemoteColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().remoteText()));
        labOwnerColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().owner()));
        labOwnerColumn.setCellFactory(c -> new OwnerCell<>());
        labStateColumn.setCellValueFactory(c -> c.getValue().stateProperty());
        labStateColumn.setCellFactory(c -> new StateCell<>(s -> s, s -> null));
        labInColumn.setCellValueFactory(c -> c.getValue().bytesInProperty());
        labOutColumn.setCellValueFactory(c -> c.getValue().bytesOutProperty());
        labAgeColumn.setCellValueFactory(c -> c.getValue().ageProperty());
        labPortsColumn.setCellValueFactory(c -> c.getValue().portsProperty());
        labPortsColumn.setCellFactory(c -> new PortsCell<>());
        style(labIndexColumn, "number-column");
        style(labLocalColumn, "endpoint-column");
        style(labRemoteColumn, "endpoint-column");
        style(labInColumn, "number-column");
        style(labOutColumn, "number-column");
        style(labAgeColumn, "number-column");
        ColumnWidths widths = new ColumnWidths(labTable, pairLine);
        widths.set(labIndexColumn, 2.2);
        widths.set(labLocalColumn, 9.8);
        widths.set(labRemoteColumn, 9.8);
        widths.set(labStateColumn, 7.4);
        widths.set(labInColumn, 5.6);
        widths.set(labOutColumn, 6.2);
        widths.set(labAgeColumn, 5.4);
        widths.set(labPortsColumn, 12.4);
        widths.flex(labOwnerColumn, 11);
        // Narrow, the table keeps both ends and the state: the socket pair is the lesson.
        ColumnFit.fit(labTable, List.of(labAgeColumn, labOutColumn, labInColumn, labIndexColumn, labPortsColumn,
                labOwnerColumn), pairLine, labOwnerColumn, 11);
    }

    private void setUpMachineTable() {
        machineTable.setItems(vm.machineRows());
        machineTable.setPlaceholder(wrapping(new Label("Reading the kernel's TCP table…")));
        machineTable.setRowFactory(t -> new PairTableRow<>());
        machineIndexColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        machineIndexColumn.setCellFactory(c -> new IndexCell<>());
        machineStateColumn.setCellValueFactory(c -> c.getValue().stateProperty());
        machineStateColumn.setCellFactory(c -> new StateCell<>(TcpState::name, TcpState::meaning));
        machineLocalColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().localText()));
        machineRemoteColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().remoteText()));
        machineRecvColumn.setCellValueFactory(c -> c.getValue().recvQueueProperty());
        machineSendColumn.setCellValueFactory(c -> c.getValue().sendQueueProperty());
        machineOwnerColumn.setCellValueFactory(c -> c.getValue().labOwnerProperty());
        machineOwnerColumn.setCellFactory(c -> new OwnerCell<>());
        machinePortsColumn.setCellValueFactory(c -> c.getValue().portsProperty());
        machinePortsColumn.setCellFactory(c -> new PortsCell<>());
        style(machineIndexColumn, "number-column");
        style(machineLocalColumn, "endpoint-column");
        style(machineRemoteColumn, "endpoint-column");
        style(machineRecvColumn, "number-column");
        style(machineSendColumn, "number-column");
        ColumnWidths widths = new ColumnWidths(machineTable, pairLine);
        widths.set(machineIndexColumn, 3.4);
        // The core three as narrow as their texts allow, so that they fit beside each other at 150 % on 1024×768;
        // the state wide enough for ESTABLISHED in bold from the start, before a row shows it.
        widths.set(machineStateColumn, 8.4);
        widths.set(machineLocalColumn, 7);
        widths.set(machineRemoteColumn, 7);
        widths.set(machineRecvColumn, 4.8);
        widths.set(machineSendColumn, 4.8);
        widths.set(machinePortsColumn, 13.4); // "ephemeral ↔ ephemeral" in a bold row of the lab's
        widths.flex(machineOwnerColumn, 10);
        ColumnFit.fit(machineTable, List.of(machineRecvColumn, machineSendColumn, machineIndexColumn,
                machinePortsColumn, machineOwnerColumn), pairLine, machineOwnerColumn, 10);
    }

    /**
     * A selection in one table clears the other's, so exactly one row is "the selected one". The model learns of
     * the new row first: the other table's clearing then finds it already moved on and does not clear this table
     * in the middle of its own selection change.
     */
    private void linkSelection() {
        labTable.getSelectionModel().selectedItemProperty().subscribe(row -> {
            if (row != null) {
                vm.select(row);
                machineTable.getSelectionModel().clearSelection();
            } else if (vm.selectedProperty().get() instanceof LabRow) {
                vm.select(null);
            }
        });
        machineTable.getSelectionModel().selectedItemProperty().subscribe(row -> {
            if (row != null) {
                vm.select(row);
                labTable.getSelectionModel().clearSelection();
            } else if (vm.selectedProperty().get() instanceof MachineRow) {
                vm.select(null);
            }
        });
        // A selected row that left its table (the connection closed) leaves nothing selected.
        vm.selectedProperty().subscribe(row -> {
            if (row == null) {
                if (labTable.getSelectionModel().getSelectedItem() != null) {
                    labTable.getSelectionModel().clearSelection();
                }
                if (machineTable.getSelectionModel().getSelectedItem() != null) {
                    machineTable.getSelectionModel().clearSelection();
                }
            }
        });
        // The other end may be thousands of rows away in the machine table: bring it into view when it changes.
        vm.labPartnerProperty().subscribe(row -> RowAnchor.reveal(labTable, row));
        vm.machinePartnerProperty().subscribe(row -> RowAnchor.reveal(machineTable, row));
        // And keeps it in place while the kernel's table changes above it; else the selected row, if there.
        RowAnchor.hold(machineTable, () -> vm.machinePartnerProperty().get() != null
                ? vm.machinePartnerProperty().get() : machineTable.getSelectionModel().getSelectedItem());
    }

    /** A placeholder that wraps to the table's width instead of losing its end. */
    private static Label wrapping(Label label) {
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.getStyleClass().add("table-placeholder");
        return label;
    }

    private static void style(TableColumn<?, ?> column, String styleClass) {
        column.getStyleClass().add(styleClass);
    }
}
