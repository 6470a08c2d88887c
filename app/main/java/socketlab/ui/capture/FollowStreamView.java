package socketlab.ui.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import socketlab.ladder.FollowStream;
import socketlab.ladder.StreamChunk;
import socketlab.ladder.TcpConversation;
import socketlab.ui.Segmented;

/**
 * "Follow TCP stream": the application bytes of one connection in the order they were sent, the client's in one
 * colour and the server's in another, as text or as a hex dump, with the byte count of each direction.
 */
public final class FollowStreamView extends VBox {
    /** How the bytes are shown. */
    public enum Mode {
        TEXT("Text"), HEX("Hex");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The most bytes laid out as text; a text node per chunk stays cheap up to here. */
    static final int MAX_TEXT_BYTES = 64 * 1024;
    /** The most bytes laid out as hex, which takes about four times the room. */
    static final int MAX_HEX_BYTES = 16 * 1024;

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.TEXT);
    private final Label title = new Label();
    private final Label clientCount = new Label();
    private final Label serverCount = new Label();
    private final Label note = new Label();
    private final TextFlow flow = new TextFlow();
    private final ScrollPane scroll = new ScrollPane(flow);
    private TcpConversation conversation;

    public FollowStreamView() {
        getStyleClass().add("follow-view");
        clientCount.getStyleClass().addAll("follow-count", "follow-client-count");
        clientCount.setId("follow-client-count");
        serverCount.getStyleClass().addAll("follow-count", "follow-server-count");
        serverCount.setId("follow-server-count");
        title.getStyleClass().add("follow-title");
        title.setId("follow-title");
        HBox modes = new HBox();
        Segmented.bind(modes, List.of(Mode.values()), Mode::label, "follow-mode", mode);
        modes.setMinWidth(Region.USE_PREF_SIZE);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(title, grow, modes);
        top.getStyleClass().add("follow-top");
        VBox counts = new VBox(count(clientCount, "follow-client-swatch"), count(serverCount, "follow-server-swatch"));
        counts.getStyleClass().add("follow-counts");
        note.getStyleClass().add("follow-note");
        note.setId("follow-note");
        note.setWrapText(true);
        flow.getStyleClass().add("follow-text");
        flow.setId("follow-text");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("follow-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(top, counts, note, scroll);
        mode.subscribe(m -> render());
        show(null);
    }

    // Properties

    /** Text or hex. */
    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    /** The connection shown, or {@code null}. */
    public TcpConversation conversation() {
        return conversation;
    }

    /** The text shown, as one string (for copying and for tests). */
    public String shownText() {
        StringBuilder s = new StringBuilder();
        flow.getChildren().forEach(n -> s.append(((Text) n).getText()));
        return s.toString();
    }

    // Commands

    /** Shows the bytes of {@code c}; {@code null} clears the view. */
    public void show(TcpConversation c) {
        conversation = c;
        render();
    }

    private void render() {
        title.setText(conversation == null ? "Follow stream" : "Follow TCP stream " + conversation.stream());
        if (conversation == null) {
            clientCount.setText("");
            serverCount.setText("");
            setNote("Select a TCP packet to follow its connection's bytes.");
            flow.getChildren().clear();
            return;
        }
        FollowStream s = conversation.followStream();
        clientCount.setText("client " + conversation.client() + " → server: " + bytes(s.clientBytes()));
        serverCount.setText("server " + conversation.server() + " → client: " + bytes(s.serverBytes()));
        int limit = mode.get() == Mode.TEXT ? MAX_TEXT_BYTES : MAX_HEX_BYTES;
        scroll.setFitToWidth(mode.get() == Mode.TEXT); // text wraps at the edge; a hex line never breaks
        List<Text> texts = new ArrayList<>();
        long shown = 0;
        long[] offset = new long[2];
        for (StreamChunk c : s.chunks()) {
            if (shown >= limit) {
                break;
            }
            int n = (int) Math.min(c.bytes().length, limit - shown);
            StreamChunk part = n == c.bytes().length ? c
                    : new StreamChunk(c.frameNumber(), c.fromClient(), java.util.Arrays.copyOf(c.bytes(), n));
            int side = c.fromClient() ? 0 : 1;
            String text = mode.get() == Mode.TEXT ? part.text() : HexDump.of(part.bytes(), offset[side],
                    c.fromClient() ? "" : "    ");
            offset[side] += n;
            shown += n;
            Text t = new Text(text);
            t.getStyleClass().addAll("follow-chunk", c.fromClient() ? "follow-client" : "follow-server");
            texts.add(t);
        }
        flow.getChildren().setAll(texts);
        long total = s.clientBytes() + s.serverBytes();
        List<String> notes = new ArrayList<>();
        if (total == 0) {
            notes.add("This connection carried no application data: only the handshake, ACKs and the close.");
        }
        if (shown < total) {
            notes.add(String.format(Locale.ROOT, "Showing the first %s of %s.", bytes(shown), bytes(total)));
        }
        if (s.missingRanges() > 0) {
            notes.add("The capture missed some segments: the bytes have " + s.missingRanges()
                    + (s.missingRanges() == 1 ? " gap." : " gaps."));
        }
        setNote(String.join(" ", notes));
        scroll.setVvalue(0);
    }

    private static HBox count(Label label, String swatchStyle) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("follow-swatch", swatchStyle);
        HBox row = new HBox(swatch, label);
        row.getStyleClass().add("follow-count-row");
        return row;
    }

    private void setNote(String text) {
        note.setText(text);
        note.setVisible(!text.isEmpty());
        note.setManaged(!text.isEmpty());
    }

    private static String bytes(long n) {
        return String.format(Locale.ROOT, "%,d", n) + (n == 1 ? " byte" : " bytes");
    }
}
