package socketlab.ui.connections;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/** Table rows brought up to date with small changes, so the table keeps its selection. */
class RowSyncTest {
    private final ObservableList<String> list = FXCollections.observableArrayList();
    private final List<String> changes = new ArrayList<>();

    RowSyncTest() {
        list.addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                changes.add((c.wasReplaced() ? "replace " : c.wasAdded() ? "add " : "remove ")
                        + (c.wasAdded() ? c.getAddedSubList() : c.getRemoved()) + " at " + c.getFrom());
            }
        });
    }

    @Test
    void unchangedRowsCauseNoChange() {
        list.setAll("a", "b", "c");
        changes.clear();
        RowSync.sync(list, List.of(list.get(0), list.get(1), list.get(2)));
        assertEquals(List.of(), changes);
    }

    @Test
    void goneRowsAreRemovedAndNewOnesInsertedInRunsAtTheirPlace() {
        String a = "a";
        String b = "b";
        String c = "c";
        String d = "d";
        list.setAll(a, b, c, d);
        changes.clear();
        String x = "x";
        String y = "y";
        String z = "z";
        RowSync.sync(list, List.of(x, y, a, c, z));
        assertEquals(List.of(x, y, a, c, z), list);
        assertEquals(List.of("remove [b] at 1", "remove [d] at 2", "add [x, y] at 0", "add [z] at 4"), changes);
    }

    @Test
    void rowsThatChangedOrderReplaceTheList() {
        list.setAll("a", "b");
        changes.clear();
        RowSync.sync(list, List.of(list.get(1), list.get(0)));
        assertEquals(List.of("b", "a"), list);
        assertEquals(1, changes.size());
    }
}
