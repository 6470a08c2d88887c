package socketlab.ui.capture;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The display-filter bar above the packet list, as Wireshark's: green while the text is a filter, red with the
 * message when not; Enter applies, Escape clears, the drop-down holds recent filters; the count of packets shown
 * and the progress of a long run beside it.
 */
final class DisplayFilterBar extends VBox {
    private static final PseudoClass GOOD = PseudoClass.getPseudoClass("good");
    /** The least width of the filter's field beside its buttons, in em. */
    private static final double FIELD_EM = 16;
    private static final PseudoClass BAD = PseudoClass.getPseudoClass("bad");

    DisplayFilterBar(DisplayFilterModel model, Runnable showConversations) {
        getStyleClass().add("display-filter-bar");
        Label label = new Label("Display filter");
        label.getStyleClass().add("capture-label");
        label.setMinWidth(Region.USE_PREF_SIZE); // the field gives way, never the name of what it is
        ComboBox<String> field = new ComboBox<>(model.history());
        field.setId("displayFilterField");
        field.setEditable(true);
        field.setMaxWidth(Double.MAX_VALUE);
        field.getStyleClass().add("display-filter");
        field.setPromptText("show only… tcp.port == 80, ip.addr == 127.0.0.1, dns, tcp.flags.syn == 1 — Enter applies");
        field.setTooltip(new Tooltip("A display filter, as Wireshark writes it: it hides packets from the list"
                + " without throwing them away. Enter applies it, Escape clears it."));
        field.getEditor().textProperty().bindBidirectional(model.textProperty());
        label.setLabelFor(field);
        // Choosing a recent filter applies it; typing only checks it.
        field.setOnAction(e -> {
            if (field.getValue() != null && !field.getValue().equals(model.textProperty().get())) {
                model.textProperty().set(field.getValue());
            }
            model.apply();
        });
        // Enter is the filter's own: it must not reach the pane's default button (Start) as well.
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.apply();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                model.clear();
                e.consume();
            }
        });
        Runnable paint = () -> {
            boolean empty = model.textProperty().get() == null || model.textProperty().get().isBlank();
            field.pseudoClassStateChanged(GOOD, !empty && model.validProperty().get());
            field.pseudoClassStateChanged(BAD, !model.validProperty().get());
        };
        model.textProperty().subscribe(t -> paint.run());
        model.validProperty().subscribe(v -> paint.run());

        Button apply = new Button("Apply");
        apply.setId("displayFilterApply");
        apply.setMinWidth(Button.USE_PREF_SIZE);
        apply.setOnAction(e -> model.apply());
        apply.disableProperty().bind(model.validProperty().not());
        Button clear = new Button("Clear");
        clear.setId("displayFilterClear");
        clear.setMinWidth(Button.USE_PREF_SIZE);
        clear.setOnAction(e -> model.clear());
        clear.disableProperty().bind(model.appliedProperty().isEmpty().and(model.textProperty().isEmpty()));
        ProgressBar progress = new ProgressBar();
        progress.setId("displayFilterProgress");
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.progressProperty().lessThan(1));
        progress.managedProperty().bind(progress.visibleProperty());
        Label count = new Label();
        count.setId("displayedCount");
        count.getStyleClass().add("display-filter-count");
        count.textProperty().bind(model.displayedTextProperty());
        count.setMinWidth(Label.USE_PREF_SIZE);
        Button conversations = new Button("Conversations…");
        conversations.setId("conversationsButton");
        conversations.setMinWidth(Button.USE_PREF_SIZE);
        conversations.setTooltip(new Tooltip("Statistics: every TCP and UDP conversation (socket pair) of the"
                + " capture; choosing one shows only its packets"));
        conversations.setOnAction(e -> showConversations.run());

        // The filter and its buttons share a line while the field keeps FIELD_EM em; in a narrow pane the buttons
        // go to a line of their own instead of squeezing the field to a sliver.
        HBox filter = new HBox(label, field);
        filter.getStyleClass().add("display-filter-row");
        filter.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(field, Priority.ALWAYS);
        // A flow as well: at a large text size the buttons and the count take more than one line.
        FlowPane buttons = new FlowPane(apply, clear, progress, count, conversations);
        buttons.getStyleClass().add("display-filter-flow");
        buttons.setAlignment(Pos.CENTER_LEFT);
        FlowPane row = new FlowPane(filter, buttons);
        // A flow's least width is its widest child's preferred one: the filter's, set from the last width, would
        // keep the flow from ever growing narrower.
        row.setMinWidth(0);
        row.getStyleClass().add("display-filter-flow");
        Runnable share = () -> {
            double em = label.getFont().getSize();
            double room = row.getWidth() - row.snappedLeftInset() - row.snappedRightInset();
            double inLine = 0;
            for (javafx.scene.Node b : buttons.getChildren()) {
                inLine += b.isManaged() ? b.prefWidth(-1) + buttons.getHgap() : 0;
            }
            double beside = room - inLine - row.getHgap();
            double least = label.prefWidth(-1) + filter.getSpacing() + FIELD_EM * em;
            filter.setPrefWidth(Math.max(0, beside >= least ? beside : room));
            buttons.setPrefWrapLength(Math.max(0, beside >= least ? inLine : room));
        };
        row.widthProperty().subscribe(share);
        label.fontProperty().subscribe(share);
        buttons.widthProperty().subscribe(share);

        Label error = new Label();
        error.setId("displayFilterError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(Bindings.isNotEmpty(model.errorProperty()));
        error.managedProperty().bind(error.visibleProperty());
        getChildren().addAll(row, error);
    }
}
