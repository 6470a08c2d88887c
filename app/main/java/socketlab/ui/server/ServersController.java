package socketlab.ui.server;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import socketlab.server.Mode;
import socketlab.server.ServerKind;
import socketlab.server.ThreadKind;
import socketlab.ui.Breakpoint;
import socketlab.ui.FieldMessage;
import socketlab.ui.Segmented;
import socketlab.ui.SideColumn;
import socketlab.ui.Sizes;
import socketlab.ui.ValidatedField;
import socketlab.ui.Views;
import socketlab.ui.WrappingChoice;

/** The Servers pane's view: binds the form, the start button and the list of running servers to the model. */
public final class ServersController {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    /**
     * Below this width (em) the form and a running server do not both fit: the form folds away by itself while a
     * server runs, so that the server's address and its Stop and Capture buttons keep their room.
     */
    private static final double BOTH_FIT_EM = 60;
    /**
     * Below this width (em) the column beside the form is too narrow for the "no server yet" text to read as more
     * than a word a line: the text then goes under the form, where it has the form's width.
     */
    private static final double PLACEHOLDER_BESIDE_EM = 50;

    private final ServersViewModel vm;

    @FXML
    private HBox pane;
    @FXML
    private VBox side;
    @FXML
    private VBox sideBar;
    @FXML
    private Button hideSideButton;
    @FXML
    private Button showSideButton;
    @FXML
    private Node detail;
    @FXML
    private VBox sidePlaceholder;
    @FXML
    private FlowPane kindButtons;
    @FXML
    private Label kindSummary;
    @FXML
    private ComboBox<Mode> modeChoice;
    @FXML
    private Label modeSummary;
    @FXML
    private Label permitsLabel;
    @FXML
    private TextField permitsField;
    @FXML
    private Label permitsError;
    @FXML
    private Label permitsHint;
    @FXML
    private Label threadsHint;
    @FXML
    private Label backlogHint;
    @FXML
    private Label idleHint;
    @FXML
    private Label uppercaseHint;
    @FXML
    private TextField maxHandlersField;
    @FXML
    private Label threadsLabel;
    @FXML
    private FlowPane threadButtons;
    @FXML
    private ComboBox<String> bindChoice;
    @FXML
    private Label bindError;
    @FXML
    private Label bindNote;
    @FXML
    private Label bindWarning;
    @FXML
    private TextField portField;
    @FXML
    private Label portError;
    @FXML
    private Label portHint;
    @FXML
    private TextField backlogField;
    @FXML
    private Label backlogError;
    @FXML
    private TextField idleField;
    @FXML
    private Label idleError;
    @FXML
    private CheckBox uppercaseCheck;
    @FXML
    private Button startButton;
    @FXML
    private Label startingLabel;
    @FXML
    private Label startError;
    @FXML
    private ListView<RunningServerViewModel> serverList;
    @FXML
    private ServerDetailController detailController;

    public ServersController(ServersViewModel vm) {
        this.vm = vm;
    }

    /** Loads the pane for {@code vm}. */
    public static Parent view(ServersViewModel vm) {
        return Views.load(ServersController.class, "ServersPane.fxml", new ServersController(vm)).root();
    }

    @FXML
    private void initialize() {
        ServerFormViewModel form = vm.form();
        HBox.setHgrow(detail, Priority.ALWAYS);
        hideSideButton.setTooltip(new Tooltip("Hide the form and the server list: more room for the server"));
        showSideButton.setTooltip(new Tooltip("Show the new-server form and the list of running servers"));

        Segmented.bind(kindButtons, List.of(ServerKind.values()), ServerKind::id, "kind", form.kindProperty());
        kindSummary.textProperty().bind(form.kindProperty().map(ServerKind::summary));

        modeChoice.getItems().setAll(Mode.values());
        WrappingChoice.show(modeChoice, ServerFormViewModel::modeLabel);
        modeChoice.valueProperty().bindBidirectional(form.modeProperty());
        modeSummary.textProperty().bind(form.modeProperty().map(ServerFormViewModel::modeHint));

        // One row, two limits: a semaphore's permits, or the threaded server's cap on clients at once. One error
        // and one hint line serve both: each field's error shows only while its mode uses it.
        field(permitsField, permitsError, form.permits(), form.permitsEnabledProperty(), permitsHint,
                form.permitsHintProperty(), form.maxHandlers(), form.maxHandlersEnabledProperty(), maxHandlersField);
        permitsField.visibleProperty().bind(form.maxHandlersEnabledProperty().not());
        permitsField.managedProperty().bind(permitsField.visibleProperty());
        maxHandlersField.visibleProperty().bind(form.maxHandlersEnabledProperty());
        maxHandlersField.managedProperty().bind(maxHandlersField.visibleProperty());
        maxHandlersField.textProperty().bindBidirectional(form.maxHandlers().textProperty());
        maxHandlersField.disableProperty().bind(form.maxHandlersEnabledProperty().not());
        permitsLabel.textProperty().bind(form.maxHandlersEnabledProperty().map(t -> t ? "At most" : "Permits"));
        permitsLabel.disableProperty().bind(form.permitsEnabledProperty().or(form.maxHandlersEnabledProperty())
                .not());

        Segmented.bind(threadButtons, List.of(ThreadKind.values()), ThreadKind::id, "threads",
                form.threadsProperty());
        threadButtons.disableProperty().bind(form.threadsEnabledProperty().not());
        threadsLabel.disableProperty().bind(form.threadsEnabledProperty().not());
        threadsHint.textProperty().bind(form.threadsHintProperty());

        bindChoice.getItems().setAll(BindChoice.CHOICES.stream().map(BindChoice::address).toList());
        bindChoice.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item + "   " + BindChoice.CHOICES.stream()
                        .filter(c -> c.address().equals(item)).findFirst().map(BindChoice::description)
                        .orElse(""));
            }
        });
        bindChoice.getEditor().textProperty().bindBidirectional(form.bind().textProperty());
        field(bindChoice, bindError, form.bind(), null, bindNote, form.bindNoteProperty());
        FieldMessage.warn(bindError, bindNote, bindWarning, form.bindWarningProperty(), BindChoice.NOT_LOOPBACK);
        bindChoice.setTooltip(new Tooltip("The address bind() gives the listening socket: 127.0.0.1 or ::1 = this"
                + " machine only; 0.0.0.0 or :: = every interface"));

        field(portField, portError, form.port(), null, portHint, form.portHintProperty());
        field(backlogField, backlogError, form.backlog(), null, backlogHint,
                new SimpleStringProperty(ServerFormViewModel.BACKLOG_HINT));
        field(idleField, idleError, form.idleSeconds(), null, idleHint,
                new SimpleStringProperty(ServerFormViewModel.IDLE_HINT));

        uppercaseCheck.selectedProperty().bindBidirectional(form.uppercaseProperty());
        uppercaseCheck.disableProperty().bind(form.uppercaseEnabledProperty().not());
        uppercaseHint.textProperty().bind(form.uppercaseHintProperty());

        startButton.disableProperty().bind(vm.canStartProperty().not());
        startingLabel.visibleProperty().bind(vm.startingProperty());
        startingLabel.managedProperty().bind(vm.startingProperty());
        startError.textProperty().bind(vm.startErrorProperty());
        Sizes.showWhenSet(startError, vm.startErrorProperty(), null);

        serverList.setItems(vm.servers());
        serverList.setCellFactory(list -> new ServerCell());
        serverList.getSelectionModel().selectedItemProperty().subscribe(s -> {
            if (s != null) {
                vm.select(s);
            }
        });
        vm.selectedProperty().subscribe(s -> {
            if (s == null) {
                serverList.getSelectionModel().clearSelection();
            } else {
                serverList.getSelectionModel().select(s);
            }
        });
        detailController.bind(vm);

        SideColumn.foldWhenNarrow(pane, side, sideBar, BOTH_FIT_EM, permitsLabel, Bindings.isNotEmpty(vm.servers()));
        BooleanBinding placeholderUnder = Breakpoint.narrowerThan(pane, PLACEHOLDER_BESIDE_EM, permitsLabel);
        // Kept by the pane: a binding only its own listeners refer to would be collected and stop updating.
        pane.getProperties().put("placeholderUnderForm", placeholderUnder);
        placeholderUnder.subscribe(detailController::placeholderElsewhere);
        // Two copies with one text rather than one node moved: the width that decides changes during layout, when
        // the scene graph must not be rearranged.
        List<Label> texts = detailController.placeholderLabels();
        for (int i = 0; i < texts.size(); i++) {
            ((Label) sidePlaceholder.getChildren().get(i)).textProperty().bind(texts.get(i).textProperty());
        }
        BooleanBinding sideShown = placeholderUnder.and(vm.selectedProperty().isNull());
        sidePlaceholder.visibleProperty().bind(sideShown);
        sidePlaceholder.managedProperty().bind(sideShown);
    }

    /**
     * Binds a text field to its validated value; under it, in one slot that keeps its room, the message while the
     * text is not acceptable and the hint otherwise.
     */
    private static void field(Node input, Label error, ValidatedField<?> value, ObservableBooleanValue enabled,
            Label hint, ObservableStringValue hintText) {
        if (input instanceof TextField t) {
            t.textProperty().bindBidirectional(value.textProperty());
            if (enabled != null) {
                t.disableProperty().bind(Bindings.not(enabled));
            }
        }
        var errorText = enabled == null ? value.errorProperty() : FieldMessage.whileEnabled(value.errorProperty(),
                enabled);
        BooleanBinding shown = FieldMessage.bind(error, errorText, hint, hintText);
        shown.subscribe(invalid -> input.pseudoClassStateChanged(INVALID, invalid));
    }

    /**
     * A row that holds one of two fields, whichever the mode uses: one error line shows the error of the field in
     * use, and the hint line says what the row means in this mode.
     */
    private static void field(TextField input, Label error, ValidatedField<?> value, ObservableBooleanValue enabled,
            Label hint, ObservableStringValue hintText, ValidatedField<?> other, ObservableBooleanValue otherEnabled,
            TextField otherInput) {
        input.textProperty().bindBidirectional(value.textProperty());
        input.disableProperty().bind(Bindings.not(enabled));
        ObservableStringValue mine = FieldMessage.whileEnabled(value.errorProperty(), enabled);
        ObservableStringValue theirs = FieldMessage.whileEnabled(other.errorProperty(), otherEnabled);
        var errorText = Bindings.createStringBinding(() -> mine.get().isEmpty() ? theirs.get() : mine.get(), mine,
                theirs);
        FieldMessage.bind(error, errorText, hint, hintText);
        mine.subscribe(e -> input.pseudoClassStateChanged(INVALID, !e.isEmpty()));
        theirs.subscribe(e -> otherInput.pseudoClassStateChanged(INVALID, !e.isEmpty()));
    }

    @FXML
    private void start() {
        vm.start();
    }

    @FXML
    private void hideSide() {
        showSide(false);
        showSideButton.requestFocus();
    }

    @FXML
    private void showSide() {
        showSide(true);
        hideSideButton.requestFocus();
    }

    /** The side column can give way to the selected server, e.g. on a projector at a large text size. */
    private void showSide(boolean shown) {
        SideColumn.show(shown, pane, side, sideBar);
    }

    /** A running server in the list: its title and its status. */
    private static final class ServerCell extends ListCell<RunningServerViewModel> {
        private final Label status = new Label();
        private final Label title = new Label();
        private final HBox box = new HBox(status, title);
        private Subscription statusBinding = Subscription.EMPTY;

        ServerCell() {
            title.getStyleClass().add("server-cell-title");
            title.setWrapText(true);
            status.setMinWidth(Region.USE_PREF_SIZE);
            // A cell that prefers no width takes the list's width, so a long title wraps instead of scrolling.
            setPrefWidth(0);
            status.getStyleClass().add("server-cell-status");
            box.getStyleClass().add("server-cell");
        }

        @Override
        protected void updateItem(RunningServerViewModel item, boolean empty) {
            super.updateItem(item, empty);
            statusBinding.unsubscribe();
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            title.setText(item.title());
            statusBinding = item.statusProperty().subscribe(s -> {
                status.setText("running".equals(s) ? "●" : "● " + s);
                status.pseudoClassStateChanged(PseudoClass.getPseudoClass("stopping"), !"running".equals(s));
            });
            setGraphic(box);
        }
    }
}
