package socketlab.ui.client;

import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;
import socketlab.client.BurstCharts;
import socketlab.client.BurstMode;
import socketlab.client.BurstResult;
import socketlab.client.BurstSpec;
import socketlab.client.ClientBurst;
import socketlab.client.ClientFailure;
import socketlab.client.ClientSessions;
import socketlab.client.ClientSpec;
import socketlab.client.HostLookup;
import socketlab.net.Endpoint;
import socketlab.net.Numbers;
import socketlab.ui.Background;
import socketlab.ui.UncaughtErrors;
import socketlab.ui.ValidatedField;

/**
 * A burst of clients against the server the form names: how many, how many at once, what each does; its progress,
 * counted by the clients' threads and shown once per pulse; and its summary and charts when it has finished.
 */
public final class BurstViewModel {
    /** The most clients one burst launches from the window, for the heap the lab has (5,000 on most machines). */
    public static final int MAX_CLIENTS = socketlab.HeapBudget.ofThisJvm().burstClients();
    /** The most clients of a burst connected at once, for the heap the lab has. */
    public static final int MAX_CONCURRENCY = socketlab.HeapBudget.ofThisJvm().burstConcurrency();
    private static final System.Logger LOG = System.getLogger(BurstViewModel.class.getName());

    private final Background control;
    private final ClientSessions sessions;
    private final ClientFormViewModel form;
    /** Written by the burst's client threads, read once per pulse. */
    private final AtomicInteger finishedNow = new AtomicInteger();
    private volatile ClientBurst running;
    private int total;

    // Properties
    private final ValidatedField<Integer> clients = new ValidatedField<>("200",
            t -> Numbers.parseInRange(t, "clients", 1, MAX_CLIENTS));
    private final ValidatedField<Integer> concurrency = new ValidatedField<>("50",
            t -> Numbers.parseInRange(t, "concurrency", 1, MAX_CONCURRENCY));
    private final ObjectProperty<BurstMode> mode = new SimpleObjectProperty<>(this, "mode", BurstMode.EOF);
    private final ReadOnlyBooleanWrapper runningFlag = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper canStart = new ReadOnlyBooleanWrapper(this, "canStart");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<BurstResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyStringWrapper bucketLabel = new ReadOnlyStringWrapper(this, "bucketLabel", "");
    private final ReadOnlyStringWrapper chartsTitle = new ReadOnlyStringWrapper(this, "chartsTitle", "");
    private final ReadOnlyStringWrapper chartsText = new ReadOnlyStringWrapper(this, "chartsText", "");
    private final ObservableList<String> failures = FXCollections.observableArrayList();
    private final ObservableList<XYChart.Data<Number, Number>> completions = FXCollections.observableArrayList();
    private final ObservableList<XYChart.Data<String, Number>> latencies = FXCollections.observableArrayList();

    BurstViewModel(Background control, ClientSessions sessions, ClientFormViewModel form) {
        this.control = control;
        this.sessions = sessions;
        this.form = form;
        canStart.bind(Bindings.createBooleanBinding(
                () -> form.targetValidProperty().get() && clients.isValid() && concurrency.isValid()
                        && !runningFlag.get(),
                form.targetValidProperty(), clients.validProperty(), concurrency.validProperty(), runningFlag));
        // Until a burst has finished, the charts' place says what will be there, or that the burst is running.
        runningFlag.subscribe(on -> {
            chartsTitle.set(on ? "The burst is running." : "No burst has run yet.");
            chartsText.set(on ? "Its summary and two charts appear here when its last client has finished:"
                    + " completions over time, and how the latencies spread."
                    : "Name a server on the left, choose how many clients and how many at once, and press Start"
                    + " burst. When the burst is over, its summary and two charts appear here: completions over"
                    + " time, and how the latencies spread.");
        });
        // "The burst did not start: unknown host" is about the server named then; a new name makes it stale.
        form.host().textProperty().addListener((o, was, now) -> error.set(""));
        form.port().textProperty().addListener((o, was, now) -> error.set(""));
    }

    /** The heading where the charts will be, while there are none: none yet, or the burst is running. */
    public ReadOnlyStringProperty chartsTitleProperty() {
        return chartsTitle.getReadOnlyProperty();
    }

    /** What will appear where the charts will be. */
    public ReadOnlyStringProperty chartsTextProperty() {
        return chartsText.getReadOnlyProperty();
    }

    /** The clients' and the concurrency's messages, one per line; empty while both are acceptable. */
    public javafx.beans.binding.StringBinding fieldErrors() {
        return Bindings.createStringBinding(() -> String.join("\n", java.util.stream.Stream.of(
                clients.errorProperty().get(), concurrency.errorProperty().get()).filter(e -> !e.isEmpty())
                .toList()), clients.errorProperty(), concurrency.errorProperty());
    }

    public ValidatedField<Integer> clients() {
        return clients;
    }

    public ValidatedField<Integer> concurrency() {
        return concurrency;
    }

    public ObjectProperty<BurstMode> modeProperty() {
        return mode;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return runningFlag.getReadOnlyProperty();
    }

    /** The form names a server, the numbers are acceptable and no burst runs. */
    public ReadOnlyBooleanProperty canStartProperty() {
        return canStart.getReadOnlyProperty();
    }

    /** Finished clients as a fraction of the burst, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** e.g. "412 / 1,000 clients finished". */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** Why the burst could not start (an unknown host, say); empty otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The last finished burst, or null. */
    public ReadOnlyObjectProperty<BurstResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** e.g. "200 of 200 completed · 1,843 connections/s · p50 2.31 ms · p99 9.80 ms". */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** The width of the completions chart's buckets, for its axis: "completed per 50 ms". */
    public ReadOnlyStringProperty bucketLabelProperty() {
        return bucketLabel.getReadOnlyProperty();
    }

    /** Failed clients by reason, most frequent first: "12 × connection refused: ...". */
    public ObservableList<String> failures() {
        return failures;
    }

    /** Completed clients per bucket: x the bucket's start in ms since the burst began, y the count. */
    public ObservableList<XYChart.Data<Number, Number>> completions() {
        return completions;
    }

    /** The latency histogram: x the range in ms, y the clients. */
    public ObservableList<XYChart.Data<String, Number>> latencies() {
        return latencies;
    }

    /** Shows how far a running burst has come; JavaFX thread, once per pulse. */
    void pulse() {
        if (runningFlag.get()) {
            showProgress(finishedNow.get());
        }
    }

    private void showProgress(int finished) {
        progress.set(total == 0 ? 0 : (double) finished / total);
        progressText.set(String.format(Locale.ROOT, "%,d / %,d clients finished", finished, total));
    }

    // Commands

    /** Starts the burst the fields and the form describe, off the JavaFX thread. */
    public void start() {
        if (!canStart.get()) {
            return;
        }
        ClientSpec target = form.toSpec();
        int n = clients.value();
        int atOnce = Math.min(concurrency.value(), n);
        BurstMode m = mode.get();
        total = n;
        finishedNow.set(0);
        error.set("");
        forgetLastBurst();
        runningFlag.set(true);
        showProgress(0);
        control.run(() -> {
            // A burst aims at one address: the first the resolver gives.
            InetAddress address = HostLookup.addresses(target.host(), target.connectTimeout()).getFirst();
            BurstSpec spec = BurstSpec.of(new Endpoint(address, target.port()), n, atOnce, m)
                    .withConnectTimeout(target.connectTimeout()).withReadTimeout(target.readTimeout());
            ClientBurst burst = new ClientBurst(spec, (finished, all) ->
                    // the clients' threads report out of order: the count only ever grows
                    finishedNow.accumulateAndGet(finished, Math::max));
            running = burst;
            int number = sessions.trackBurst(burst);
            try {
                return burst.run();
            } finally {
                sessions.untrackBurst(number);
                running = null;
            }
        }, this::show, e -> {
            runningFlag.set(false);
            progressText.set("");
            if (e instanceof ClientFailure f) {
                error.set("The burst did not start: " + f.getMessage());
            } else {
                LOG.log(Level.ERROR, "a burst failed unexpectedly", e);
                error.set("The burst did not finish: " + UncaughtErrors.plainWords(e));
            }
        });
    }

    /** The previous burst's summary and charts go: while this one runs, they would pass for its own. */
    private void forgetLastBurst() {
        result.set(null);
        headline.set("");
        bucketLabel.set("");
        failures.clear();
        completions.clear();
        latencies.clear();
    }

    /** Stops a running burst: no further client starts, connected ones are closed and counted as cancelled. */
    public void cancel() {
        ClientBurst b = running;
        if (b != null) {
            b.cancel();
        }
    }

    private void show(BurstResult r) {
        runningFlag.set(false);
        showProgress(finishedNow.get());
        headline.set(String.format(Locale.ROOT, "%,d of %,d completed · %,.0f connections/s · p50 %s · p99 %s",
                r.completed(), r.clients(), r.connectionsPerSecond(), ms(r.p50()), ms(r.p99())));
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Integer> f : r.failedByReason().entrySet()) {
            lines.add(String.format(Locale.ROOT, "%,d × %s", f.getValue(), f.getKey()));
        }
        failures.setAll(lines);
        BurstCharts.Timeline t = BurstCharts.timeline(r);
        bucketLabel.set("completed per " + t.bucketMillis() + " ms");
        List<XYChart.Data<Number, Number>> points = new ArrayList<>(t.completed().size());
        for (int i = 0; i < t.completed().size(); i++) {
            points.add(new XYChart.Data<>(i * t.bucketMillis(), t.completed().get(i)));
        }
        completions.setAll(points);
        latencies.setAll(BurstCharts.latencyHistogram(r).stream()
                .map(b -> new XYChart.Data<String, Number>(b.label(), b.clients())).toList());
        result.set(r); // last: whoever watches the result finds the rest in place
    }

    /** e.g. "2.31 ms". */
    static String ms(Duration d) {
        return String.format(Locale.ROOT, "%.2f ms", d.toNanos() / 1e6);
    }

    /** Cancels a running burst; used when the window closes. */
    void close() {
        cancel();
    }
}
