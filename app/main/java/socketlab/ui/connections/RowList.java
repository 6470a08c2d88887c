package socketlab.ui.connections;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javafx.collections.ModifiableObservableListBase;

/**
 * A table's rows, brought up to date by {@link #sync} with as small changes as it can, reported as one change:
 * rows that stayed are the same objects and stay in place, so the table keeps its selection and scroll position,
 * and a kernel table of thousands of sockets with hundreds coming and going costs the table one update, not one per
 * row.
 */
final class RowList<T> extends ModifiableObservableListBase<T> {
    private final List<T> rows = new ArrayList<>();

    /**
     * Makes this list equal {@code desired} in one change. Rows present in both must be the same objects; when
     * their relative order changed the list is replaced whole.
     */
    void sync(List<T> desired) {
        Set<T> wanted = identitySet(desired);
        Set<T> present = identitySet(rows);
        if (rows.size() == desired.size() && present.equals(wanted) && sameOrder(desired)) {
            return;
        }
        beginChange();
        try {
            for (int i = rows.size() - 1; i >= 0; i--) {
                if (!wanted.contains(rows.get(i))) {
                    remove(i);
                }
            }
            if (!keptInOrder(desired, present)) {
                setAll(desired);
                return;
            }
            // Insert each run of new rows at its place; the rows before it are already in order.
            int i = 0;
            while (i < desired.size()) {
                if (i < rows.size() && rows.get(i) == desired.get(i)) {
                    i++;
                    continue;
                }
                int end = i;
                while (end < desired.size() && !present.contains(desired.get(end))) {
                    end++;
                }
                addAll(i, desired.subList(i, end));
                i = end;
            }
        } finally {
            endChange();
        }
    }

    private static <T> Set<T> identitySet(List<T> list) {
        Set<T> set = Collections.newSetFromMap(new IdentityHashMap<>(list.size()));
        set.addAll(list);
        return set;
    }

    private boolean sameOrder(List<T> desired) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) != desired.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** True when the rows left appear in {@code desired} in the same order. */
    private boolean keptInOrder(List<T> desired, Set<T> present) {
        int k = 0;
        for (T d : desired) {
            if (present.contains(d)) {
                if (k >= rows.size() || rows.get(k) != d) {
                    return false;
                }
                k++;
            }
        }
        return k == rows.size();
    }

    @Override
    public T get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }

    @Override
    protected void doAdd(int index, T element) {
        rows.add(index, element);
    }

    @Override
    protected T doSet(int index, T element) {
        return rows.set(index, element);
    }

    @Override
    protected T doRemove(int index) {
        return rows.remove(index);
    }
}
