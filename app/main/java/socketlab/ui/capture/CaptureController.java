package socketlab.ui.capture;

import java.io.File;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.FileChooser;
import socketlab.capture.CaptureProblem;
import socketlab.capture.NetInterface;
import javafx.geometry.Orientation;
import socketlab.ui.Breakpoint;
import socketlab.ui.StackedColumns;
import socketlab.ui.ColumnFit;
import socketlab.ui.FieldMessage;
import socketlab.ui.Sizes;
import socketlab.ui.Views;
import socketlab.ui.capture.PacketRows.PacketRow;

/** The Capture pane's view: binds the toolbar, the packet list and the decoded packet to the model. */
public final class CaptureController {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final String[] ROW_CLASSES = {"row-tcp", "row-udp", "row-icmp", "row-arp", "row-ip", "row-eth",
        "row-malformed"};

    /** Texts longer than this may not fit their column; their cell gets a tooltip with the whole text. */
    private static final int LONG_CELL = 24;
    /** Below this width (em) the detail's two columns stack. */
    private static final double NARROW_EM = 58;
    /** The least width, in em, of a toolbar on one line: the buttons (25 em), then the interface, a filter field of some 10 em and the presets. */
    private static final double TOOLBAR_ONE_LINE_EM = 66;
    /** Beside an interface's name in its box: the cell's padding and the drop-down arrow, in em. */
    private static final double INTERFACE_ROOM_EM = 4.5;
    private static final PseudoClass LARGE_VIEW = PseudoClass.getPseudoClass("large-view");
    private static final PseudoClass NARROW = PseudoClass.getPseudoClass("narrow");

    /** How long "Copied ✓" stays on the copy button: long enough to be seen, short enough to copy again. */
    private static final javafx.util.Duration COPIED_FOR = javafx.util.Duration.seconds(2.5);
    private static final String COPY = "Copy the command";
    static final String COPIED = "Copied ✓";

    private final CaptureViewModel vm;
    private final javafx.animation.PauseTransition copiedShown = new javafx.animation.PauseTransition(COPIED_FOR);

    @FXML
    private VBox pane;
    @FXML
    private ComboBox<NetInterface> interfaceChoice;
    @FXML
    private TextField filterField;
    @FXML
    private MenuButton presetsButton;
    @FXML
    private MenuItem presetLabServers;
    @FXML
    private MenuItem presetDns;
    @FXML
    private Button captureStartButton;
    @FXML
    private Button captureStopButton;
    @FXML
    private Button captureClearButton;
    @FXML
    private Button captureOpenButton;
    @FXML
    private Button captureSaveButton;
    @FXML
    private VBox toolbarMessages;
    @FXML
    private Label filterError;
    @FXML
    private Label filterHint;
    @FXML
    private Label emptyLabel;
    @FXML
    private Label presetNote;
    @FXML
    private VBox problemBox;
    @FXML
    private Label problemWhat;
    @FXML
    private Label problemFix;
    @FXML
    private Button openInsteadButton;
    @FXML
    private Button copyFixButton;
    @FXML
    private Label sourceLabel;
    @FXML
    private Label statusLabel;
    @FXML
    private Label limitNote;
    @FXML
    private Label fileMessage;
    @FXML
    private SplitPane mainSplit;
    @FXML
    private SplitPane detailSplit;
    @FXML
    private TableView<PacketRef> packetTable;
    @FXML
    private TableColumn<PacketRef, String> numberColumn;
    @FXML
    private TableColumn<PacketRef, String> timeColumn;
    @FXML
    private TableColumn<PacketRef, String> sourceColumn;
    @FXML
    private TableColumn<PacketRef, String> destinationColumn;
    @FXML
    private TableColumn<PacketRef, String> protocolColumn;
    @FXML
    private TableColumn<PacketRef, String> lengthColumn;
    @FXML
    private TableColumn<PacketRef, String> infoColumn;
    /** The Source and Destination columns' widths, following the addresses they show. */
    private TextWideColumn sourceWidth;
    private TextWideColumn destinationWidth;
    @FXML
    private javafx.scene.control.ToggleButton largeViewToggle;
    @FXML
    private StackedColumns toolbar;
    @FXML
    private VBox statusText;
    private PacketDetail detail;
    @FXML
    private VBox detailBox;
    @FXML
    private TreeView<FieldTree.Entry> detailTree;
    @FXML
    private Label explanation;
    @FXML
    private TabPane viewTabs;
    @FXML
    private Tab bytesTab;
    @FXML
    private VBox displayFilterSlot;
    @FXML
    private Tab diagramTab;
    @FXML
    private Tab ladderTab;
    @FXML
    private Tab followTab;

    /** The packet the user chose last, to keep it chosen across filters. */
    private PacketRef lastChosen;

    public CaptureController(CaptureViewModel vm) {
        this.vm = vm;
    }

    /** Loads the pane's view, bound to {@code vm}. */
    public static Parent view(CaptureViewModel vm) {
        Parent root = Views.load(CaptureController.class, "CapturePane.fxml", new CaptureController(vm))
                .root();
        vm.loadInterfaces();
        return root;
    }

    @FXML
    private void initialize() {
        bindToolbar();
        bindMessages();
        bindTable();
        displayFilterSlot.getChildren().add(new DisplayFilterBar(vm.displayFilter(), this::showConversations));
        detail = new PacketDetail(vm, packetTable, detailTree, explanation, bytesTab, diagramTab, ladderTab, followTab);
        mainSplit.setDividerPositions(0.45);
        detailSplit.setDividerPositions(0.36);
        largeViewToggle.setTooltip(new Tooltip("Give the bytes, diagram, ladder or stream below the whole pane"
                + " (for a projector); press again to bring back the packet list and the fields"));
        largeViewToggle.selectedProperty().subscribe(this::largeView);
        // Narrow, the field tree goes above the bytes, diagram, ladder and stream instead of beside them, so that
        // the ladder keeps the pane's whole width.
        var narrow = Breakpoint.narrowerThan(pane, NARROW_EM, sourceLabel);
        // The buttons and the capture's source share a line while the filter field keeps a useful width beside them.
        toolbar.stackBelow(TOOLBAR_ONE_LINE_EM, sourceLabel);
        // As tall as the toolbar, the messages and the packets' split at its least (capture.css): a window too short
        // for them scrolls down to the packets rather than squeezing the list to a row or two.
        pane.setMinHeight(Region.USE_PREF_SIZE);
        pane.getProperties().put(Breakpoint.class, narrow);
        narrow.subscribe(n -> {
            detailSplit.setOrientation(n ? Orientation.VERTICAL : Orientation.HORIZONTAL);
            pane.pseudoClassStateChanged(NARROW, n);
        });
    }

    /**
     * Hides the toolbar and its messages, the display filter, the packet list and the field tree so that the tab below fills the
     * pane, or brings them back. The status line stays: it says what is shown and holds the button back. Large, the
     * pane is as tall as the window shows (not its preferred height, which a scroller would show below the fold):
     * the chosen view takes all that is left.
     */
    private void largeView(boolean large) {
        pane.pseudoClassStateChanged(LARGE_VIEW, large);
        toolbar.setVisible(!large);
        toolbar.setManaged(!large);
        toolbarMessages.setVisible(!large);
        toolbarMessages.setManaged(!large);
        displayFilterSlot.setVisible(!large);
        displayFilterSlot.setManaged(!large);
        // What is captured and how many packets: lines the ladder needs on a projector; the button stays.
        statusText.setVisible(!large);
        statusText.setManaged(!large);
        detail.largeView(large);
        pane.setMinHeight(large ? Region.USE_COMPUTED_SIZE : Region.USE_PREF_SIZE);
        if (large) {
            mainSplit.getItems().remove(packetTable);
            detailSplit.getItems().remove(detailBox);
        } else if (!mainSplit.getItems().contains(packetTable)) {
            mainSplit.getItems().addFirst(packetTable);
            detailSplit.getItems().addFirst(detailBox);
            mainSplit.setDividerPositions(0.45);
            detailSplit.setDividerPositions(0.36);
        }
    }

    /**
     * As wide as the chosen interface's name and the drop-down arrow: the skin would size the box for the widest line
     * of its list (a description, or a pseudo-device such as bluetooth-monitor), which at 150 % takes the room the
     * capture filter needs on its line. The list that drops down keeps its own width.
     */
    private void fitInterfaceChoice() {
        ListCell<NetInterface> cell = interfaceChoice.getButtonCell();
        Text probe = new Text();
        Runnable fit = () -> {
            NetInterface chosen = interfaceChoice.getValue();
            probe.setFont(cell.getFont());
            probe.setText(chosen == null ? "" : chosen.name());
            interfaceChoice.setPrefWidth(Math.ceil(probe.getLayoutBounds().getWidth()
                    + INTERFACE_ROOM_EM * cell.getFont().getSize()));
        };
        interfaceChoice.valueProperty().subscribe(v -> fit.run());
        cell.fontProperty().subscribe(f -> fit.run());
    }

    private void bindToolbar() {
        interfaceChoice.setItems(vm.interfaces());
        interfaceChoice.valueProperty().bindBidirectional(vm.selectedInterfaceProperty());
        interfaceChoice.setButtonCell(new InterfaceCell(NetInterface::name));
        interfaceChoice.setCellFactory(list -> new InterfaceCell(NetInterface::describe));
        fitInterfaceChoice();
        interfaceChoice.setTooltip(new Tooltip("The interface to capture on. lo (loopback) carries the traffic"
                + " between programs on this machine — the lab's servers and clients."));
        interfaceChoice.disableProperty().bind(vm.runningProperty());

        filterField.textProperty().bindBidirectional(vm.filter().textProperty());
        filterField.setTooltip(new Tooltip("A capture (BPF) filter, as tcpdump takes it: only matching packets are"
                + " kept. Empty keeps every packet."));
        filterField.disableProperty().bind(vm.runningProperty());
        vm.filter().validProperty().subscribe(ok -> filterField.pseudoClassStateChanged(INVALID, !ok));
        presetsButton.disableProperty().bind(vm.runningProperty());
        presetLabServers.setText("My lab servers (their ports)");
        presetDns.setText("This DNS lookup (the DNS pane's server)");

        captureStartButton.disableProperty().bind(vm.runningProperty().or(vm.busyProperty())
                .or(vm.filter().validProperty().not()).or(interfaceChoice.valueProperty().isNull()));
        captureStopButton.disableProperty().bind(vm.runningProperty().not().or(vm.busyProperty()));
        captureSaveButton.disableProperty().bind(Bindings.isEmpty(vm.packets()).or(vm.busyProperty()));
        captureClearButton.disableProperty().bind(Bindings.isEmpty(vm.packets()).or(vm.busyProperty()));
        captureOpenButton.disableProperty().bind(vm.busyProperty());
        captureStartButton.setTooltip(new Tooltip("Start a new capture (the list starts empty). Only this machine's own"
                + " traffic is captured: the lab never uses promiscuous mode."));
        captureStopButton.setTooltip(new Tooltip("Stop capturing; the packets stay in the list"));
        captureSaveButton.setTooltip(new Tooltip("Save the packets as a .pcap file that tcpdump -r and Wireshark open"));
        captureOpenButton.setTooltip(new Tooltip("Open a .pcap or .pcapng file"));
    }

    private void bindMessages() {
        // Under the filter, in one slot: what is wrong with it, or else what it is (or why it cannot change now).
        FieldMessage.bind(filterError, Bindings.createStringBinding(
                () -> vm.filter().errorProperty().get().isEmpty() ? vm.filterProblemProperty().get()
                        : vm.filter().errorProperty().get(),
                vm.filter().errorProperty(), vm.filterProblemProperty()), filterHint, vm.filterHintProperty());
        emptyLabel.textProperty().bind(vm.emptyTextProperty());
        presetNote.textProperty().bind(vm.presetNoteProperty());
        showOnlyWithText(presetNote);
        limitNote.textProperty().bind(vm.limitNoteProperty());
        showOnlyWithText(limitNote);
        fileMessage.textProperty().bind(vm.fileMessageProperty());
        showOnlyWithText(fileMessage);
        sourceLabel.textProperty().bind(vm.sourceProperty());
        statusLabel.textProperty().bind(vm.statusProperty());

        problemBox.visibleProperty().bind(vm.problemProperty().isNotNull());
        problemBox.managedProperty().bind(problemBox.visibleProperty());
        problemWhat.textProperty().bind(vm.problemProperty().map(p -> capitalised(p.what()) + "."));
        problemFix.textProperty().bind(vm.problemProperty().map(p -> p.fix().isEmpty() ? "" : "Fix: " + p.fix()));
        openInsteadButton.visibleProperty().bind(vm.problemProperty().map(p ->
                p.kind() == CaptureProblem.Kind.NOT_PERMITTED || p.kind() == CaptureProblem.Kind.NO_LIBPCAP)
                .orElse(false));
        openInsteadButton.managedProperty().bind(openInsteadButton.visibleProperty());
        copyFixButton.visibleProperty().bind(vm.problemProperty().map(p -> command(p.fix()) != null)
                .orElse(false));
        copyFixButton.managedProperty().bind(copyFixButton.visibleProperty());
        copyFixButton.setText(COPY);
        copiedShown.setOnFinished(e -> copyFixButton.setText(COPY));
        vm.problemProperty().subscribe(p -> {
            copiedShown.stop();
            copyFixButton.setText(COPY);
        });
    }

    private static void showOnlyWithText(Label label) {
        Sizes.showWhenSet(label, label.textProperty(), null);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void bindTable() {
        packetTable.setItems(vm.displayFilter().displayed());
        packetTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        column(numberColumn, r -> Long.toString(r.number()));
        column(timeColumn, PacketRow::time);
        column(sourceColumn, PacketRow::source);
        column(destinationColumn, PacketRow::destination);
        column(protocolColumn, PacketRow::protocol);
        column(lengthColumn, r -> Integer.toString(r.length()));
        column(infoColumn, PacketRow::info);
        Sizes.widthInEm(numberColumn, 4.5, sourceLabel);
        Sizes.widthInEm(timeColumn, 7, sourceLabel);
        // The addresses take the width of the widest one shown (127.0.0.1 needs half of 11 em), up to 11 em, which
        // an IPv6 address may fill: the rest goes to Info.
        sourceWidth = new TextWideColumn(sourceColumn, sourceLabel, 11);
        destinationWidth = new TextWideColumn(destinationColumn, sourceLabel, 11);
        packetTable.getItems().addListener((javafx.collections.ListChangeListener<PacketRef>) c -> {
            if (packetTable.getItems().isEmpty()) {
                sourceWidth.reset();
                destinationWidth.reset();
            }
        });
        Sizes.widthInEm(protocolColumn, 6, sourceLabel);
        Sizes.widthInEm(lengthColumn, 5, sourceLabel);
        Sizes.widthInEm(infoColumn, 40, sourceLabel);
        // The Info column alone gives way when the window is narrow, and alone takes the room when it is wide.
        for (TableColumn<PacketRef, String> fixed : List.of(numberColumn, timeColumn, sourceColumn, destinationColumn,
                protocolColumn, lengthColumn)) {
            fixed.minWidthProperty().bind(fixed.prefWidthProperty());
            fixed.maxWidthProperty().bind(fixed.prefWidthProperty());
        }
        // Narrow, the list keeps the addresses and the Info line with its flags, dropping the other columns first;
        // Info may lose its tail (the whole line is on hover and in the tree below), never its start.
        infoColumn.getStyleClass().add("may-elide");
        ColumnFit.fit(packetTable, List.of(timeColumn, lengthColumn, numberColumn, protocolColumn), sourceLabel,
                infoColumn, 16);
        packetTable.setRowFactory(t -> new PacketTableRow());
        // A row shows the packet it holds: with a display filter, row and packet numbers differ.
        packetTable.getSelectionModel().selectedItemProperty().subscribe(r -> {
            vm.select(r == null ? -1 : r.index());
            if (r != null) {
                lastChosen = r;
            }
        });
        // A new filter rebuilds the list: the packet chosen before stays chosen if the filter shows it, as in
        // Wireshark, so its fields, stream and ladder stay on screen.
        packetTable.getItems().addListener((javafx.collections.ListChangeListener<PacketRef>) c -> {
            if (lastChosen != null && packetTable.getSelectionModel().isEmpty()) {
                int row = vm.displayFilter().positionOf(lastChosen.index());
                if (row >= 0) {
                    packetTable.getSelectionModel().clearAndSelect(row);
                    packetTable.scrollTo(Math.max(0, row - 3));
                }
            }
        });
        // Follow the newest packet while the user has not chosen one, as a live capture scrolls in Wireshark.
        packetTable.getItems().addListener((javafx.collections.ListChangeListener<PacketRef>) c -> {
            if (vm.runningProperty().get() && packetTable.getSelectionModel().isEmpty()
                    && !packetTable.getItems().isEmpty()) {
                packetTable.scrollTo(packetTable.getItems().size() - 1);
            }
        });
    }

    /** A column whose cells decode their row only when drawn. */
    private void column(TableColumn<PacketRef, String> column, Function<PacketRow, String> text) {
        column.setCellValueFactory(null);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String ignored, boolean empty) {
                super.updateItem(ignored, empty);
                int row = getIndex();
                List<PacketRef> shown = packetTable.getItems();
                String value = empty || row < 0 || row >= shown.size() ? null
                        : text.apply(vm.rows().of(shown.get(row).index()));
                setText(value);
                TextWideColumn wide = column == sourceColumn ? sourceWidth
                        : column == destinationColumn ? destinationWidth : null;
                if (wide != null) {
                    wide.shown(value);
                }
                // The whole text on hover where a column may cut it (IPv6 addresses, long info lines).
                setTooltip(value != null && value.length() > LONG_CELL ? new Tooltip(value) : null);
            }
        });
    }

    /** Paints a row by its innermost protocol, as Wireshark's colouring rules do. */
    private final class PacketTableRow extends TableRow<PacketRef> {
        @Override
        protected void updateItem(PacketRef ref, boolean empty) {
            super.updateItem(ref, empty);
            getStyleClass().removeAll(ROW_CLASSES);
            if (!empty && ref != null) {
                getStyleClass().add("row-" + vm.rows().of(ref.index()).layer());
            }
        }
    }

    /** Opens Statistics → Conversations for the packets captured so far. */
    private void showConversations() {
        new ConversationsWindow(pane.getScene() == null ? null : pane.getScene().getWindow(), vm.log(),
                vm.displayFilter(), pane.getScene() == null ? List.of() : pane.getScene().getStylesheets()).show();
    }

    // ---- actions

    @FXML
    private void start() {
        vm.start();
    }

    @FXML
    private void stop() {
        vm.stop();
    }

    @FXML
    private void clear() {
        vm.clear();
    }

    @FXML
    private void open() {
        FileChooser chooser = captureFiles("Open a capture");
        File file = chooser.showOpenDialog(pane.getScene().getWindow());
        if (file != null) {
            vm.open(file.toPath());
        }
    }

    @FXML
    private void save() {
        FileChooser chooser = captureFiles("Save the packets");
        chooser.setInitialFileName("capture.pcap");
        File file = chooser.showSaveDialog(pane.getScene().getWindow());
        if (file != null) {
            vm.save(file.toPath());
        }
    }

    private static FileChooser captureFiles(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Capture files (*.pcap, *.pcapng, *.cap)", "*.pcap", "*.pcapng",
                        "*.cap"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return chooser;
    }

    /** Puts the fix's command on the clipboard, so that a student can paste it into a terminal. */
    @FXML
    private void copyFix() {
        CaptureProblem p = vm.problemProperty().get();
        String command = p == null ? null : command(p.fix());
        if (command != null) {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(command);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            // Copying shows nothing by itself: the button says it worked, then offers itself again.
            copyFixButton.setText(COPIED);
            copiedShown.playFromStart();
        }
    }

    /**
     * The first command in a fix, such as {@code sudo setcap cap_net_raw=eip /opt/socketlab/bin/socketlab}: from
     * {@code sudo} to the end of the sentence, or to the {@code ;} or {@code )} that ends it in a list of systems.
     */
    static String command(String fix) {
        int at = fix.indexOf("sudo ");
        if (at < 0) {
            return null;
        }
        int end = fix.length();
        for (char c : new char[] {';', ')'}) {
            int i = fix.indexOf(c, at);
            if (i >= 0) {
                end = Math.min(end, i);
            }
        }
        String command = fix.substring(at, end).strip();
        return command.length() <= "sudo".length() ? null : command;
    }

    @FXML
    private void presetLabServers() {
        vm.presetLabServers();
    }

    @FXML
    private void presetDns() {
        vm.presetDns();
    }

    @FXML
    private void presetPing() {
        vm.presetPing();
    }

    @FXML
    private void presetTcp() {
        vm.presetTcp();
    }

    @FXML
    private void presetEverything() {
        vm.presetEverything();
    }
}
