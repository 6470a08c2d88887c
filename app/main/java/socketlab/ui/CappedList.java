package socketlab.ui;

import java.util.List;
import javafx.collections.ObservableList;

/** Appends to an observable list that keeps only its newest entries, with one change for the additions. */
public final class CappedList {
    private CappedList() {
    }

    /** Adds {@code items} at the end of {@code list} and drops the oldest entries beyond {@code cap}. */
    public static <T> void append(ObservableList<T> list, List<? extends T> items, int cap) {
        if (items.isEmpty()) {
            return;
        }
        if (items.size() >= cap) {
            list.setAll(items.subList(items.size() - cap, items.size()));
            return;
        }
        int overflow = list.size() + items.size() - cap;
        if (overflow > 0) {
            list.remove(0, overflow);
        }
        list.addAll(items);
    }
}
