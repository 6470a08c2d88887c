package socketlab.ui.capture;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import socketlab.capture.PacketLog;
import socketlab.ladder.LabEventLog;
import socketlab.ui.Background;
import socketlab.ui.ManualPulses;

/**
 * Captures live the way the Capture pane does — the same model, capture session, ingest thread and per-pulse
 * hand-over, a pulse every 16 ms as JavaFX fires them, and one screen of the newest rows decoded each pulse as a
 * list scrolled to its end draws them — without a window. It prints "capturing on ..." once capturing, and on
 * SIGTERM stops and prints the pane's status line, the rows in the list, the longest pulse (the work the JavaFX
 * thread would do in one frame) in wall time and in the thread's own CPU time, the longest time between the starts
 * of two pulses (what a user sees as one frame held on screen: a garbage-collection pause or a wait for a core
 * between pulses counts too) with the collector's time within it, the collections, and the peak resident memory.
 * Usage, as app/test/c/capture_bench.sh runs it:
 * {@code java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt)
 * socketlab.ui.capture.BenchmarkLiveCapture IF FILTER}.
 */
public final class BenchmarkLiveCapture {
    private static final int SCREEN = 40;
    private static final long PULSE_NANOS = 16_000_000L;

    private BenchmarkLiveCapture() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: BenchmarkLiveCapture IF FILTER");
            System.exit(2);
        }
        ManualPulses pulses = new ManualPulses();
        ExecutorService ingest = Executors.newSingleThreadExecutor(r -> new Thread(r, "capture-ingest"));
        ExecutorService control = Executors.newSingleThreadExecutor(r -> new Thread(r, "capture-control"));
        // This thread plays the JavaFX thread: what the model hands back runs here, between pulses.
        Queue<Runnable> fx = new ConcurrentLinkedQueue<>();
        CaptureViewModel vm = new CaptureViewModel(new Background(control, fx::add), ingest, fx::add, pulses,
                new PacketLog(), List::of, Optional::empty, new LabEventLog());
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch printed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            try {
                printed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));

        vm.loadInterfaces();
        while (vm.interfaces().isEmpty()) {
            pump(fx, pulses);
            Thread.sleep(5);
        }
        vm.interfaces().stream().filter(i -> i.name().equals(args[0])).findFirst()
                .ifPresent(vm.selectedInterfaceProperty()::set);
        vm.filter().textProperty().set(args[1]);
        vm.start();
        while (!vm.runningProperty().get()) {
            pump(fx, pulses);
            Thread.sleep(5);
            if (vm.problemProperty().get() != null) {
                System.err.println("cannot capture: " + vm.problemProperty().get().getMessage());
                System.exit(1);
            }
        }
        System.out.println("capturing on " + args[0] + ": " + vm.sourceProperty().get());
        System.out.flush();

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long longest = 0;
        long longestCpu = 0;
        long pulsesOver100 = 0;
        long pulseCount = 0;
        // A frame is held on screen from one pulse's start to the next's; gaps over 100 ms are the frames the goal
        // counts. Each gap is taken apart: the collectors' time within it (their accumulated time read at each
        // pulse), the pulse's own work (wall and this thread's CPU), and the time this thread spent runnable but
        // waiting for a core (Linux's run delay, /proc/thread-self/schedstat); the rest is the sleep to the next
        // pulse and waits for a lock or a safepoint.
        Frames frames = new Frames();
        long previousStart = 0;
        long previousGcMillis = gcMillis();
        long previousRunDelay = runDelayNanos();
        long previousWall = 0;
        long previousCpu = 0;
        long gcCountBefore = gcCount();
        long gcMillisBefore = previousGcMillis;
        while (stop.getCount() > 0) {
            long t = System.nanoTime();
            long gc = gcMillis();
            long runDelay = runDelayNanos();
            if (previousStart != 0) {
                frames.add(t - previousStart, gc - previousGcMillis, runDelay - previousRunDelay, previousWall,
                        previousCpu);
            }
            previousStart = t;
            previousGcMillis = gc;
            previousRunDelay = runDelay;
            long cpu = threads.getCurrentThreadCpuTime();
            pump(fx, pulses);
            int n = vm.packets().size();
            for (int i = Math.max(0, n - SCREEN); i < n; i++) {
                vm.rows().of(i); // a list scrolled to its end draws the newest rows
            }
            long took = System.nanoTime() - t;
            previousWall = took;
            previousCpu = threads.getCurrentThreadCpuTime() - cpu;
            longestCpu = Math.max(longestCpu, previousCpu);
            longest = Math.max(longest, took);
            pulsesOver100 += took > 100_000_000L ? 1 : 0;
            pulseCount++;
            Thread.sleep(Math.max(1, (PULSE_NANOS - took) / 1_000_000));
        }
        long gcCountDuring = gcCount() - gcCountBefore;
        long gcMillisDuring = gcMillis() - gcMillisBefore;
        vm.stop();
        while (vm.runningProperty().get() || vm.busyProperty().get()) {
            pump(fx, pulses);
            Thread.sleep(5);
        }
        // The rows catch up with what was captured: the ingest thread decodes what it has not yet.
        long stopped = System.nanoTime();
        long captured = Long.parseLong(vm.statusProperty().get().replaceAll("^(\\d+) packets? captured.*", "$1"));
        while (vm.packets().size() < captured && System.nanoTime() - stopped < 120_000_000_000L) {
            pump(fx, pulses);
            Thread.sleep(16);
        }
        long catchUp = (System.nanoTime() - stopped) / 1_000_000;
        System.out.println("status line: " + vm.statusProperty().get());
        System.out.printf(Locale.ROOT, "rows in the list: %,d (%,d ms after stopping)%n", vm.packets().size(),
                catchUp);
        // Wall time includes garbage collection pauses and waiting for a core; CPU time is the pulse's own work.
        System.out.printf(Locale.ROOT, "pulses: %,d, longest %,.1f ms (%,.1f ms of CPU), %d over 100 ms%n",
                pulseCount, longest / 1e6, longestCpu / 1e6, pulsesOver100);
        frames.print();
        System.out.printf(Locale.ROOT, "garbage collection while capturing: %d collections, %,d ms in all (%s);"
                + " peak resident memory %s%n", gcCountDuring, gcMillisDuring, collectors(), peakResident());
        System.out.flush();
        vm.close();
        ingest.shutdownNow();
        control.shutdownNow();
        printed.countDown();
    }

    /** Linux's run delay of the calling thread: nanoseconds it was runnable but waiting for a core; 0 elsewhere. */
    private static long runDelayNanos() {
        try {
            String[] f = new String(java.nio.file.Files.readAllBytes(SCHEDSTAT)).trim().split(" ");
            return Long.parseLong(f[1]);
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }

    private static final java.nio.file.Path SCHEDSTAT = java.nio.file.Path.of("/proc/thread-self/schedstat");

    /** The times between the starts of two pulses, each with what it was made of. */
    private static final class Frames {
        private long[] gap = new long[4096];
        private long[] gcMillis = new long[4096];
        private long[] runDelay = new long[4096];
        private long[] pulseWall = new long[4096];
        private long[] pulseCpu = new long[4096];
        private int n;

        void add(long gapNanos, long gc, long delay, long wall, long cpu) {
            if (n == gap.length) {
                gap = java.util.Arrays.copyOf(gap, n * 2);
                gcMillis = java.util.Arrays.copyOf(gcMillis, n * 2);
                runDelay = java.util.Arrays.copyOf(runDelay, n * 2);
                pulseWall = java.util.Arrays.copyOf(pulseWall, n * 2);
                pulseCpu = java.util.Arrays.copyOf(pulseCpu, n * 2);
            }
            gap[n] = gapNanos;
            gcMillis[n] = gc;
            runDelay[n] = delay;
            pulseWall[n] = wall;
            pulseCpu[n] = cpu;
            n++;
        }

        void print() {
            if (n == 0) {
                System.out.println("frames: none");
                return;
            }
            long[] sorted = java.util.Arrays.copyOf(gap, n);
            java.util.Arrays.sort(sorted);
            int over = 0;
            int overWithGc = 0;
            int overMostlyWaiting = 0;
            for (int i = 0; i < n; i++) {
                if (gap[i] > 100_000_000L) {
                    over++;
                    overWithGc += gcMillis[i] > 0 ? 1 : 0;
                    overMostlyWaiting += runDelay[i] * 2 > gap[i] ? 1 : 0;
                }
            }
            System.out.printf(Locale.ROOT, "frames: %,d, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms; %d over"
                    + " 100 ms (%d with a collection in them, %d more than half waiting for a core)%n", n,
                    sorted[n / 2] / 1e6, sorted[(int) (n * 0.9)] / 1e6, sorted[Math.min(n - 1, (int) (n * 0.99))] / 1e6,
                    sorted[n - 1] / 1e6, over, overWithGc, overMostlyWaiting);
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (a, b) -> Long.compare(gap[b], gap[a]));
            StringBuilder longestFive = new StringBuilder("longest frames (ms: collection / waiting for a core /"
                    + " pulse work wall, CPU / rest):");
            for (int k = 0; k < Math.min(5, n); k++) {
                int i = order[k];
                long rest = gap[i] / 1_000_000 - gcMillis[i] - runDelay[i] / 1_000_000 - pulseWall[i] / 1_000_000;
                longestFive.append(String.format(Locale.ROOT, " %.0f = %d / %d / %d, %d / %d;", gap[i] / 1e6,
                        gcMillis[i], runDelay[i] / 1_000_000, pulseWall[i] / 1_000_000, pulseCpu[i] / 1_000_000,
                        rest));
            }
            System.out.println(longestFive);
        }
    }

    /**
     * The collectors' pauses so far: every collector's time but that of G1's and ZGC's concurrent cycles ("G1
     * Concurrent GC", "ZGC Minor Cycles", ...), which run beside the application and hold no frame.
     */
    private static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!b.getName().contains("Concurrent") && !b.getName().contains("Cycles")) {
                sum += Math.max(0, b.getCollectionTime());
            }
        }
        return sum;
    }

    private static long gcCount() {
        long sum = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, b.getCollectionCount());
        }
        return sum;
    }

    private static String collectors() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** The process's peak resident set (VmHWM), as Linux counts it; "unknown" elsewhere. */
    private static String peakResident() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    return String.format(Locale.ROOT, "%,d MB", kb / 1024);
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux
        }
        return "unknown";
    }

    private static void pump(Queue<Runnable> fx, ManualPulses pulses) {
        for (Runnable r; (r = fx.poll()) != null; ) {
            r.run();
        }
        pulses.fire();
    }
}
