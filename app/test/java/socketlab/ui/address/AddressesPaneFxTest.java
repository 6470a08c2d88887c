package socketlab.ui.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static socketlab.ui.FxQuery.onFx;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import socketlab.ui.LabWindowFixture;

/** The Addresses pane driven with the keyboard and mouse robot: live reasons, byte boxes and the sockaddr layout. */
class AddressesPaneFxTest extends LabWindowFixture {
    AddressesPaneFxTest() {
        super(1280, 800);
    }

    private static void typeInto(FxRobot robot, String field, String text) {
        robot.clickOn(field);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        robot.write(text);
    }

    private static String text(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    private static boolean shown(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).query().isVisible());
    }

    /** The texts of the labels with {@code styleClass} under {@code root}, in the order they are laid out. */
    private static List<String> texts(FxRobot robot, String root, String styleClass) {
        return onFx(() -> {
            List<String> found = new ArrayList<>();
            collect(robot.lookup(root).query(), styleClass, found);
            return found;
        });
    }

    private static void collect(Node node, String styleClass, List<String> found) {
        if (node instanceof Label l && l.getStyleClass().contains(styleClass)) {
            found.add(l.getText());
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, styleClass, found);
            }
        }
    }

    @Test
    void typingAnInvalidQuadShowsThePreciseReasonAndTheOffendingParts(FxRobot robot) {
        robot.clickOn("#nav-addresses");
        typeInto(robot, "#addressField", "500.304.259.1");
        assertEquals("500, 304 and 259 are greater than 255 and do not fit in one byte", text(robot, "#addressError"));
        assertTrue(shown(robot, "#addressError"));
        assertTrue(onFx(() -> robot.lookup("#addressField").query().getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("invalid"))));
        assertTrue(shown(robot, "#invalidCard"));
        assertFalse(shown(robot, "#bytesCard"));
        assertFalse(shown(robot, "#layoutCard"));
        assertEquals(List.of("500", "304", "259", "1"), texts(robot, "#partBoxes", "part-box"));
        assertEquals(List.of("> 255: needs 9 bits, 111110100", "> 255: needs 9 bits, 100110000",
                "> 255: needs 9 bits, 100000011", "00000001"), texts(robot, "#partBoxes", "part-note"));

        typeInto(robot, "#addressField", "1.2.3");
        assertEquals("an IPv4 address has 4 parts separated by dots; \"1.2.3\" has 3", text(robot, "#addressError"));
        assertTrue(errors.reports().isEmpty(), errors.reports().toString());
    }

    @Test
    void thePracticeQuestionShowsItsBytesAndItsSockaddrIn(FxRobot robot) {
        robot.clickOn("#nav-addresses");
        typeInto(robot, "#addressField", "198.35.26.96");
        typeInto(robot, "#portField", "80");
        assertFalse(shown(robot, "#addressError"));
        assertFalse(shown(robot, "#invalidCard"));
        assertEquals(List.of("198", "35", "26", "96"), texts(robot, "#byteBoxes", "part-label"));
        assertEquals(List.of("c6", "23", "1a", "60"), texts(robot, "#byteBoxes", "byte-box"));
        assertEquals(List.of("11000110", "00100011", "00011010", "01100000"),
                texts(robot, "#byteBoxes", "bits-label"));
        assertEquals("global", text(robot, "#kindBadge"));
        assertFalse(shown(robot, "#stepsCard"), "IPv4 has no shortening rules");

        assertEquals(List.of("02", "00", "00", "50", "c6", "23", "1a", "60", "00", "00", "00", "00", "00", "00", "00",
                "00"), texts(robot, "#layoutFields", "layout-cell"));
        assertEquals(List.of("sin_family", "sin_port", "sin_addr", "sin_zero"),
                texts(robot, "#layoutFields", "field-name"));
        assertTrue(onFx(() -> robot.lookup("#field-sin_family").query().getStyleClass().contains("order-host")));
        assertTrue(onFx(() -> robot.lookup("#field-sin_port").query().getStyleClass().contains("order-network")));
        assertTrue(onFx(() -> robot.lookup("#field-sin_addr").query().getStyleClass().contains("order-network")));
        assertTrue(onFx(() -> robot.lookup("#field-sin_zero").query().getStyleClass().contains("order-padding")));
        assertEquals("in memory: 02 00 | 00 50 | c6 23 1a 60 | 00 00 00 00 00 00 00 00",
                text(robot, "#layoutHex"));
        List<String> code = texts(robot, "#notes", "code");
        assertTrue(code.contains("htons(80) = 0x5000 = 20480"), code.toString());
        assertTrue(code.contains("htonl(0xC6231A60) = 0x601A23C6"), code.toString());
        assertTrue(errors.reports().isEmpty(), errors.reports().toString());
    }

    @Test
    void examplesFillTheFieldsAndTheMappedButtonGoesBothWays(FxRobot robot) {
        robot.clickOn("#nav-addresses");
        robot.clickOn("#example-4"); // ::ffff:128.95.4.1
        assertEquals("::ffff:128.95.4.1", onFx(() -> robot.lookup("#addressField").queryAs(TextField.class)
                .getText()));
        assertTrue(shown(robot, "#stepsCard"));
        assertEquals(List.of("0000:0000:0000:0000:0000:ffff:805f:0401", "0:0:0:0:0:ffff:805f:401",
                "::ffff:805f:401", "::ffff:128.95.4.1"), texts(robot, "#steps", "step-text"));
        assertEquals("IPv4-mapped", text(robot, "#kindBadge"));
        assertTrue(shown(robot, "#layoutHint"), "no port: the pane says how to see the layout");

        robot.clickOn("#mappedButton");
        assertEquals("128.95.4.1", onFx(() -> robot.lookup("#addressField").queryAs(TextField.class).getText()));
        assertEquals(List.of("80", "5f", "04", "01"), texts(robot, "#byteBoxes", "byte-box"));

        robot.clickOn("#example-3"); // 2001:db8::ff00:42:8329
        typeInto(robot, "#portField", "443");
        assertEquals(List.of("sin6_family", "sin6_port", "sin6_flowinfo", "sin6_addr", "sin6_scope_id"),
                texts(robot, "#layoutFields", "field-name"));
        assertEquals(28, texts(robot, "#layoutFields", "layout-cell").size());
        assertEquals("in memory: 0a 00 | 01 bb | 00 00 00 00 | 20 01 0d b8 00 00 00 00 00 00 ff 00 00 42 83 29"
                + " | 00 00 00 00",
                text(robot, "#layoutHex"));

        typeInto(robot, "#portField", "70000");
        assertEquals("port must be from 0 to 65535; 70000 is out of range", text(robot, "#portError"));
        assertFalse(shown(robot, "#layoutFields"));
        assertTrue(errors.reports().isEmpty(), errors.reports().toString());
    }

    @Test
    void aLongMessageUnderTheAddressLeavesThePortFieldItsWidth(FxRobot robot) {
        robot.clickOn("#nav-addresses");
        TextField port = robot.lookup(".port-field").queryAs(TextField.class);
        double width = onFx(port::getWidth);
        assertEquals(AddressesViewModel.ADDRESS_HINT, text(robot, "#addressHint"));
        assertTrue(shown(robot, "#addressHint"));
        assertEquals(AddressesViewModel.PORT_HINT, text(robot, "#portHint"));

        typeInto(robot, "#addressField", "2001:db8:85a3:0:0:8a2e:370:7334:1:2:3");
        assertTrue(shown(robot, "#addressError"));
        assertTrue(text(robot, "#addressError").length() > 40, text(robot, "#addressError"));
        assertFalse(shown(robot, "#addressHint"), "the message takes the hint's place");
        assertEquals(width, onFx(port::getWidth), "the port field keeps its width");
        assertTrue(onFx(() -> port.getWidth() >= port.prefWidth(-1)), "and is as wide as it wants to be");
        assertEquals("80", onFx(port::getText));
    }
}
