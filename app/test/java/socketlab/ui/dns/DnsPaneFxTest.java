package socketlab.ui.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static socketlab.ui.FxQuery.onFx;
import static socketlab.ui.FxQuery.waitUntil;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import socketlab.dns.DnsHierarchy;
import socketlab.dns.DnsHierarchyExtension;
import socketlab.dns.DnsRecord;
import socketlab.dns.TraceStep;
import socketlab.ui.LabWindowFixture;

/** The DNS pane driven with the mouse and keyboard robot, against the real NSD hierarchy on loopback. */
@ExtendWith(DnsHierarchyExtension.class)
class DnsPaneFxTest extends LabWindowFixture {
    DnsPaneFxTest() {
        // The headless screen is smaller than a laptop's; test at the window's designed size.
        super(1280, 800);
    }

    @Test
    void lookupAgainstAChosenServerFillsTheTable(FxRobot robot, DnsHierarchy dns) throws Exception {
        robot.clickOn("#nav-dns");
        typeInto(robot, "#nameField", "www.example.lab");
        typeInto(robot, "#serverField", dns.domain().endpoint());
        robot.clickOn("#lookupButton");

        TableView<DnsRecord> table = robot.lookup("#recordTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 3);
        assertEquals(List.of("CNAME", "A", "AAAA"), onFx(() -> table.getItems().stream().map(DnsRecord::type)
                .toList()));
        assertEquals("web.example.lab.", onFx(() -> table.getItems().get(1).name()));
        assertEquals("600", onFx(() -> table.getItems().getFirst().ttlText()));
        String summary = onFx(() -> robot.lookup("#summaryLabel").queryAs(Label.class).getText());
        assertTrue(summary.startsWith("3 records  ·  "), summary);
        assertTrue(summary.endsWith("answered by " + dns.domain()), summary);
        assertEquals("canonical name: web.example.lab.",
                onFx(() -> robot.lookup("#canonicalLabel").queryAs(Label.class).getText()));
        assertFalse(onFx(() -> robot.lookup("#errorLabel").queryAs(Label.class).isVisible()));
        assertTrue(onFx(() -> robot.lookup("#stepList").tryQuery().isEmpty()), "no trace for a lookup");
        assertTrue(errors.reports().isEmpty(), errors.reports().toString());
    }

    @Test
    void reverseOfAnAddressAndOfOneWithoutAName(FxRobot robot, DnsHierarchy dns) throws Exception {
        robot.clickOn("#nav-dns");
        typeInto(robot, "#serverField", dns.domain().endpoint());
        typeInto(robot, "#nameField", "web.example.lab");
        assertTrue(onFx(() -> robot.lookup("#reverseButton").queryAs(Button.class).isDisabled()),
                "a name has no reverse lookup");
        typeInto(robot, "#nameField", "127.53.0.10");
        robot.clickOn("#reverseButton");
        TableView<DnsRecord> table = robot.lookup("#recordTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 1 && table.getItems().getFirst().type().equals("PTR"));
        assertEquals("web.example.lab.", onFx(() -> table.getItems().getFirst().data()));

        typeInto(robot, "#nameField", "127.53.0.99");
        robot.clickOn("#reverseButton");
        Label error = robot.lookup("#errorLabel").queryAs(Label.class);
        waitUntil(error::isVisible);
        assertEquals("no name for this address: DNS has no PTR record for 127.53.0.99 (at"
                + " 99.0.53.127.in-addr.arpa., NXDOMAIN)", onFx(error::getText));
        assertEquals(1, onFx(() -> robot.listWindows().size()), "no dialog opened");
    }

    @Test
    void traceFromTheLocalRootShowsTheHierarchyStepByStep(FxRobot robot, DnsHierarchy dns) throws Exception {
        robot.clickOn("#nav-dns");
        typeInto(robot, "#nameField", "web.example.lab");
        typeInto(robot, "#rootsField", dns.root().endpoint());
        assertEquals("every server of the trace is asked on port " + dns.port() + ": referrals give addresses"
                + " only", onFx(() -> robot.lookup("#rootsHint").queryAs(Label.class).getText()));
        robot.clickOn("#traceButton");

        ListView<TraceStep> steps = robot.lookup("#stepList").queryListView();
        FlowPane path = robot.lookup("#pathBox").queryAs(FlowPane.class);
        waitUntil(() -> !path.getChildren().isEmpty());
        assertEquals(List.of(TraceStep.Kind.REFERRAL, TraceStep.Kind.REFERRAL, TraceStep.Kind.ANSWER),
                onFx(() -> steps.getItems().stream().map(TraceStep::kind).toList()));
        assertEquals(List.of(".", "→", "lab.", "→", "example.lab.", "→", "web.example.lab."),
                onFx(() -> path.getChildren().stream().map(n -> ((Label) n).getText()).toList()));
        assertTrue(onFx(() -> robot.lookup("#traceSection").query().isVisible()));
        assertTrue(shownSummaries(robot).contains("referral to lab.: ask ns1.lab. (127.53.0.2)"),
                shownSummaries(robot).toString());
        onFx(() -> {
            steps.scrollTo(2);
            return null;
        });
        waitUntil(() -> shownSummaries(robot).contains("answer: web.example.lab. A 127.53.0.10"));
        TableView<DnsRecord> table = robot.lookup("#recordTable").queryTableView();
        assertEquals(List.of("127.53.0.10"), onFx(() -> table.getItems().stream().map(DnsRecord::data).toList()));
        assertTrue(errors.reports().isEmpty(), errors.reports().toString());
    }

    @Test
    void invalidInputIsExplainedNextToItsFieldAndDisablesTheButtons(FxRobot robot) {
        robot.clickOn("#nav-dns");
        TextField name = robot.lookup("#nameField").queryAs(TextField.class);
        Label nameError = robot.lookup("#nameError").queryAs(Label.class);
        assertSame(onFx(name::getParent), onFx(() -> nameError.getParent().getParent()),
                "the message sits under its field, in the slot it shares with the hint");

        typeInto(robot, "#nameField", "500.304.259.1");
        assertEquals("500, 304 and 259 are greater than 255 and do not fit in one byte", onFx(nameError::getText));
        assertTrue(onFx(nameError::isVisible));
        for (String button : List.of("#lookupButton", "#reverseButton", "#traceButton")) {
            assertTrue(onFx(() -> robot.lookup(button).queryAs(Button.class).isDisabled()), button);
        }
        typeInto(robot, "#nameField", "web.stanford.edu");
        assertFalse(onFx(nameError::isVisible));

        typeInto(robot, "#serverField", "dns.google");
        Label serverError = robot.lookup("#serverError").queryAs(Label.class);
        assertTrue(onFx(serverError::getText).startsWith("the server must be an IP address"));
        assertTrue(onFx(() -> robot.lookup("#lookupButton").queryAs(Button.class).isDisabled()));
        typeInto(robot, "#serverField", "");
        assertFalse(onFx(() -> robot.lookup("#lookupButton").queryAs(Button.class).isDisabled()),
                "empty means the system resolver");
        Node familyAny = robot.lookup("#family-any").query();
        robot.clickOn("#typeChoice").clickOn("MX");
        assertTrue(onFx(familyAny::isDisabled), "the family applies to address lookups only");
    }

    @Test
    void captureThisLookupOpensTheCapturePaneOnLoopbackAndShowsTheQueryAndTheAnswer(FxRobot robot,
            DnsHierarchy dns) throws Exception {
        robot.clickOn("#nav-dns");
        typeInto(robot, "#nameField", "www.example.lab");
        typeInto(robot, "#serverField", dns.domain().endpoint());
        robot.clickOn("#captureLookupButton");

        waitUntil(() -> robot.lookup("#nav-capture").queryAs(ToggleButton.class).isSelected());
        assertEquals("udp port " + dns.port() + " or tcp port " + dns.port(),
                onFx(() -> robot.lookup("#filterField").queryAs(TextField.class).getText()));
        waitUntil(() -> robot.lookup("#captureStopButton").tryQuery().isPresent()
                && !robot.lookup("#captureStopButton").queryAs(Button.class).isDisabled());
        String server = dns.domain().address().getHostAddress();
        TableView<?> packets = robot.lookup("#packetTable").queryAs(TableView.class);
        // The query to the server and its answer, captured because the capture ran before the lookup.
        try {
            waitUntil(() -> rows(packets).stream().anyMatch(r -> r.get(1).equals(server))
                    && rows(packets).stream().anyMatch(r -> r.get(0).equals(server)));
        } catch (java.util.concurrent.TimeoutException e) {
            org.junit.jupiter.api.Assertions.fail("no query and answer among " + onFx(() -> rows(packets)));
        }
        // Decoded as Wireshark shows them: the A question to the server, and its answer under the same ID with the
        // alias followed to the address (over UDP, as a resolver asks first).
        java.util.regex.Pattern question = java.util.regex.Pattern.compile(
                "Standard query (0x[0-9a-f]{4}) A www\\.example\\.lab( OPT)?");
        try {
            waitUntil(() -> rows(packets).stream().anyMatch(q -> q.get(1).equals(server)
                    && question.matcher(q.get(3)).matches() && rows(packets).stream().anyMatch(r -> r.get(0)
                    .equals(server) && r.get(3).startsWith(answerTo(question, q.get(3))))));
        } catch (java.util.concurrent.TimeoutException e) {
            org.junit.jupiter.api.Assertions.fail("no decoded A query and answer among " + onFx(() -> rows(packets)));
        }
        List<List<String>> rows = onFx(() -> rows(packets));
        assertTrue(rows.stream().filter(r -> r.get(0).equals(server) || r.get(1).equals(server))
                .allMatch(r -> r.get(2).equals("DNS") && r.get(3).startsWith("Standard query ")), rows.toString());
        String source = onFx(() -> robot.lookup("#sourceLabel").queryAs(Label.class).getText());
        assertTrue(source.startsWith("Live capture on lo (loopback), filter udp port "), source);

        robot.clickOn("#nav-dns");
        TableView<DnsRecord> table = robot.lookup("#recordTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 3);
        assertTrue(errors.reports().isEmpty(), errors.reports().toString());
    }

    @Test
    void captureThisTraceShowsAQueryToEachServerOfTheHierarchy(FxRobot robot, DnsHierarchy dns) throws Exception {
        robot.clickOn("#nav-dns");
        typeInto(robot, "#nameField", "web.example.lab");
        typeInto(robot, "#rootsField", dns.root().endpoint());
        robot.clickOn("#captureTraceButton");

        waitUntil(() -> robot.lookup("#nav-capture").queryAs(ToggleButton.class).isSelected());
        TableView<?> packets = robot.lookup("#packetTable").queryAs(TableView.class);
        List<String> servers = List.of(dns.root(), dns.tld(), dns.domain()).stream()
                .map(d -> d.address().getHostAddress()).toList();
        // Each step of the walk: the root's referral, lab.'s referral and the answer, asked and answered.
        waitUntil(() -> servers.stream().allMatch(a -> rows(packets).stream().anyMatch(r -> r.get(1).equals(a))
                && rows(packets).stream().anyMatch(r -> r.get(0).equals(a))));
        robot.clickOn("#nav-dns");
        ListView<TraceStep> steps = robot.lookup("#stepList").queryListView();
        waitUntil(() -> steps.getItems().size() == 3);
        assertTrue(errors.reports().isEmpty(), errors.reports().toString());
    }

    /** The start of the Info line of the response to that query line: its ID, its question, then the records. */
    private static String answerTo(java.util.regex.Pattern question, String query) {
        java.util.regex.Matcher m = question.matcher(query);
        return m.matches() ? "Standard query response " + m.group(1)
                + " A www.example.lab CNAME web.example.lab A 127.53.0.10" : "\0";
    }

    /** Each packet row drawn, as its source, destination, protocol and info cells show it; JavaFX thread. */
    private static List<List<String>> rows(TableView<?> packets) {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (Node row : packets.lookupAll(".table-row-cell")) {
            if (!(row instanceof TableRow<?> r) || r.isEmpty()) {
                continue;
            }
            String[] texts = new String[4];
            for (Node n : r.getChildrenUnmodifiable()) {
                if (n instanceof TableCell<?, ?> cell && cell.getTableColumn() != null) {
                    switch (String.valueOf(cell.getTableColumn().getId())) {
                        case "sourceColumn" -> texts[0] = cell.getText();
                        case "destinationColumn" -> texts[1] = cell.getText();
                        case "protocolColumn" -> texts[2] = cell.getText();
                        case "infoColumn" -> texts[3] = cell.getText();
                        default -> { }
                    }
                }
            }
            rows.add(java.util.Arrays.asList(texts));
        }
        return rows;
    }

    /** The step summaries the list has drawn. */
    private static List<String> shownSummaries(FxRobot robot) {
        return onFx(() -> robot.lookup("#stepList .step-summary").queryAll().stream()
                .filter(Node::isVisible).map(n -> ((Label) n).getText()).toList());
    }

    private static void typeInto(FxRobot robot, String query, String text) {
        robot.clickOn(query).push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE);
        if (!text.isEmpty()) {
            robot.write(text);
        }
    }
}
