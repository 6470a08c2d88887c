package socketlab.ui.connections;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** Table rows brought up to date with small changes in one change event, so the table keeps its selection. */
class RowListTest {
    private final RowList<String> list = new RowList<>();
    private final List<String> changes = new ArrayList<>();
    private int events;

    RowListTest() {
        list.addListener((ListChangeListener<String>) c -> {
            events++;
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
        events = 0;
        list.sync(List.of(list.get(0), list.get(1), list.get(2)));
        assertEquals(List.of(), changes);
        assertEquals(0, events);
    }

    @Test
    void goneRowsAreRemovedAndNewOnesInsertedInRunsAtTheirPlace() {
        String a = "a";
        String b = "b";
        String c = "c";
        String d = "d";
        list.setAll(a, b, c, d);
        changes.clear();
        events = 0;
        String x = "x";
        String y = "y";
        String z = "z";
        list.sync(List.of(x, y, a, c, z));
        assertEquals(List.of(x, y, a, c, z), list);
        assertEquals(1, events, "one change for the whole update");
        assertEquals(List.of("add [x, y] at 0", "remove [b] at 3", "replace [z] at 4"), changes);
    }

    @Test
    void rowsThatChangedOrderReplaceTheList() {
        list.setAll("a", "b");
        changes.clear();
        list.sync(List.of(list.get(1), list.get(0)));
        assertEquals(List.of("b", "a"), list);
        assertEquals(1, changes.size());
    }
}
