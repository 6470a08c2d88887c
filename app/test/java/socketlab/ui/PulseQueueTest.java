package socketlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class PulseQueueTest {

    @Test
    void drainsInOrderAndCountsWhatDidNotFit() {
        PulseQueue<Integer> q = new PulseQueue<>(3);
        assertTrue(q.offer(1));
        assertTrue(q.offer(2));
        assertTrue(q.offer(3));
        assertFalse(q.offer(4));
        assertFalse(q.offer(5));

        PulseQueue.Batch<Integer> batch = q.drain();
        assertEquals(List.of(1, 2, 3), batch.items());
        assertEquals(2, batch.dropped());

        assertTrue(q.offer(6), "draining frees the room");
        PulseQueue.Batch<Integer> next = q.drain();
        assertEquals(List.of(6), next.items());
        assertEquals(0, next.dropped(), "the dropped count starts again after each drain");
        assertTrue(q.drain().isEmpty());
    }

    @Test
    void manyProducersNeverOverfillIt() throws Exception {
        PulseQueue<Integer> q = new PulseQueue<>(1_000);
        List<Thread> producers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            producers.add(Thread.ofPlatform().start(() -> IntStream.range(0, 500).forEach(q::offer)));
        }
        for (Thread t : producers) {
            t.join();
        }
        PulseQueue.Batch<Integer> batch = q.drain();
        assertEquals(1_000, batch.items().size());
        assertEquals(3_000, batch.dropped(), "every offer is either queued or counted");
    }

    @Test
    void cappedListKeepsTheNewestEntries() {
        ObservableList<Integer> list = FXCollections.observableArrayList();
        CappedList.append(list, List.of(1, 2, 3), 4);
        CappedList.append(list, List.of(4, 5), 4);
        assertEquals(List.of(2, 3, 4, 5), list);
        CappedList.append(list, List.of(6, 7, 8, 9, 10), 4);
        assertEquals(List.of(7, 8, 9, 10), list);
    }
}
