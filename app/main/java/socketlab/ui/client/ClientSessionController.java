package socketlab.ui.client;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import socketlab.client.ByteText;
import socketlab.client.ClientMode;
import socketlab.ui.Breakpoint;
import socketlab.ui.ColumnFit;
import socketlab.ui.Sizes;
import socketlab.ui.client.ClientSessionViewModel.Phase;

/** The client shown: its two ends, status, teaching strip, the line to send, and the transcript as text and hex. */
public final class ClientSessionController {
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private static final PseudoClass ENDED = PseudoClass.getPseudoClass("ended");
    /** Bytes per line of the hex dump: eight keep it narrow enough to sit beside the text, fewer where narrower. */
    private static final int[] DUMP_WIDTHS = {8, 4, 2};
    /** Below this width (em) of the chunk's views, the hex dump goes below the text. */
    private static final double CHUNK_SIDE_BY_SIDE_EM = 44;
    /**
     * A window shorter than this, in em of the text size (1024×768 at 150 %, 1280×720 from 150 %), shows the client
     * compact: the two ends side by side in smaller type, the socket calls by name only and under the transcript, so
     * that the ends, the line to send and the transcript are on the first screen.
     */
    private static final double SHORT_EM = 44;
    private static final PseudoClass SHORT = PseudoClass.getPseudoClass("short");
    /** Where the socket calls' strip sits in the content, as ClientSession.fxml puts it: under the two ends. */
    private static final int STRIP_INDEX = 1;
    /** Room in the dump's text area besides its lines (padding, vertical scroll bar), in em. */
    private static final double DUMP_SPARE_EM = 2.5;

    private ClientsViewModel clients;
    private ClientSessionViewModel shown;
    private Subscription shownBindings = Subscription.EMPTY;
    /** Bytes per line of the dump shown. */
    private int shownDumpWidth;

    @FXML
    private VBox placeholder;
    @FXML
    private VBox content;
    @FXML
    private Label localHost;
    @FXML
    private Label localPort;
    @FXML
    private Label ephemeralNote;
    @FXML
    private Label remoteHost;
    @FXML
    private Label remotePort;
    @FXML
    private Label serviceNote;
    @FXML
    private Button closeButton;
    @FXML
    private Label sessionStatus;
    @FXML
    private ClientStrip clientStrip;
    @FXML
    private HBox lineRow;
    @FXML
    private TextField lineField;
    @FXML
    private Button sendButton;
    @FXML
    private Label countsLabel;
    @FXML
    private TableView<TranscriptRow> transcriptTable;
    @FXML
    private TableColumn<TranscriptRow, String> timeColumn;
    @FXML
    private TableColumn<TranscriptRow, String> whatColumn;
    @FXML
    private TableColumn<TranscriptRow, String> bytesColumn;
    @FXML
    private TableColumn<TranscriptRow, String> textColumn;
    @FXML
    private TableColumn<TranscriptRow, String> hexColumn;
    @FXML
    private Label chunkCaption;
    @FXML
    private GridPane chunkViews;
    @FXML
    private TextArea chunkText;
    @FXML
    private TextArea chunkHex;

    /** Shows whichever client {@code vm} has connected last, from now on. */
    void bind(ClientsViewModel vm) {
        this.clients = vm;
        setUpTable();
        lineField.textProperty().bindBidirectional(vm.lineProperty());
        lineField.setTooltip(new javafx.scene.control.Tooltip("Enter sends the line and a newline with write();"
                + " the client then read()s the server's reply line"));
        sendButton.disableProperty().bind(vm.canSendProperty().not());
        closeButton.disableProperty().bind(vm.canCloseProperty().not());
        vm.canSendProperty().subscribe(can -> {
            if (can && lineRow.isVisible()) {
                lineField.requestFocus(); // ready for the next line as soon as the reply is in
            }
        });
        transcriptTable.getSelectionModel().selectedItemProperty().subscribe(r -> showChunk());
        Stacking.stackWhen(Breakpoint.narrowerThan(chunkViews, CHUNK_SIDE_BY_SIDE_EM, countsLabel), chunkViews,
                chunkText, chunkHex);
        // As many bytes per line of the dump as its width holds, so that it never scrolls sideways.
        chunkHex.widthProperty().subscribe(w -> redumpIfNarrower());
        chunkHex.fontProperty().subscribe(f -> redumpIfNarrower());
        vm.sessionProperty().subscribe(this::show);
        compactInShortWindow();
    }

    /** Follows the window's height (the content may move to another scene) and the text size. */
    private void compactInShortWindow() {
        Runnable update = () -> {
            var scene = content.getScene();
            boolean compact = scene != null && scene.getHeight() > 0
                    && scene.getHeight() < SHORT_EM * countsLabel.getFont().getSize();
            content.pseudoClassStateChanged(SHORT, compact);
            clientStrip.compact(compact);
            // Short, the socket calls go under the transcript: the ends, the line to send and the transcript are
            // what the room reads, and they fit the first screen; the calls are a scroll away.
            var children = content.getChildren();
            int want = compact ? children.size() - 1 : STRIP_INDEX;
            if (children.indexOf(clientStrip) != want) {
                children.remove(clientStrip);
                children.add(want, clientStrip);
            }
        };
        Subscription[] height = {Subscription.EMPTY};
        content.sceneProperty().subscribe(scene -> {
            height[0].unsubscribe();
            height[0] = scene == null ? Subscription.EMPTY : scene.heightProperty().subscribe(h -> update.run());
        });
        countsLabel.fontProperty().subscribe(f -> update.run());
    }

    private void setUpTable() {
        transcriptTable.setPlaceholder(new Label("Nothing sent or received yet."));
        transcriptTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_LAST_COLUMN);
        timeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().time()));
        whatColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().what()));
        bytesColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().bytes()));
        textColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().text()));
        hexColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().hex()));
        timeColumn.getStyleClass().add("number-column");
        bytesColumn.getStyleClass().add("number-column");
        textColumn.getStyleClass().add("bytes-column");
        hexColumn.getStyleClass().add("bytes-column");
        // What happened and the bytes wrap in a narrow column, rather than end in "…".
        whatColumn.setCellFactory(c -> new WrappingCell<>());
        textColumn.setCellFactory(c -> new WrappingCell<>());
        hexColumn.setCellFactory(c -> new WrappingCell<>());
        for (var col : transcriptTable.getColumns()) {
            col.setReorderable(false);
        }
        transcriptTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(TranscriptRow item, boolean empty) {
                super.updateItem(item, empty);
                for (TranscriptRow.Kind k : TranscriptRow.Kind.values()) {
                    getStyleClass().remove(k.styleClass());
                }
                if (!empty && item != null) {
                    getStyleClass().add(item.kind().styleClass());
                }
            }
        });
        // Widths in em, so that the columns grow with the text size.
        width(timeColumn, 5.5);
        width(whatColumn, 6.5);
        width(bytesColumn, 3.5);
        width(textColumn, 15);
        width(hexColumn, 16);
        // A narrow transcript keeps what happened and the bytes as text; the hex is also in the chunk view below.
        ColumnFit.fit(transcriptTable, java.util.List.of(hexColumn, bytesColumn, timeColumn), countsLabel);
    }

    private void width(TableColumn<?, ?> column, double em) {
        Sizes.widthInEm(column, em, countsLabel);
    }

    private void show(ClientSessionViewModel s) {
        shownBindings.unsubscribe();
        shown = s;
        clientStrip.clear();
        placeholder.setVisible(s == null);
        content.setVisible(s != null);
        if (s == null) {
            transcriptTable.setItems(FXCollections.observableArrayList());
            return;
        }
        boolean lineMode = s.mode() == ClientMode.LINE;
        lineRow.setVisible(lineMode);
        lineRow.setManaged(lineMode);
        transcriptTable.setItems(s.transcript());
        ListChangeListener<TranscriptRow> follow = c -> followNewest();
        s.transcript().addListener(follow);
        showChunk();
        shownBindings = Subscription.combine(
                s.localProperty().subscribe(t -> showEnd(t, localHost, localPort)),
                s.remoteProperty().subscribe(t -> showEnd(t, remoteHost, remotePort)),
                s.localProperty().subscribe(t -> ephemeralNote.setVisible(!t.isEmpty())),
                s.serviceProperty().subscribe(t -> serviceNote.setText(t.isEmpty() ? "" : "well-known port: " + t)),
                s.statusProperty().subscribe(t -> sessionStatus.setText(s.title() + ": " + t)),
                s.phaseProperty().subscribe(p -> {
                    sessionStatus.pseudoClassStateChanged(FAILED, p == Phase.FAILED);
                    sessionStatus.pseudoClassStateChanged(ENDED, p == Phase.FINISHED);
                    lineField.setDisable(p.ended() || p == Phase.CONNECTING);
                }),
                s.countsProperty().subscribe(countsLabel::setText),
                s.flashProperty().subscribe((before, now) -> clientStrip.show(now)),
                () -> s.transcript().removeListener(follow));
    }

    /** "127.0.0.1:51213" as a small host part and a large port; "[::1]:51213" keeps its brackets. */
    private static void showEnd(String endpoint, Label host, Label port) {
        int colon = endpoint.lastIndexOf(':');
        host.setText(colon < 0 ? "" : endpoint.substring(0, colon + 1));
        port.setText(colon < 0 ? "–" : endpoint.substring(colon + 1));
    }

    /** Keeps the newest row in view, unless the user has selected an older one to look at. */
    private void followNewest() {
        if (transcriptTable.getSelectionModel().isEmpty() && !transcriptTable.getItems().isEmpty()) {
            transcriptTable.scrollTo(transcriptTable.getItems().size() - 1);
        }
        showChunk();
    }

    /** The selected chunk, or else the newest one, in full: as text and as a hex dump. */
    private void showChunk() {
        TranscriptRow row = transcriptTable.getSelectionModel().getSelectedItem();
        if (row == null || !row.isChunk()) {
            row = null;
            var items = transcriptTable.getItems();
            for (int i = items.size() - 1; i >= 0 && row == null; i--) {
                row = items.get(i).isChunk() ? items.get(i) : null;
            }
        }
        if (row == null) {
            chunkCaption.setText("no bytes yet");
            chunkText.setText("");
            chunkHex.setText("");
            return;
        }
        chunkCaption.setText(row.what() + " " + row.bytes() + " bytes at " + row.time()
                + (transcriptTable.getSelectionModel().isEmpty() ? " (the newest; select a row for another)" : ""));
        chunkText.setText(ByteText.escaped(row.data()));
        shownDumpWidth = dumpWidth();
        chunkHex.setText(ByteText.dump(row.data(), shownDumpWidth));
    }

    /** Dumps the chunk again when its width now holds more or fewer bytes a line. */
    private void redumpIfNarrower() {
        if (dumpWidth() != shownDumpWidth) {
            showChunk();
        }
    }

    /** The most bytes per line whose dump line (13 + 4 per byte characters) fits the dump's width. */
    private int dumpWidth() {
        Text probe = new Text("0");
        probe.setFont(chunkHex.getFont());
        double charWidth = probe.getLayoutBounds().getWidth();
        double room = chunkHex.getWidth() - DUMP_SPARE_EM * chunkHex.getFont().getSize();
        for (int width : DUMP_WIDTHS) {
            if (chunkHex.getWidth() <= 0 || (13 + 4 * width) * charWidth <= room) {
                return width;
            }
        }
        return DUMP_WIDTHS[DUMP_WIDTHS.length - 1];
    }

    @FXML
    private void send() {
        clients.send();
    }

    @FXML
    private void closeClient() {
        clients.closeClient();
    }
}
