package socketlab.ui.connections;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javafx.collections.ObservableList;

/**
 * Brings a table's items to a new list of rows with as small changes as it can: rows that stayed are the same
 * objects and stay in place, so the table keeps its selection, focus and scroll position; gone rows are removed in
 * one change, new rows inserted in runs.
 */
final class RowSync {
    private RowSync() {
    }

    /**
     * Makes {@code target} equal {@code desired}. Rows present in both must be the same objects; when their relative
     * order changed the list is replaced whole.
     */
    static <T> void sync(ObservableList<T> target, List<T> desired) {
        Set<T> wanted = Collections.newSetFromMap(new IdentityHashMap<>(desired.size()));
        wanted.addAll(desired);
        Set<T> present = Collections.newSetFromMap(new IdentityHashMap<>(target.size()));
        present.addAll(target);
        if (target.size() == desired.size() && present.equals(wanted) && sameOrder(target, desired)) {
            return;
        }
        List<T> kept = new ArrayList<>(target.size());
        for (T t : target) {
            if (wanted.contains(t)) {
                kept.add(t);
            }
        }
        if (!isSubsequence(kept, desired, present)) {
            target.setAll(desired);
            return;
        }
        if (kept.size() < target.size()) {
            target.removeIf(t -> !wanted.contains(t));
        }
        // Insert each run of new rows at its place; the rows before it are already in order.
        int i = 0;
        while (i < desired.size()) {
            if (i < target.size() && target.get(i) == desired.get(i)) {
                i++;
                continue;
            }
            int end = i;
            while (end < desired.size() && !present.contains(desired.get(end))) {
                end++;
            }
            target.addAll(i, desired.subList(i, end));
            i = end;
        }
    }

    private static <T> boolean sameOrder(List<T> a, List<T> b) {
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** True when the kept rows appear in {@code desired} in the same order. */
    private static <T> boolean isSubsequence(List<T> kept, List<T> desired, Set<T> present) {
        int k = 0;
        for (T d : desired) {
            if (present.contains(d)) {
                if (k >= kept.size() || kept.get(k) != d) {
                    return false;
                }
                k++;
            }
        }
        return k == kept.size();
    }
}
