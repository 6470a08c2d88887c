package socketlab.ui.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static socketlab.ui.FxQuery.onFx;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import socketlab.decode.Field;
import socketlab.decode.Frame;
import socketlab.decode.Layer;

/** The header diagrams on real frames: one box per field, widths by bits, this packet's values, clicks, selection. */
@ExtendWith(ApplicationExtension.class)
class HeaderDiagramFxTest {
    private HeaderDiagram diagram;
    private final List<Field> picked = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        diagram = new HeaderDiagram();
        diagram.setOnFieldSelected(picked::add);
        CaptureScene.show(stage, diagram, 1100, 760);
    }

    private void show(Frame f) {
        onFx(() -> {
            diagram.show(f);
            diagram.applyCss();
            diagram.layout();
            return null;
        });
    }

    private List<FieldBox> boxes() {
        return onFx(() -> {
            List<FieldBox> all = new ArrayList<>();
            for (Node n : diagram.lookupAll(".field-box")) {
                all.add((FieldBox) n);
            }
            return all;
        });
    }

    /** The box that writes {@code name}'s value (not a continuation of it on another row). */
    private FieldBox box(Frame f, String name) {
        Field field = f.field(name).orElseThrow();
        return boxes().stream().filter(b -> b.plan.shows(field) && !b.getStyleClass().contains("continued-box"))
                .findFirst().orElseThrow(() -> new AssertionError("no box for " + name));
    }

    /** Scrolls the diagram until the field's box is on screen, as the robot can click only what it sees. */
    private void scrollTo(Frame f, String name) {
        onFx(() -> {
            diagram.select(f.field(name).orElseThrow());
            diagram.select(null);
            diagram.layout();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FieldBox b) {
        return onFx(b::shownText);
    }

    @Test
    void aLiveLoopbackSegmentIsDrawnOneBoxPerFieldAsWideAsItsBits() throws Exception {
        CaptureFrames.Live live = CaptureFrames.liveConnection();
        for (Frame f : List.of(live.syn(), live.data())) {
            show(f);
            for (String layerName : List.of("ip", "tcp")) {
                Layer layer = f.layer(layerName).orElseThrow();
                for (Field field : layer.fields()) {
                    if (field.generated() || field.depth() > 0) {
                        continue;
                    }
                    List<FieldBox> mine = boxes().stream().filter(b -> b.plan.fields.getFirst().depth() == 0
                            && b.plan.shows(field)).toList();
                    assertFalse(mine.isEmpty(), "a box for " + field);
                    assertTrue(mine.stream().allMatch(b -> b.plan == mine.getFirst().plan), "one box for " + field);
                    assertEquals(field.bitLength(), mine.getFirst().plan.bits, field.name());
                }
            }
            double unit = onFx(() -> box(f, "ip.src").getWidth() - 1) / 32;
            for (String name : List.of("ip.version", "ip.hdr_len", "ip.ttl", "ip.proto", "ip.len", "ip.frag_offset",
                    "tcp.srcport", "tcp.window_size_value", "tcp.flags.syn", "tcp.flags.res", "tcp.hdr_len")) {
                FieldBox b = box(f, name);
                double width = onFx(() -> b.getWidth() - 1);
                assertEquals(f.field(name).orElseThrow().bitLength() * unit, width, 1.5, name + " is as wide as its bits");
            }
            assertTrue(text(box(f, "ip.ttl")).matches("TTL 64"), text(box(f, "ip.ttl")));
            assertTrue(text(box(f, "tcp.srcport")).endsWith(" " + live.clientPort()), text(box(f, "tcp.srcport")));
            assertTrue(text(box(f, "tcp.dstport")).endsWith(" " + live.serverPort()));
            assertTrue(text(box(f, "ip.src")).endsWith("127.0.0.1"));
            assertEquals(f == live.syn() ? "S 1" : "S 0", text(box(f, "tcp.flags.syn")));
        }
        Frame syn = live.syn();
        show(syn);
        assertTrue(text(box(syn, "tcp.options.mss")).startsWith("MSS 65495"), "the loopback MSS");
    }

    @Test
    void clickingABoxReportsItsFieldAndSelectOutlinesOne(FxRobot robot) {
        Frame f = CaptureFrames.decode(CaptureFrames.tcpData());
        show(f);
        scrollTo(f, "ip.ttl");
        robot.clickOn(box(f, "ip.ttl"));
        assertEquals("ip.ttl", picked.getLast().name());
        assertTrue(onFx(() -> box(f, "ip.ttl").getPseudoClassStates().contains(FieldBox.SELECTED)));
        scrollTo(f, "tcp.flags.ack");
        robot.clickOn(box(f, "tcp.flags.ack"));
        assertEquals("tcp.flags.ack", picked.getLast().name());
        robot.type(KeyCode.RIGHT);
        assertEquals("tcp.flags.push", picked.getLast().name(), "the arrows step to the next box");
        scrollTo(f, "tcp.options.timestamp");
        robot.clickOn(box(f, "tcp.options.timestamp"));
        assertEquals("tcp.options.timestamp", picked.getLast().name(), "a box spanning rows reports its field");

        onFx(() -> {
            diagram.select(f.field("ip.dst").orElseThrow());
            return null;
        });
        List<String> outlined = onFx(() -> boxes().stream().filter(b -> b.getPseudoClassStates()
                .contains(FieldBox.SELECTED)).map(b -> b.plan.field().name()).toList());
        assertEquals(List.of("ip.dst"), outlined);
        onFx(() -> {
            diagram.select(f.field("tcp.options.timestamp.tsval").orElseThrow());
            return null;
        });
        assertEquals("tcp.options.timestamp", onFx(diagram::selectedField).name(),
                "a field inside a box outlines that box");
        onFx(() -> {
            diagram.select(f.field("tcp.stream").orElseThrow());
            return null;
        });
        assertEquals(null, onFx(diagram::selectedField), "a computed field has no box");
    }

    @Test
    void narrowBoxesFallBackToShortLabelsWithTheFullWordsInTheTooltip() {
        Frame f = CaptureFrames.decode(CaptureFrames.tcpData());
        show(f);
        for (String flag : List.of("tcp.flags.cwr", "tcp.flags.syn", "tcp.flags.fin", "ip.flags.df")) {
            String shown = text(box(f, flag));
            assertTrue(shown.length() <= 5, flag + " shows " + shown);
        }
        String tip = onFx(() -> box(f, "tcp.flags.syn").plan.explanation());
        assertTrue(tip.contains("Syn: Not set") && tip.contains("three-way handshake"), tip);
        assertEquals("ECN 0", text(box(f, "ip.dsfield.ecn")), "Not-ECT (0) does not fit in 2 bits: the number does");
    }

    @Test
    void everyProtocolIsDrawn() {
        show(CaptureFrames.decode(CaptureFrames.arp()));
        Frame arp = CaptureFrames.decode(CaptureFrames.arp());
        show(arp);
        assertEquals("Sender IP 192.0.2.10", text(box(arp, "arp.src.proto_ipv4")));
        assertEquals(2, boxes().stream().filter(b -> b.plan.field().name().equals("arp.src.hw_mac")).count(),
                "the 48-bit MAC goes on into the next row");
        Frame v6 = CaptureFrames.decode(CaptureFrames.ipv6Icmp());
        show(v6);
        assertEquals("Hop Limit 64", text(box(v6, "ipv6.hlim")));
        assertEquals("Source Address 2001:db8::a", text(box(v6, "ipv6.src")));
        assertTrue(text(box(v6, "icmpv6.type")).contains("128"));
        Frame icmp = CaptureFrames.decode(CaptureFrames.icmpEcho());
        show(icmp);
        assertTrue(text(box(icmp, "icmp.type")).contains("8"));
        Frame udp = CaptureFrames.decode(CaptureFrames.bigUdp(200));
        show(udp);
        assertEquals("Source Port 5353", text(box(udp, "udp.srcport")));
        assertEquals(List.of("Ethernet II", "Internet Protocol Version 4", "User Datagram Protocol",
                "Application data"), titles());
    }

    private List<String> titles() {
        return onFx(() -> diagram.lookupAll(".diagram-title").stream()
                .map(n -> ((Label) n).getText().replaceAll(",.*", "")).toList());
    }

    @Test
    void aCutFrameShowsWhatWasDecodedAndWhy() {
        byte[] whole = CaptureFrames.tcpData();
        for (int len = 0; len < whole.length; len++) {
            show(CaptureFrames.snapped(whole, len)); // every snap length: cut inside every field
            if (len % 5 == 0) {
                show(CaptureFrames.decode(CaptureFrames.cut(whole, len))); // lengths that contradict the headers
            }
        }
        Frame cut = CaptureFrames.snapped(whole, 14 + 20 + 10);
        show(cut);
        assertTrue(cut.malformed().isPresent());
        assertEquals("Source Port 51213", text(box(cut, "tcp.srcport")));
        assertTrue(boxes().stream().noneMatch(b -> b.plan.field().name().equals("tcp.window_size_value")));
        Label reason = onFx(() -> (Label) diagram.lookup(".diagram-malformed"));
        assertNotNull(reason);
        assertTrue(onFx(reason::getText).contains("TCP header cut short"), onFx(reason::getText));
    }
}
