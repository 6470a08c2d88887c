package socketlab.ui.dns;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import socketlab.dns.DnsRecord;
import socketlab.dns.Family;
import socketlab.ui.FieldMessage;
import socketlab.ui.Segmented;
import socketlab.ui.Sizes;
import socketlab.ui.StackedColumns;
import socketlab.ui.ValidatedField;
import socketlab.ui.Views;
import socketlab.ui.WrappingChoice;

/** The DNS pane's view: binds the question form, the three commands and the results to the model. */
public final class DnsController {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final PseudoClass ANSWERED = PseudoClass.getPseudoClass("answered");
    private static final double TRACE_SHARE = 0.72;
    /**
     * The form's 25 em, the gap and a results column of 26 em (a record's name, type and address on one line):
     * narrower, the results go under the form instead of into a sliver beside it.
     */
    private static final double STACK_BELOW_EM = 52;

    private final DnsViewModel vm;

    @FXML
    private StackedColumns pane;
    @FXML
    private ScrollPane formScroll;
    @FXML
    private TextField nameField;
    @FXML
    private Label nameError;
    @FXML
    private Label nameHint;
    @FXML
    private ComboBox<TypeChoice> typeChoice;
    @FXML
    private Label typeSummary;
    @FXML
    private Label familyLabel;
    @FXML
    private HBox familyButtons;
    @FXML
    private Label familySummary;
    @FXML
    private TextField serverField;
    @FXML
    private Label serverError;
    @FXML
    private Label serverHint;
    @FXML
    private Button lookupButton;
    @FXML
    private Button reverseButton;
    @FXML
    private TextField rootsField;
    @FXML
    private Label rootsError;
    @FXML
    private Label rootsHint;
    @FXML
    private Button traceButton;
    @FXML
    private Button captureLookupButton;
    @FXML
    private Button captureTraceButton;
    @FXML
    private Label activity;
    @FXML
    private Label errorLabel;
    @FXML
    private VBox placeholder;
    @FXML
    private VBox results;
    @FXML
    private Label questionLabel;
    @FXML
    private Label summaryLabel;
    @FXML
    private Label canonicalLabel;
    @FXML
    private Label addressesLabel;
    @FXML
    private Label notesLabel;
    @FXML
    private SplitPane resultSplit;
    @FXML
    private VBox traceSection;
    @FXML
    private VBox recordsSection;
    @FXML
    private FlowPane pathBox;
    @FXML
    private ListView<socketlab.dns.TraceStep> stepList;
    @FXML
    private Label recordsTitle;
    @FXML
    private TableView<DnsRecord> recordTable;
    @FXML
    private TableColumn<DnsRecord, String> nameColumn;
    @FXML
    private TableColumn<DnsRecord, String> ttlColumn;
    @FXML
    private TableColumn<DnsRecord, String> classColumn;
    @FXML
    private TableColumn<DnsRecord, String> typeColumn;
    @FXML
    private TableColumn<DnsRecord, String> dataColumn;

    public DnsController(DnsViewModel vm) {
        this.vm = vm;
    }

    /** Loads the pane for {@code vm}. */
    public static Parent view(DnsViewModel vm) {
        return Views.load(DnsController.class, "DnsPane.fxml", new DnsController(vm)).root();
    }

    @FXML
    private void initialize() {
        // Stacked, the form shows whole (the window scrolls down to the results) rather than in a strip of its own:
        // its scroller is as tall as the form laid out at its width.
        BooleanBinding stacked = pane.stackBelow(STACK_BELOW_EM, familyLabel);
        Region form = (Region) formScroll.getContent();
        Runnable fitForm = () -> {
            double h = stacked.get() ? form.getHeight() + formScroll.snappedTopInset()
                    + formScroll.snappedBottomInset() : Region.USE_COMPUTED_SIZE;
            formScroll.setMinHeight(h);
            formScroll.setPrefHeight(h);
        };
        stacked.subscribe(fitForm);
        form.heightProperty().subscribe(fitForm);
        field(nameField, nameError, vm.name(), nameHint, vm.nameHintProperty());

        typeChoice.getItems().setAll(vm.types());
        WrappingChoice.show(typeChoice, TypeChoice::label);
        typeChoice.valueProperty().bindBidirectional(vm.typeProperty());
        typeSummary.textProperty().bind(vm.typeProperty().map(TypeChoice::summary));

        Segmented.bind(familyButtons, List.of(Family.values()), f -> switch (f) {
            case ANY -> "any";
            case IPV4 -> "IPv4";
            case IPV6 -> "IPv6";
        }, "family", vm.familyProperty());
        familyButtons.disableProperty().bind(vm.familyEnabledProperty().not());
        familyLabel.disableProperty().bind(vm.familyEnabledProperty().not());
        familySummary.textProperty().bind(Bindings.createStringBinding(() -> vm.familyEnabledProperty().get()
                ? "getaddrinfo with " + vm.familyProperty().get().constant()
                : "applies to address lookups", vm.familyProperty(), vm.familyEnabledProperty()));

        field(serverField, serverError, vm.server(), serverHint, null);
        field(rootsField, rootsError, vm.roots(), rootsHint, vm.rootsHintProperty());

        lookupButton.disableProperty().bind(vm.canLookupProperty().not());
        reverseButton.disableProperty().bind(vm.canReverseProperty().not());
        traceButton.disableProperty().bind(vm.canTraceProperty().not());
        lookupButton.setTooltip(new Tooltip("Find the name's addresses, or its records of the chosen type"));
        reverseButton.setTooltip(new Tooltip("Find the name of the IP address in the Name field (its PTR record)"));
        traceButton.setTooltip(new Tooltip("Follow the referrals from a root server down to the name"));
        captureLookupButton.disableProperty().bind(vm.canLookupProperty().not());
        captureTraceButton.disableProperty().bind(vm.canTraceProperty().not());
        for (Button b : List.of(captureLookupButton, captureTraceButton)) {
            b.visibleProperty().bind(vm.canCaptureProperty());
            b.managedProperty().bind(vm.canCaptureProperty());
        }
        captureLookupButton.setTooltip(new Tooltip("Opens the Capture pane already capturing DNS (udp and tcp port"
                + " 53, or the server's port) on the interface toward the server, then runs the lookup (Reverse for"
                + " an address): its query and answer show there"));
        captureTraceButton.setTooltip(new Tooltip("Opens the Capture pane already capturing DNS on the roots' port,"
                + " then runs the trace: every query and every referral shows there"));

        hint(activity, vm.activityProperty());
        hint(errorLabel, vm.errorProperty());

        placeholder.visibleProperty().bind(vm.askedProperty().not());
        results.visibleProperty().bind(vm.askedProperty());
        questionLabel.textProperty().bind(vm.questionProperty());
        summaryLabel.textProperty().bind(vm.summaryProperty());
        vm.answeredProperty().subscribe(a -> summaryLabel.pseudoClassStateChanged(ANSWERED, a));
        hint(canonicalLabel, vm.canonicalProperty());
        hint(addressesLabel, vm.addressesProperty());
        hint(notesLabel, vm.notesProperty());
        recordsTitle.textProperty().bind(vm.recordsTitleProperty());

        vm.tracingProperty().subscribe(t -> {
            resultSplit.getItems().setAll(t ? List.of(traceSection, recordsSection) : List.of(recordsSection));
            if (t) {
                // The steps are the point of a trace; its answer needs a few rows.
                resultSplit.setDividerPositions(TRACE_SHARE);
            }
        });
        stepList.setItems(vm.steps());
        stepList.setCellFactory(list -> new TraceStepCell());
        stepList.setPlaceholder(new Label("asking the first root server…"));
        vm.path().addListener((ListChangeListener<String>) c -> showPath());
        setUpTable();
    }

    private void setUpTable() {
        recordTable.setItems(vm.records());
        recordTable.setPlaceholder(new Label("No records."));
        recordTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        ttlColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().ttlText()));
        classColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().clazz()));
        typeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().type()));
        dataColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().data()));
        dataColumn.setCellFactory(c -> new DataCell());
        for (TableColumn<DnsRecord, String> col : List.of(nameColumn, ttlColumn, classColumn, typeColumn,
                dataColumn)) {
            col.setReorderable(false);
            col.getStyleClass().add("record-column");
        }
        ttlColumn.getStyleClass().add("number-column");
        // Widths in em, so that the columns grow with the text size.
        width(nameColumn, 15);
        width(ttlColumn, 5.5);
        width(classColumn, 3.8);
        width(typeColumn, 4.8);
        width(dataColumn, 16);
    }

    private void width(TableColumn<?, ?> column, double em) {
        Sizes.widthInEm(column, em, recordsTitle);
    }

    /** The hierarchy as chips: . → lab. → example.lab. → web.example.lab. */
    private void showPath() {
        pathBox.getChildren().clear();
        List<String> path = vm.path();
        for (int i = 0; i < path.size(); i++) {
            if (i > 0) {
                Label arrow = new Label("→");
                arrow.getStyleClass().add("dns-path-arrow");
                pathBox.getChildren().add(arrow);
            }
            Label zone = new Label(path.get(i));
            zone.getStyleClass().add(i == path.size() - 1 && vm.answeredProperty().get() ? "dns-path-name"
                    : "dns-path-zone");
            pathBox.getChildren().add(zone);
        }
    }

    /** Binds a text field to its validated value; the message shows under it while the text is not acceptable. */
    private static void field(TextField input, Label error, ValidatedField<?> value, Label hint,
            ObservableStringValue hintText) {
        input.textProperty().bindBidirectional(value.textProperty());
        BooleanBinding shown = FieldMessage.bind(error, value.errorProperty(), hint, hintText);
        shown.subscribe(invalid -> input.pseudoClassStateChanged(INVALID, invalid));
    }

    /** Shows {@code label} with {@code text} only while the text is not empty. */
    private static BooleanBinding hint(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        BooleanBinding shown = Bindings.createBooleanBinding(() -> !text.get().isEmpty(), text);
        label.visibleProperty().bind(shown);
        label.managedProperty().bind(shown);
        return shown;
    }

    @FXML
    private void lookup() {
        vm.lookup();
    }

    @FXML
    private void reverse() {
        vm.reverse();
    }

    @FXML
    private void trace() {
        vm.trace();
    }

    @FXML
    private void captureLookup() {
        vm.captureLookup();
    }

    @FXML
    private void captureTrace() {
        vm.captureTrace();
    }

    /** A record's data, with the whole text as a tooltip for long data such as an SOA record. */
    private static final class DataCell extends TableCell<DnsRecord, String> {
        private final Tooltip tip = new Tooltip();

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            tip.setText(item);
            setTooltip(empty || item == null ? null : tip);
        }
    }
}
