package socketlab.ui.capture;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import socketlab.capture.PacketLog;
import socketlab.decode.Frame;
import socketlab.net.Ports;
import socketlab.stats.Conversation;
import socketlab.stats.Conversations;

/**
 * Statistics → Conversations: one row per TCP or UDP socket pair of the capture, with packets and bytes each way,
 * start, duration and whether TCP was seen opening and closing; sortable by any column. Choosing a row applies the
 * filter that shows only that conversation. The table is counted on a background thread.
 */
final class ConversationsWindow {
    private final Stage stage = new Stage();
    private final ObservableList<Conversation> rows = FXCollections.observableArrayList();
    private final Label summary = new Label();
    private final PacketLog log;
    private long firstMicros;
    private long counting;

    ConversationsWindow(Window owner, PacketLog log, DisplayFilterModel filter, List<String> sheets) {
        this.log = log;
        TableView<Conversation> table = new TableView<>();
        table.setId("conversationsTable");
        table.setItems(new javafx.collections.transformation.SortedList<>(rows));
        ((javafx.collections.transformation.SortedList<Conversation>) table.getItems()).comparatorProperty()
                .bind(table.comparatorProperty());
        table.getColumns().setAll(List.of(
                column("Conv", c -> (c.isTcp() ? "TCP " : "UDP ") + c.stream(), null),
                column("Address A", Conversation::addressA, null),
                column("Port A", c -> port(c.portA()), null),
                column("Address B", Conversation::addressB, null),
                column("Port B", c -> port(c.portB()), null),
                number("Packets A→B", Conversation::packetsAtoB),
                number("Bytes A→B", Conversation::bytesAtoB),
                number("Packets B→A", Conversation::packetsBtoA),
                number("Bytes B→A", Conversation::bytesBtoA),
                column("Start (s)", c -> seconds(c.startMicros() - firstMicros), null),
                column("Duration (s)", c -> seconds(c.durationMicros()), null),
                column("Opened", c -> c.isTcp() ? (c.opened() ? "yes" : "no") : "—", null),
                column("Closed", c -> c.isTcp() ? (c.closed() ? "yes" : "no") : "—", null)));
        table.setPlaceholder(new Label("No TCP or UDP conversations in the capture."));
        table.getSelectionModel().selectedItemProperty().subscribe(c -> {
            if (c != null) {
                filter.apply(c.filter());
            }
        });
        summary.setId("conversationsSummary");
        summary.setWrapText(true);
        Button refresh = new Button("Count again");
        refresh.setId("conversationsRefresh");
        refresh.setOnAction(e -> count());
        Region gap = new Region();
        HBox top = new HBox(8, summary, gap, refresh);
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox root = new VBox(8, top, table);
        root.getStyleClass().add("conversations-window");
        VBox.setVgrow(table, Priority.ALWAYS);
        Scene scene = new Scene(root, 1100, 420);
        scene.getStylesheets().addAll(sheets);
        stage.setScene(scene);
        stage.setTitle("Conversations — Socket Lab");
        if (owner != null) {
            stage.initOwner(owner);
        }
    }

    void show() {
        count();
        stage.show();
        stage.toFront();
    }

    /** Counts the conversations of the packets the capture holds now, off the JavaFX thread. */
    private void count() {
        long run = ++counting;
        summary.setText("Counting conversations…");
        Thread.ofPlatform().name("conversations").daemon().start(() -> {
            Conversations c = new Conversations();
            int n = log.size();
            long first = n > 0 ? log.decode(0).epochMicros() : 0;
            for (int i = 0; i < n; i++) {
                Frame f = log.decode(i);
                if (f != null) {
                    c.add(f);
                }
            }
            List<Conversation> list = c.list();
            Platform.runLater(() -> {
                if (run != counting) {
                    return;
                }
                firstMicros = first;
                rows.setAll(list);
                summary.setText(list.size() + (list.size() == 1 ? " conversation" : " conversations") + " in "
                        + n + " packets. Choose one to show only its packets in the list; click a heading to sort.");
            });
        });
    }

    private static TableColumn<Conversation, Object> column(String title, Function<Conversation, Object> value,
            Object unused) {
        TableColumn<Conversation, Object> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setComparator((a, b) -> compare(a, b));
        return c;
    }

    private static TableColumn<Conversation, Object> number(String title, Function<Conversation, Long> value) {
        TableColumn<Conversation, Object> c = column(title, d -> value.apply(d), null);
        c.getStyleClass().add("number-column");
        return c;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        if (a instanceof String x && b instanceof String y) {
            // ports and times sort by their numbers; text by its letters
            Double dx = leadingNumber(x);
            Double dy = leadingNumber(y);
            if (dx != null && dy != null) {
                return Double.compare(dx, dy);
            }
            return x.compareTo(y);
        }
        return ((Comparable) a).compareTo(b);
    }

    private static Double leadingNumber(String s) {
        String head = s.split(" ")[0];
        try {
            return Double.parseDouble(head);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String port(int port) {
        String name = Ports.wellKnownName(port);
        return name.isEmpty() ? Integer.toString(port) : port + " (" + name + ")";
    }

    private static String seconds(long micros) {
        return String.format(Locale.ROOT, "%.6f", micros / 1e6);
    }
}
