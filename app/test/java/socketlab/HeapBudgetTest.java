package socketlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The lab's limits follow the heap: a small laptop's JVM gets limits that fit it, a large one the full ceilings. */
class HeapBudgetTest {
    private static final long MIB = 1L << 20;

    @Test
    void aSmallHeapGetsLimitsThatFitInIt() {
        // A 2 GB laptop: the JVM's default heap is a quarter of it.
        HeapBudget laptop = new HeapBudget(512 * MIB);
        assertTrue(laptop.captureLimitedByHeap());
        long worstCase = laptop.captureBytes() + (long) laptop.captureFrames() * HeapBudget.BYTES_PER_FRAME;
        assertTrue(worstCase <= laptop.maxMemory() / 2, "a full capture takes at most half the heap: " + worstCase);
        assertTrue(laptop.captureBytes() < HeapBudget.CAPTURE_BYTES_CEILING);
        assertTrue(laptop.burstConcurrency() * (long) HeapBudget.BYTES_PER_BURST_CLIENT <= laptop.maxMemory() / 4);
        assertEquals("512 MiB", laptop.heapText());
    }

    @Test
    void aLargeHeapGetsTheLabsCeilings() {
        HeapBudget big = new HeapBudget(4096 * MIB);
        assertFalse(big.captureLimitedByHeap());
        assertEquals(HeapBudget.CAPTURE_BYTES_CEILING, big.captureBytes());
        assertEquals(HeapBudget.CAPTURE_FRAMES_CEILING, big.captureFrames());
        assertEquals(HeapBudget.BURST_CLIENTS_CEILING, big.burstClients());
        assertEquals(HeapBudget.BURST_CLIENTS_CEILING, big.burstConcurrency());
        assertEquals("4.0 GiB", big.heapText());
    }

    @Test
    void limitsGrowWithTheHeapAndNeverFallBelowTheirFloors() {
        long previousBytes = 0;
        int previousFrames = 0;
        for (long heap = 16 * MIB; heap <= 64L * 1024 * MIB; heap *= 2) {
            HeapBudget b = new HeapBudget(heap);
            assertTrue(b.captureBytes() >= previousBytes && b.captureFrames() >= previousFrames, "at " + heap);
            assertTrue(b.captureBytes() >= HeapBudget.CAPTURE_BYTES_FLOOR);
            assertTrue(b.burstConcurrency() >= 50 && b.burstConcurrency() <= b.burstClients());
            previousBytes = b.captureBytes();
            previousFrames = b.captureFrames();
        }
    }
}
