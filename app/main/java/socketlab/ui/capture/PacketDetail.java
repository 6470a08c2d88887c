package socketlab.ui.capture;

import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import socketlab.decode.Field;
import socketlab.decode.FieldAt;
import socketlab.decode.Frame;
import socketlab.ui.Sizes;

/**
 * The selected packet's half of the Capture pane: the field tree, the bytes, the header diagram, the ladder and the
 * stream, kept in step — a field chosen anywhere is shown everywhere.
 */
final class PacketDetail {
    private final CaptureViewModel vm;
    private final TableView<PacketRef> packetTable;
    private final TreeView<FieldTree.Entry> detailTree;
    private final Label explanation;
    private final Tab diagramTab;
    private final Tab ladderTab;
    private final Tab followTab;
    private final BytesView bytesView = new BytesView();
    private final HeaderDiagram diagram = new HeaderDiagram();
    private final LadderView ladder = new LadderView();
    private final FollowStreamView follow = new FollowStreamView();
    /** The frame the diagram shows: drawing one takes a moment, so only when its tab is open. */
    private Frame diagramFrame;

    PacketDetail(CaptureViewModel vm, TableView<PacketRef> packetTable, TreeView<FieldTree.Entry> detailTree,
            Label explanation, Tab bytesTab, Tab diagramTab, Tab ladderTab, Tab followTab) {
        this.vm = vm;
        this.packetTable = packetTable;
        this.detailTree = detailTree;
        this.explanation = explanation;
        this.diagramTab = diagramTab;
        this.ladderTab = ladderTab;
        this.followTab = followTab;
        bind(bytesTab);
    }

    private void bind(Tab bytesTab) {
        detailTree.setCellFactory(t -> new FieldTreeCell());
        bytesView.setId("bytesView");
        diagram.setId("headerDiagram");
        bytesTab.setContent(bytesView);
        diagramTab.setContent(diagram);
        bytesView.setOnByteSelected(this::selectByte);
        diagram.setOnFieldSelected(this::selectField);
        vm.selectedProperty().subscribe(this::showFrame);
        detailTree.getSelectionModel().selectedItemProperty().subscribe(item -> {
            showEntry(item == null ? null : item.getValue());
            vm.selectedFieldProperty().set(item == null || item.getValue() == null || item.getValue().field() == null
                    ? null : item.getValue().field().name());
        });
        vm.fieldRequestProperty().subscribe(name -> {
            Frame frame = vm.selectedProperty().get();
            if (name != null && frame != null) {
                frame.field(name).ifPresent(this::selectField);
            }
        });
        diagramTab.selectedProperty().subscribe(this::refreshDiagram);
        detailTree.setContextMenu(filterMenu());

        ladder.setId("ladderView");
        follow.setId("followView");
        ladderTab.setContent(withNote(ladder, "ladderNote"));
        followTab.setContent(withNote(follow, "followNote"));
        ladder.setOnFrameSelected(number -> {
            // the packet's row in the list, which a display filter may have moved (or hidden)
            int row = vm.displayFilter().positionOf((int) number - 1);
            if (row >= 0) {
                packetTable.getSelectionModel().clearAndSelect(row);
                packetTable.scrollTo(Math.max(0, row - 3));
            }
        });
        vm.conversationProperty().subscribe(c -> {
            ladder.show(c);
            follow.show(c);
            selectInLadder();
        });
        ladderTab.selectedProperty().subscribe(this::refreshConversation);
        followTab.selectedProperty().subscribe(this::refreshConversation);
        vm.conversationShownProperty().bind(ladderTab.selectedProperty().or(followTab.selectedProperty()));
    }

    /**
     * The tree's menu, as Wireshark's: "Apply as filter" shows only the packets with the chosen field's value (or
     * layer); "Prepare as filter" writes that filter in the bar to be changed before Enter.
     */
    private javafx.scene.control.ContextMenu filterMenu() {
        javafx.scene.control.MenuItem apply = new javafx.scene.control.MenuItem("Apply as filter");
        apply.setId("applyAsFilter");
        javafx.scene.control.MenuItem prepare = new javafx.scene.control.MenuItem("Prepare as filter");
        prepare.setId("prepareAsFilter");
        apply.setOnAction(e -> chosenFilter().ifPresent(vm.displayFilter()::apply));
        prepare.setOnAction(e -> chosenFilter().ifPresent(vm.displayFilter().textProperty()::set));
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(apply, prepare);
        menu.setOnShowing(e -> {
            boolean none = chosenFilter().isEmpty();
            apply.setDisable(none);
            prepare.setDisable(none);
        });
        return menu;
    }

    /** The filter for the field or layer chosen in the tree, in this packet. */
    private java.util.Optional<String> chosenFilter() {
        TreeItem<FieldTree.Entry> item = detailTree.getSelectionModel().getSelectedItem();
        Frame frame = vm.selectedProperty().get();
        if (item == null || item.getValue() == null || frame == null) {
            return java.util.Optional.empty();
        }
        FieldTree.Entry entry = item.getValue();
        return java.util.Optional.of(entry.field() == null ? socketlab.filter.FilterText.of(entry.layer())
                : socketlab.filter.FilterText.of(frame, entry.field()));
    }

    /** A view with the model's note above it: why no connection is shown, such as a packet that is not TCP. */
    private VBox withNote(Region view, String id) {
        Label note = new Label();
        note.setId(id);
        note.getStyleClass().add("capture-placeholder");
        note.setWrapText(true);
        note.textProperty().bind(vm.conversationNoteProperty());
        Sizes.showWhenSet(note, note.textProperty(), null);
        view.visibleProperty().bind(note.visibleProperty().not());
        view.managedProperty().bind(view.visibleProperty());
        VBox box = new VBox(note, view);
        VBox.setVgrow(view, Priority.ALWAYS);
        return box;
    }

    /** Builds the selected packet's connection when the ladder or the stream is on screen. */
    private void refreshConversation() {
        if (ladderTab.isSelected() || followTab.isSelected()) {
            vm.loadConversation();
            selectInLadder();
        }
    }

    private void selectInLadder() {
        Frame frame = vm.selectedProperty().get();
        if (frame != null && ladder.conversation() != null) {
            ladder.select(frame.number());
        }
    }

    private void refreshDiagram() {
        Frame frame = vm.selectedProperty().get();
        if (diagramTab.isSelected() && diagramFrame != frame) {
            diagramFrame = frame;
            diagram.show(frame);
            TreeItem<FieldTree.Entry> item = detailTree.getSelectionModel().getSelectedItem();
            if (item != null && item.getValue() != null && item.getValue().field() != null) {
                diagram.select(item.getValue().field());
            }
        }
    }

    private void showFrame(Frame frame) {
        detailTree.setRoot(frame == null ? null : FieldTree.of(frame));
        bytesView.show(frame);
        refreshDiagram();
        refreshConversation();
        explanation.setText(frame == null
                ? "Select a packet, then a field: its bytes light up and this line says what it is for."
                : "Select a field to see its bytes and what it is for.");
    }

    private void showEntry(FieldTree.Entry entry) {
        if (entry == null) {
            return;
        }
        Field f = entry.field();
        explanation.setText(f == null ? entry.layer().title() : f.text() + " — " + f.explanation());
        bytesView.highlight(entry.byteOffset(), entry.byteLength());
        if (diagramTab.isSelected()) {
            diagram.select(f);
        }
    }

    /** Selects, in the tree, the field a byte belongs to: what clicking a byte in the bytes pane does. */
    void selectByte(int byteOffset) {
        Frame frame = vm.selectedProperty().get();
        if (frame == null || detailTree.getRoot() == null) {
            return;
        }
        FieldAt.of(frame, byteOffset).ifPresent(this::selectField);
    }

    /** Selects {@code field} in the tree and shows it everywhere. */
    void selectField(Field field) {
        TreeItem<FieldTree.Entry> item = FieldTree.find(detailTree.getRoot(), field);
        if (item == null) {
            return;
        }
        for (TreeItem<FieldTree.Entry> p = item.getParent(); p != null; p = p.getParent()) {
            p.setExpanded(true);
        }
        detailTree.getSelectionModel().select(item);
        int row = detailTree.getRow(item);
        if (row >= 0) {
            detailTree.scrollTo(Math.max(0, row - 3));
        }
    }

    /** The pane's Large view is on or off: the ladder makes the most of the height it then gets. */
    void largeView(boolean large) {
        ladder.largeView(large);
    }
}
