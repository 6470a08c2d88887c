package socketlab.ui.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import socketlab.decode.Frame;
import socketlab.filter.DisplayFilter;
import socketlab.filter.FilterError;
import socketlab.filter.FilterResult;

/**
 * The display filter of the packet list: the text being typed (checked as it is typed), the filter applied, and
 * the packets it lets through, kept in capture order with their own numbers. Filtering runs on its own thread in
 * slices, handing each slice's matches to the JavaFX thread at once, so a million packets never block the window;
 * packets that arrive during a live capture are filtered as they come.
 */
public final class DisplayFilterModel implements AutoCloseable {
    /** Packets decoded and tested per slice: one hand-off to the JavaFX thread per slice. */
    private static final int SLICE = 16_384;
    private static final int HISTORY = 12;

    private final ObservableList<PacketRef> all;
    private final IntFunction<Frame> decode;
    private final Executor fx;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "display-filter");
        t.setDaemon(true);
        return t;
    });

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final ReadOnlyStringWrapper applied = new ReadOnlyStringWrapper(this, "applied", "");
    private final ReadOnlyStringWrapper displayedText = new ReadOnlyStringWrapper(this, "displayedText", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 1);
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final ObservableList<PacketRef> displayed = FXCollections.observableArrayList();

    // JavaFX thread only.
    private DisplayFilter filter = DisplayFilter.ALL;
    /** Raised whenever the filter or the capture changes: slices of an older run are dropped. */
    private long generation;
    /** How many packets of {@link #all} the current filter has been run over (or handed to a slice). */
    private int scanned;
    private boolean running;

    /**
     * @param all    every packet of the capture, in order, as the capture model lists them
     * @param decode the decoded frame of the packet at an index; called on the filter's own thread
     * @param fx     the JavaFX thread
     */
    public DisplayFilterModel(ObservableList<PacketRef> all, IntFunction<Frame> decode, Executor fx) {
        this.all = all;
        this.decode = decode;
        this.fx = fx;
        text.subscribe(this::check);
        all.addListener((ListChangeListener<PacketRef>) c -> {
            boolean removed = false;
            while (c.next()) {
                removed |= c.wasRemoved() || c.wasReplaced() || c.wasPermutated();
            }
            if (removed) {
                restart(); // a new capture or a cleared one: start over on what is there
            } else {
                more();
            }
        });
    }

    // ---- commands

    /** Applies the text typed; a bad filter changes nothing (its message is already shown). */
    public void apply() {
        String t = text.get().strip();
        if (DisplayFilter.compile(t) instanceof FilterResult.Valid v) {
            filter = v.filter();
            applied.set(v.filter().text());
            if (!t.isEmpty()) {
                history.remove(t);
                history.addFirst(t);
                if (history.size() > HISTORY) {
                    history.removeLast();
                }
            }
            restart();
        }
    }

    /** Types {@code filterText} and applies it, as choosing a conversation or "Apply as filter" does. */
    public void apply(String filterText) {
        text.set(filterText);
        apply();
    }

    /** Empties the filter: every packet is shown again. */
    public void clear() {
        apply("");
    }

    // ---- filtering

    private void check(String t) {
        switch (DisplayFilter.compile(t)) {
            case FilterResult.Valid v -> {
                valid.set(true);
                error.set("");
            }
            case FilterResult.Invalid bad -> {
                valid.set(false);
                error.set(describe(bad.error(), t));
            }
        }
    }

    /** The message and where it is, in words: the part of the filter at fault is quoted after it. */
    static String describe(FilterError e, String t) {
        if (e.start() >= t.length()) {
            return e.message();
        }
        String part = t.substring(e.start(), Math.min(t.length(), Math.max(e.end(), e.start() + 1)));
        return e.message() + " — at column " + (e.start() + 1) + ": " + part;
    }

    private void restart() {
        generation++;
        scanned = 0;
        running = false;
        if (filter.isAll()) {
            displayed.setAll(all);
            scanned = all.size();
            progress.set(1);
        } else {
            displayed.clear();
            more();
        }
        count();
    }

    /** Filters the packets that arrived since the last run, unless a run is already going. */
    private void more() {
        if (filter.isAll()) {
            if (all.size() > displayed.size()) {
                displayed.addAll(all.subList(displayed.size(), all.size()));
            }
            scanned = all.size();
            count();
            return;
        }
        if (running || scanned >= all.size() || worker.isShutdown()) {
            count();
            return;
        }
        running = true;
        long run = generation;
        DisplayFilter f = filter;
        int from = scanned;
        int to = Math.min(all.size(), from + SLICE);
        scanned = to;
        List<PacketRef> refs = new ArrayList<>(all.subList(from, to));
        currentGeneration = run;
        worker.execute(() -> {
            List<PacketRef> passed = new ArrayList<>();
            for (PacketRef r : refs) {
                if (run != currentGeneration) {
                    return; // a newer filter or capture: this slice no longer counts
                }
                Frame frame = decode.apply(r.index());
                if (frame != null && f.matches(frame)) {
                    passed.add(r);
                }
            }
            fx.execute(() -> {
                if (run != generation) {
                    return;
                }
                displayed.addAll(passed);
                running = false;
                progress.set(all.isEmpty() ? 1 : (double) scanned / all.size());
                more();
            });
        });
        progress.set(all.isEmpty() ? 1 : (double) from / all.size());
        count();
    }

    /** The generation the worker checks between packets, to stop a stale slice early. */
    private volatile long currentGeneration;

    private void count() {
        boolean done = !running && scanned >= all.size();
        if (done) {
            progress.set(1);
        }
        if (filter.isAll()) {
            displayedText.set("");
        } else {
            displayedText.set("Displayed: " + displayed.size() + " of " + all.size()
                    + (done ? "" : " — filtering " + Math.round(progress.get() * 100) + "%"));
        }
    }

    @Override
    public void close() {
        generation++;
        currentGeneration = -1;
        worker.shutdownNow();
    }

    // ---- properties

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The filter in effect; empty when every packet is shown. */
    public ReadOnlyStringProperty appliedProperty() {
        return applied.getReadOnlyProperty();
    }

    /** "Displayed: N of M" while a filter is in effect, with the progress while it runs; empty otherwise. */
    public ReadOnlyStringProperty displayedTextProperty() {
        return displayedText.getReadOnlyProperty();
    }

    /** How far the filter has got through the packets, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Recent filters, newest first. */
    public ObservableList<String> history() {
        return history;
    }

    /** The packets the list shows, in capture order. */
    public ObservableList<PacketRef> displayed() {
        return displayed;
    }

    /** The position in the list of the packet at capture index {@code index}, or -1 when the filter hides it. */
    public int positionOf(int index) {
        int lo = 0;
        int hi = displayed.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int v = displayed.get(mid).index();
            if (v == index) {
                return mid;
            }
            if (v < index) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }
}
