package socketlab.ui.address;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import socketlab.net.AddressAnatomy;
import socketlab.net.AddressClass;
import socketlab.net.DottedPart;
import socketlab.net.NetworkOrder;
import socketlab.net.OrderNote;
import socketlab.net.ShorteningStep;
import socketlab.net.SockaddrLayout;
import socketlab.ui.FieldMessage;
import socketlab.ui.ValidatedField;
import socketlab.ui.Views;

/** The Addresses pane's view: binds the fields to the model and draws the address, its steps and its layout. */
public final class AddressesController {
    private static final PseudoClass STACKED = PseudoClass.getPseudoClass("stacked");
    /** The least width of a code line's explanation beside its code, in em. */
    private static final double EXPLANATION_EM = 14;
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final PseudoClass IPV6 = PseudoClass.getPseudoClass("ipv6");

    private final AddressesViewModel vm;

    @FXML
    private TextField addressField;
    @FXML
    private Label addressError;
    @FXML
    private TextField portField;
    @FXML
    private Label portError;
    @FXML
    private Label addressHint;
    @FXML
    private Label portHint;
    @FXML
    private FlowPane examples;
    @FXML
    private VBox invalidCard;
    @FXML
    private Label invalidRule;
    @FXML
    private FlowPane partBoxes;
    @FXML
    private VBox bytesCard;
    @FXML
    private Label bytesTitle;
    @FXML
    private Label typedNote;
    @FXML
    private FlowPane byteBoxes;
    @FXML
    private ScrollPane resultsScroll;
    @FXML
    private GridPane numbers;
    @FXML
    private Label kindBadge;
    @FXML
    private Label kindExplanation;
    @FXML
    private HBox mappedRow;
    @FXML
    private Label mappedText;
    @FXML
    private Button mappedButton;
    @FXML
    private VBox stepsCard;
    @FXML
    private GridPane steps;
    @FXML
    private VBox layoutCard;
    @FXML
    private Label layoutTitle;
    @FXML
    private Label layoutHint;
    @FXML
    private FlowPane layoutFields;
    @FXML
    private Label layoutHex;
    @FXML
    private GridPane notes;

    public AddressesController(AddressesViewModel vm) {
        this.vm = vm;
    }

    /** Loads the pane for {@code vm}. */
    public static Parent view(AddressesViewModel vm) {
        return Views.load(AddressesController.class, "AddressesPane.fxml", new AddressesController(vm)).root();
    }

    @FXML
    private void initialize() {
        field(addressField, addressError, vm.address(), addressHint, AddressesViewModel.ADDRESS_HINT);
        field(portField, portError, vm.port(), portHint, AddressesViewModel.PORT_HINT);
        // The address takes the width there is; the port keeps its own, however long the address's message is:
        // the messages wrap at their field's width instead of asking for the width of their whole text.
        HBox.setHgrow(addressField.getParent(), Priority.ALWAYS);
        ((Region) portField.getParent()).setMinWidth(Region.USE_PREF_SIZE);
        for (Label message : List.of(addressError, portError)) {
            ((Region) message.getParent()).setPrefWidth(0);
            ((Region) message.getParent()).setMaxWidth(Double.MAX_VALUE);
        }
        for (int i = 0; i < AddressExample.ALL.size(); i++) {
            AddressExample e = AddressExample.ALL.get(i);
            Button b = new Button(e.label());
            b.setId("example-" + i);
            b.getStyleClass().add("example-button");
            b.setMnemonicParsing(false);
            b.setOnAction(event -> vm.show(e));
            examples.getChildren().add(b);
        }
        vm.anatomyProperty().subscribe(this::showAddress);
        vm.dottedPartsProperty().subscribe(this::showParts);
        vm.layoutProperty().subscribe(this::showLayout);
        invalidRule.textProperty().bind(vm.ruleProperty());
        layoutHint.textProperty().bind(vm.layoutHintProperty());
        layoutHint.textProperty().subscribe(t -> shown(layoutHint, !t.isEmpty()));
        for (GridPane grid : List.of(numbers, notes)) {
            Runnable fit = () -> stackCodeLines(grid);
            resultsScroll.viewportBoundsProperty().subscribe(fit);
            mappedText.fontProperty().subscribe(fit);
            grid.getChildren().subscribe(fit);
        }
    }

    /**
     * A code line's explanation beside the code while that leaves it {@link #EXPLANATION_EM} em, else under the
     * code: in a narrow pane at a large text size, the long code of the notes left the explanations a sliver (one
     * word a line) and pushed the cards wider than the pane.
     */
    private void stackCodeLines(GridPane grid) {
        List<Node> cells = grid.getChildren();
        double code = 0;
        for (int i = 0; i < cells.size(); i += 2) {
            code = Math.max(code, cells.get(i).prefWidth(-1));
        }
        // The room the viewport gives the grid, not the grid's width: a grid too wide would widen the cards with it.
        double room = resultsScroll.getViewportBounds().getWidth();
        for (Node n = grid; n != null && n != resultsScroll.getContent().getParent(); n = n.getParent()) {
            if (n instanceof Region r) {
                room -= r.snappedLeftInset() + r.snappedRightInset();
            }
        }
        boolean stack = room > 0 && room - code - grid.getHgap() < EXPLANATION_EM * mappedText.getFont().getSize();
        for (int i = 0; i + 1 < cells.size(); i += 2) {
            int row = i / 2;
            GridPane.setConstraints(cells.get(i), 0, stack ? 2 * row : row, stack ? 2 : 1, 1);
            GridPane.setConstraints(cells.get(i + 1), stack ? 0 : 1, stack ? 2 * row + 1 : row, stack ? 2 : 1, 1);
        }
        // Stacked, a code line longer than the card wraps at its spaces rather than widening the card.
        grid.getColumnConstraints().getFirst().setMinWidth(stack ? Region.USE_COMPUTED_SIZE : Region.USE_PREF_SIZE);
        grid.pseudoClassStateChanged(STACKED, stack);
    }

    /** Binds a text field to its validated value; the message shows under it while the text is not acceptable. */
    private static void field(TextField input, Label error, ValidatedField<?> value, Label hint, String hintText) {
        input.textProperty().bindBidirectional(value.textProperty());
        FieldMessage.bind(error, value.errorProperty(), hint, new SimpleStringProperty(hintText))
                .subscribe(invalid -> input.pseudoClassStateChanged(INVALID, invalid));
    }

    private void showAddress(AddressAnatomy a) {
        shown(invalidCard, a == null);
        shown(bytesCard, a != null);
        shown(stepsCard, a != null && a.version() == 6);
        shown(layoutCard, a != null);
        if (a == null) {
            return;
        }
        int size = a.bytes().length;
        bytesTitle.setText(a.withZone() + " — IPv" + a.version() + ", " + size + " bytes in network order"
                + " (most significant first)");
        String typed = a.typed().replaceAll("^\\[|]$", "");
        boolean differs = !typed.equals(a.withZone());
        typedNote.setText(!differs ? "" : typed.equalsIgnoreCase("localhost")
                ? "localhost is the name of " + a.canonical()
                : "You typed " + typed + "; RFC 5952 writes it " + a.withZone() + ".");
        shown(typedNote, differs);
        byteBoxes.getChildren().setAll(a.version() == 4 ? ByteBoxes.ipv4(a) : ByteBoxes.ipv6(a));
        byteBoxes.pseudoClassStateChanged(IPV6, a.version() == 6);

        numbers.getChildren().clear();
        if (a.version() == 4) {
            codeLine(numbers, 0, NetworkOrder.hexNumber(a.value(), 4) + " = " + a.value(),
                    "the address as one 32-bit number: what ntohl(sin_addr.s_addr) gives");
            codeLine(numbers, 1, NetworkOrder.hexNumber(a.valueReadLittleEndian(), 4) + " = "
                    + a.valueReadLittleEndian(), "s_addr read as a number on a little-endian host, without ntohl:"
                    + " the bytes backwards");
        }
        shown(numbers, a.version() == 4);

        AddressClass c = a.addressClass();
        kindBadge.setText(c.kind().label());
        kindExplanation.setText((c.block().isEmpty() ? "" : c.block() + ": ") + c.explanation());

        shown(mappedRow, !a.mapped().isEmpty());
        if (a.version() == 4) {
            mappedText.setText("As an IPv6 socket sees it, this address is the IPv4-mapped " + a.mapped());
        } else if (!a.mapped().isEmpty()) {
            mappedText.setText("This IPv4-mapped address stands for the IPv4 address " + a.mapped());
        }
        mappedButton.setText("Show " + (a.mapped().isEmpty() ? "" : a.mapped()));
        mappedButton.setTooltip(new Tooltip("Put " + a.mapped() + " in the address field"));

        steps.getChildren().clear();
        List<ShorteningStep> list = a.steps();
        for (int i = 0; i < list.size(); i++) {
            ShorteningStep s = list.get(i);
            Label number = ByteBoxes.label(String.valueOf(i + 1), "step-number");
            GridPane.setValignment(number, VPos.TOP);
            VBox body = new VBox(ByteBoxes.label(s.rule(), "step-rule"), ByteBoxes.label(s.text(), "step-text"),
                    wrapping(s.explanation(), "step-explanation"));
            body.getStyleClass().add("step-body");
            steps.addRow(i, number, body);
        }
    }

    private void showParts(List<DottedPart> parts) {
        partBoxes.getChildren().setAll(ByteBoxes.parts(parts));
        shown(partBoxes, !parts.isEmpty());
    }

    private void showLayout(SockaddrLayout l) {
        boolean shown = l != null;
        shown(layoutFields, shown);
        shown(layoutHex, shown);
        shown(notes, shown);
        AddressAnatomy a = vm.anatomyProperty().get();
        String struct = a != null && a.version() == 6 ? "sockaddr_in6" : "sockaddr_in";
        if (!shown) {
            layoutTitle.setText(struct);
            layoutFields.getChildren().clear();
            notes.getChildren().clear();
            return;
        }
        layoutTitle.setText("struct " + l.struct() + ": " + l.size() + " bytes in memory on a little-endian Linux"
                + " host");
        layoutFields.getChildren().setAll(LayoutStrip.fields(l));
        layoutHex.setText("in memory: " + l.hexByField());
        notes.getChildren().clear();
        List<OrderNote> list = l.notes();
        for (int i = 0; i < list.size(); i++) {
            codeLine(notes, i, list.get(i).code(), list.get(i).explanation());
        }
    }

    private static void codeLine(GridPane grid, int row, String code, String explanation) {
        Label c = ByteBoxes.label(code, "code");
        c.setWrapText(true);
        c.setMinWidth(Region.USE_COMPUTED_SIZE);
        c.setMinHeight(Region.USE_PREF_SIZE);
        GridPane.setValignment(c, VPos.TOP);
        grid.addRow(row, c, wrapping(explanation, "code-explanation"));
    }

    private static Label wrapping(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }

    private static void shown(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    @FXML
    private void showMapped() {
        vm.showMapped();
    }
}
