package socketlab.ui.client;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import socketlab.client.BurstMode;
import socketlab.client.BurstResult;
import javafx.scene.control.Tooltip;
import socketlab.ui.Breakpoint;
import socketlab.ui.FieldMessage;
import socketlab.ui.Segmented;
import socketlab.ui.ValidatedField;

/** The burst tab: its settings, its progress, and the summary and charts of the last burst. */
public final class BurstController {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    /** Below this width (em) the two charts stack. */
    private static final double CHARTS_SIDE_BY_SIDE_EM = 44;

    private BurstViewModel burst;

    @FXML
    private TextField clientsField;
    @FXML
    private TextField concurrencyField;
    @FXML
    private VBox burstRoot;
    @FXML
    private FlowPane burstModeButtons;
    @FXML
    private Button startBurstButton;
    @FXML
    private Button cancelBurstButton;
    @FXML
    private Label clientsError;
    @FXML
    private Label chartsTitle;
    @FXML
    private Label chartsText;
    @FXML
    private Label burstTarget;
    @FXML
    private Label burstError;
    @FXML
    private ProgressBar burstProgress;
    @FXML
    private Label burstProgressText;
    @FXML
    private VBox summary;
    @FXML
    private Label completedValue;
    @FXML
    private Label failedValue;
    @FXML
    private Label rateValue;
    @FXML
    private Label p50Value;
    @FXML
    private Label p99Value;
    @FXML
    private Label elapsedValue;
    @FXML
    private VBox failureLines;
    @FXML
    private VBox chartsPlaceholder;
    @FXML
    private GridPane charts;
    @FXML
    private AreaChart<Number, Number> completionsChart;
    @FXML
    private NumberAxis completedAxis;
    @FXML
    private BarChart<String, Number> latencyChart;

    /** Shows {@code vm}'s burst, aimed at the server its form names. */
    void bind(ClientsViewModel vm) {
        burst = vm.burst();
        ClientFormViewModel form = vm.form();
        field(clientsField, burst.clients());
        field(concurrencyField, burst.concurrency());
        clientsField.setTooltip(new Tooltip("How many clients connect, one socket each, one after another as"
                + " places free up"));
        concurrencyField.setTooltip(new Tooltip("How many clients are connected at the same moment; the rest wait"
                + " for one to finish"));
        Segmented.bind(burstModeButtons, List.of(BurstMode.values()), m -> switch (m) {
                    case EOF -> "read until EOF";
                    case ECHO -> "send a line, read it back";
                    case HTTP -> "GET /, read the page";
                }, "burst-mode", burst.modeProperty());
        startBurstButton.disableProperty().bind(burst.canStartProperty().not());
        cancelBurstButton.disableProperty().bind(burst.runningProperty().not());
        // The numbers' messages take the place of the line naming the server, so nothing below them moves.
        FieldMessage.bind(clientsError, burst.fieldErrors(), burstTarget, Bindings.createStringBinding(
                () -> form.targetValidProperty().get()
                        ? "against " + form.host().textProperty().get().strip() + " port "
                                + form.port().textProperty().get().strip() + ", the server named on the left;"
                                + " each client waits at most " + form.timeoutSeconds().textProperty().get().strip()
                                + " s to connect and for each read"
                        : "name a server on the left first: a host and a port",
                form.targetValidProperty(), form.host().textProperty(), form.port().textProperty(),
                form.timeoutSeconds().textProperty()));
        chartsTitle.textProperty().bind(burst.chartsTitleProperty());
        chartsText.textProperty().bind(burst.chartsTextProperty());
        burstError.textProperty().bind(burst.errorProperty());
        var hasError = burst.errorProperty().map(e -> !e.isEmpty());
        burstError.visibleProperty().bind(hasError);
        burstError.managedProperty().bind(hasError);
        burstProgress.progressProperty().bind(burst.progressProperty());
        burstProgressText.textProperty().bind(burst.progressTextProperty());

        completionsChart.getData().add(new XYChart.Series<>(burst.completions()));
        latencyChart.getData().add(new XYChart.Series<>(burst.latencies()));
        // The bucket goes in the title: an axis label that changes after the first layout keeps its old length.
        completionsChart.titleProperty().bind(burst.bucketLabelProperty().map(b -> b.isEmpty()
                ? "Completions over time" : "Completions over time, " + b.replaceFirst("^completed ", "")));
        // Two charts side by side need room for their axes and titles; else one above the other.
        Stacking.stackWhen(Breakpoint.narrowerThan(burstRoot, CHARTS_SIDE_BY_SIDE_EM, burstTarget), charts,
                completionsChart, latencyChart);
        var hasResult = burst.resultProperty().map(r -> true).orElse(false);
        summary.visibleProperty().bind(hasResult);
        summary.managedProperty().bind(hasResult);
        charts.visibleProperty().bind(hasResult);
        charts.managedProperty().bind(hasResult);
        chartsPlaceholder.visibleProperty().bind(hasResult.map(has -> !has));
        chartsPlaceholder.managedProperty().bind(hasResult.map(has -> !has));
        burst.resultProperty().subscribe(this::showResult);
    }

    private static void field(TextField input, ValidatedField<?> value) {
        input.textProperty().bindBidirectional(value.textProperty());
        value.errorProperty().map(e -> !e.isEmpty()).subscribe(invalid -> input.pseudoClassStateChanged(INVALID,
                invalid));
    }

    private void showResult(BurstResult r) {
        if (r == null) {
            return;
        }
        completedValue.setText(String.format(Locale.ROOT, "%,d / %,d", r.completed(), r.clients()));
        failedValue.setText(String.format(Locale.ROOT, "%,d", r.failed()));
        failedValue.pseudoClassStateChanged(PseudoClass.getPseudoClass("bad"), r.failed() > 0);
        rateValue.setText(String.format(Locale.ROOT, "%,.0f", r.connectionsPerSecond()));
        p50Value.setText(BurstViewModel.ms(r.p50()));
        p99Value.setText(BurstViewModel.ms(r.p99()));
        elapsedValue.setText(String.format(Locale.ROOT, "%.2f s", r.elapsed().toNanos() / 1e9));
        failureLines.getChildren().setAll(burst.failures().stream().map(line -> {
            Label l = new Label(line);
            l.getStyleClass().add("failure-line");
            l.setWrapText(true);
            return l;
        }).toList());
    }

    @FXML
    private void start() {
        burst.start();
    }

    @FXML
    private void cancel() {
        burst.cancel();
    }
}
