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
        // counts. The collectors' accumulated time is read at each pulse, so each gap knows how much was collection.
        long previousStart = 0;
        long previousGcMillis = gcMillis();
        long longestGap = 0;
        long longestGapGc = 0;
        long gapsOver100 = 0;
        long gcCountBefore = gcCount();
        long gcMillisBefore = previousGcMillis;
        while (stop.getCount() > 0) {
            long t = System.nanoTime();
            long gc = gcMillis();
            if (previousStart != 0) {
                long gap = t - previousStart;
                gapsOver100 += gap > 100_000_000L ? 1 : 0;
                if (gap > longestGap) {
                    longestGap = gap;
                    longestGapGc = gc - previousGcMillis;
                }
            }
            previousStart = t;
            previousGcMillis = gc;
            long cpu = threads.getCurrentThreadCpuTime();
            pump(fx, pulses);
            int n = vm.packets().size();
            for (int i = Math.max(0, n - SCREEN); i < n; i++) {
                vm.rows().of(i); // a list scrolled to its end draws the newest rows
            }
            long took = System.nanoTime() - t;
            longestCpu = Math.max(longestCpu, threads.getCurrentThreadCpuTime() - cpu);
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
        System.out.printf(Locale.ROOT, "frames: longest between two pulses %,.1f ms (%,d ms of it collecting garbage),"
                + " %d over 100 ms%n", longestGap / 1e6, longestGapGc, gapsOver100);
        System.out.printf(Locale.ROOT, "garbage collection while capturing: %d collections, %,d ms in all (%s);"
                + " peak resident memory %s%n", gcCountDuring, gcMillisDuring, collectors(), peakResident());
        System.out.flush();
        vm.close();
        ingest.shutdownNow();
        control.shutdownNow();
        printed.countDown();
    }

    private static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, b.getCollectionTime());
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
