package socketlab.ui.client;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import socketlab.client.ClientMode;
import socketlab.ui.Breakpoint;
import socketlab.ui.FieldMessage;
import socketlab.ui.SideColumn;
import socketlab.ui.ValidatedField;
import socketlab.ui.Views;
import socketlab.ui.client.ClientSessionViewModel.Phase;

/** The Clients pane's view: binds the server form, the Connect button and the two tabs to the model. */
public final class ClientsController {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");


    /**
     * Below this width (em) the form and a client's transcript do not both fit: the form folds away while a client
     * or a burst is shown, and goes above the tabs otherwise.
     */
    private static final double BOTH_FIT_EM = 60;

    private final ClientsViewModel vm;

    @FXML
    private HBox pane;
    @FXML
    private GridPane columns;
    @FXML
    private ScrollPane formScroll;
    @FXML
    private VBox side;
    @FXML
    private VBox sideBar;
    @FXML
    private Button hideSideButton;
    @FXML
    private Button showSideButton;
    @FXML
    private MenuButton serverMenu;
    @FXML
    private Label serverMenuHint;
    @FXML
    private TextField hostField;
    @FXML
    private Label hostError;
    @FXML
    private Label hostHint;
    @FXML
    private TextField portField;
    @FXML
    private Label portError;
    @FXML
    private Label portHint;
    @FXML
    private TextField timeoutField;
    @FXML
    private Label timeoutError;
    @FXML
    private VBox modeChoices;
    @FXML
    private Label pathLabel;
    @FXML
    private TextField pathField;
    @FXML
    private Label pathError;
    @FXML
    private Label pathHint;
    @FXML
    private Label timeoutHint;
    @FXML
    private Button connectButton;
    @FXML
    private Label connectingLabel;
    @FXML
    private TabPane tabs;
    @FXML
    private Tab clientTab;
    @FXML
    private ClientSessionController sessionViewController;
    @FXML
    private BurstController burstViewController;

    public ClientsController(ClientsViewModel vm) {
        this.vm = vm;
    }

    /** Loads the pane for {@code vm}. */
    public static Parent view(ClientsViewModel vm) {
        return Views.load(ClientsController.class, "ClientsPane.fxml", new ClientsController(vm)).root();
    }

    @FXML
    private void initialize() {
        ClientFormViewModel form = vm.form();
        hideSideButton.setTooltip(new Tooltip("Hide the server form: more room for the client"));
        showSideButton.setTooltip(new Tooltip("Show the server form"));
        vm.serverChoices().subscribe(this::fillServerMenu);
        fillServerMenu();

        field(hostField, hostError, form.host(), null, hostHint, form.hostHintProperty());
        // An empty port is not an error yet: the hint says what to type, and Connect waits for it.
        field(portField, portError, form.port(), Bindings.createBooleanBinding(
                () -> !form.port().textProperty().get().isBlank(), form.port().textProperty()), portHint,
                form.portHintProperty());
        field(timeoutField, timeoutError, form.timeoutSeconds(), null, timeoutHint,
                new SimpleStringProperty(ClientFormViewModel.TIMEOUT_HINT));

        modeChoices(form);
        field(pathField, pathError, form.path(), form.pathEnabledProperty(), pathHint, form.pathHintProperty());
        pathField.disableProperty().bind(form.pathEnabledProperty().not());
        pathLabel.disableProperty().bind(form.pathEnabledProperty().not());

        connectButton.disableProperty().bind(vm.canConnectProperty().not());
        var connecting = vm.sessionProperty().flatMap(ClientSessionViewModel::phaseProperty)
                .map(p -> p == Phase.CONNECTING).orElse(false);
        connectingLabel.visibleProperty().bind(connecting);
        connectingLabel.managedProperty().bind(connecting);

        sessionViewController.bind(vm);
        burstViewController.bind(vm);
        // A client's transcript, or a burst's charts, need the width more than the form once they are there.
        SideColumn.foldWhenNarrow(pane, side, sideBar, BOTH_FIT_EM, connectingLabel, Bindings.createBooleanBinding(
                () -> vm.sessionProperty().get() != null || vm.burst().resultProperty().get() != null
                        || vm.burst().runningProperty().get(), vm.sessionProperty(), vm.burst().resultProperty(),
                vm.burst().runningProperty()));
        // Before that, or with the form brought back by hand, the form goes above the tabs instead of squeezing
        // them to a sliver, and shows all its fields: the pane scrolls as a whole.
        BooleanBinding stacked = Breakpoint.narrowerThan(pane, BOTH_FIT_EM, connectingLabel)
                .and(side.visibleProperty());
        Stacking.stackWhen(stacked, columns, side, tabs);
        Stacking.fullHeightWhen(stacked, formScroll);
    }

    /** One radio button per mode, each with what it is for, kept in step with the form. */
    private void modeChoices(ClientFormViewModel form) {
        ToggleGroup group = new ToggleGroup();
        for (ClientMode m : ClientMode.values()) {
            RadioButton b = new RadioButton(m.label());
            b.setId("mode-" + m.id());
            b.setUserData(m);
            b.setToggleGroup(group);
            b.setMnemonicParsing(false);
            b.getStyleClass().add("mode-choice");
            Label what = new Label(m.summary());
            what.getStyleClass().addAll("hint", "mode-hint");
            what.setWrapText(true);
            modeChoices.getChildren().addAll(b, what);
        }
        form.modeProperty().subscribe(m -> group.getToggles().stream().filter(t -> t.getUserData() == m)
                .findFirst().ifPresent(group::selectToggle));
        group.selectedToggleProperty().subscribe((before, now) -> {
            if (now == null) {
                before.setSelected(true); // one mode is always chosen
            } else {
                form.modeProperty().set((ClientMode) now.getUserData());
            }
        });
    }

    /** One menu item per running lab server; the menu says so when none runs. */
    private void fillServerMenu() {
        List<MenuItem> items = vm.serverChoices().stream().map(choice -> {
            MenuItem item = new MenuItem(choice.label());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> vm.target(choice));
            return item;
        }).toList();
        serverMenu.getItems().setAll(items);
        boolean none = items.isEmpty();
        serverMenu.setDisable(none);
        serverMenu.setText(none ? "none running" : items.size() + " running: choose…");
        serverMenuHint.setText(none ? "start one in the Servers pane, or type a host and a port"
                : "fills in host, port and mode");
    }

    /**
     * Binds a text field to its validated value; the message shows under it while the text is not acceptable
     * (and {@code shown}, when given, holds).
     */
    private static void field(TextField input, Label error, ValidatedField<?> value, ObservableBooleanValue shown,
            Label hint, ObservableStringValue hintText) {
        input.textProperty().bindBidirectional(value.textProperty());
        var errorText = shown == null ? value.errorProperty() : FieldMessage.whileEnabled(value.errorProperty(),
                shown);
        BooleanBinding visible = FieldMessage.bind(error, errorText, hint, hintText);
        visible.subscribe(invalid -> input.pseudoClassStateChanged(INVALID, invalid));
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

    /** The form can give way to the client, e.g. on a projector at a large text size. */
    private void showSide(boolean shown) {
        SideColumn.show(shown, pane, side, sideBar);
    }

    @FXML
    private void connect() {
        vm.connect();
        tabs.getSelectionModel().select(clientTab);
    }
}
