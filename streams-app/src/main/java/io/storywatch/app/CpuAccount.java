package io.storywatch.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the CPU went during one bench run, in core-seconds: the app's stream threads, this JVM's other
 * Java threads (the clients' network threads, the bench's own), the JIT compiler, the garbage
 * collector, RocksDB's background threads, what is left of the process, and the broker's process. On
 * two cores these compete with the stream thread, so they say as much about a run as its articles/s.
 * Java threads are read through the JVM; the JVM's own and native threads from Linux's
 * {@code /proc/self/task} (where it is absent, they are one figure). A thread that ends during the
 * run takes its CPU out of its group: the figure for the process as a whole still counts it.
 */
final class CpuAccount {
    /** Linux reports thread CPU in clock ticks of 1/100 s (USER_HZ) on every common architecture. */
    private static final double TICKS_PER_SECOND = 100;
    private static final Path TASKS = Path.of("/proc/self/task");

    private final long startedNanos;
    private final long processNanos;
    private final Map<Long, Long> javaThreadNanos;
    private final Map<String, Long> nativeTicks;
    private final ProcessHandle broker;
    private final long brokerNanos;

    private CpuAccount(ProcessHandle broker) {
        this.broker = broker;
        this.startedNanos = System.nanoTime();
        this.processNanos = processCpuNanos();
        this.javaThreadNanos = javaThreads();
        this.nativeTicks = nativeThreadTicks();
        this.brokerNanos = cpuNanos(broker);
    }

    /** Starts counting now; {@code broker} is the broker's process (null: not counted). */
    static CpuAccount start(ProcessHandle broker) {
        return new CpuAccount(broker);
    }

    /** The CPU used since {@link #start}, with the stream threads of application {@code applicationId} apart. */
    Spent spent(String applicationId) {
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        double process = (processCpuNanos() - processNanos) / 1e9;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double streamThreads = 0;
        double otherJava = 0;
        int streamThreadCount = 0;
        for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (thread == null) {
                continue;
            }
            long now = threads.getThreadCpuTime(thread.getThreadId());
            if (now < 0) {
                continue;
            }
            double used = (now - javaThreadNanos.getOrDefault(thread.getThreadId(), 0L)) / 1e9;
            if (thread.getThreadName().startsWith(applicationId + "-") && thread.getThreadName().contains("-StreamThread-")) {
                streamThreads += used;
                streamThreadCount++;
            } else {
                otherJava += used;
            }
        }
        Map<String, Long> ticks = nativeThreadTicks();
        double jit = ticksSince(ticks, "jit");
        double gc = ticksSince(ticks, "gc");
        double rocksdb = ticksSince(ticks, "rocksdb");
        double rest = Math.max(0, process - streamThreads - otherJava - jit - gc - rocksdb);
        double brokerSeconds = broker == null ? 0 : (cpuNanos(broker) - brokerNanos) / 1e9;
        return new Spent(seconds, Runtime.getRuntime().availableProcessors(), streamThreads, streamThreadCount, otherJava,
                jit, gc, rocksdb, rest, !ticks.isEmpty(), brokerSeconds);
    }

    /** A group's ticks since the start, thread by thread: the JVM starts and stops compiler threads as it needs them. */
    private double ticksSince(Map<String, Long> now, String group) {
        long ticks = 0;
        for (Map.Entry<String, Long> thread : now.entrySet()) {
            if (thread.getKey().startsWith(group + "/")) {
                ticks += thread.getValue() - nativeTicks.getOrDefault(thread.getKey(), 0L);
            }
        }
        return ticks / TICKS_PER_SECOND;
    }

    /**
     * Core-seconds spent in one run of {@code seconds}, by group; {@code split} says whether the JVM's
     * own threads could be told apart (else {@code rest} holds the JIT, GC and RocksDB too).
     */
    record Spent(double seconds, int cores, double streamThreads, int streamThreadCount, double otherJavaThreads,
                 double jit, double gc, double rocksdb, double rest, boolean split, double broker) {

        /** The share of the run the stream threads were on a core. */
        double streamThreadsBusy() {
            return streamThreads / (seconds * Math.max(1, streamThreadCount));
        }

        /** One line: the groups, then what the machine had. */
        String line(String name) {
            String jvm = split
                    ? String.format("JIT compiler %.1f, GC %.1f, RocksDB %.1f, rest of the process %.1f", jit, gc, rocksdb, rest)
                    : String.format("JIT, GC, RocksDB and the rest of the process %.1f", rest);
            return String.format("%s CPU, core-seconds: stream threads %.1f, other app threads %.1f, %s, broker %.1f; "
                            + "the machine had %.1f (%d cores x %.1f s)", name, streamThreads, otherJavaThreads, jvm, broker,
                    cores * seconds, cores, seconds);
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static Map<Long, Long> javaThreads() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> cpu = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            long nanos = threads.getThreadCpuTime(id);
            if (nanos >= 0) {
                cpu.put(id, nanos);
            }
        }
        return cpu;
    }

    private static long cpuNanos(ProcessHandle process) {
        return process == null ? 0 : process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** Clock ticks of the JVM's JIT and GC threads and of RocksDB's, by "group/thread id", from Linux; empty elsewhere. */
    private static Map<String, Long> nativeThreadTicks() {
        Map<String, Long> ticks = new HashMap<>();
        if (!Files.isDirectory(TASKS)) {
            return ticks;
        }
        try (Stream<Path> tasks = Files.list(TASKS)) {
            tasks.forEach(task -> {
                String group = group(read(task.resolve("comm")).strip());
                if (group != null) {
                    ticks.put(group + "/" + task.getFileName(), ticks(read(task.resolve("stat"))));
                }
            });
        } catch (IOException | RuntimeException e) {
            return new HashMap<>(); // a thread list that cannot be read: no split
        }
        return ticks;
    }

    /** The group of a JVM or native thread by its Linux name (at most 15 characters), or null. */
    static String group(String name) {
        if (name.contains("CompilerThre")) {
            return "jit"; // "C1 CompilerThre", "C2 CompilerThre"
        }
        if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
            return "gc";
        }
        if (name.startsWith("rocksdb:")) {
            return "rocksdb";
        }
        return null;
    }

    /** User plus system ticks from a {@code stat} line; its second field (the name) may hold spaces. */
    static long ticks(String stat) {
        if (stat.isEmpty()) {
            return 0;
        }
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime and stime: fields 14 and 15 of the line
    }

    /** A file's text, or empty when the thread has gone meanwhile. */
    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
