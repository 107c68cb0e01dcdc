package io.storywatch.app;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CpuAccountTest {
    @Test
    void aStreamThreadsWorkIsCountedAsTheStreamThreads() throws InterruptedException {
        CpuAccount account = CpuAccount.start(ProcessHandle.current());
        Thread worker = new Thread(CpuAccountTest::spinForAFifthOfASecondOfCpu, "cpu-test-app-1234-StreamThread-1");
        Thread other = new Thread(CpuAccountTest::spinForAFifthOfASecondOfCpu, "cpu-test-client-thread");
        worker.start();
        other.start();
        CpuAccount.Spent spent;
        try {
            while (worker.isAlive() && cpuOf(worker) < 200_000_000L || other.isAlive() && cpuOf(other) < 200_000_000L) {
                Thread.sleep(10);
            }
            spent = account.spent("cpu-test-app-1234"); // both still alive: a thread that has ended is not counted
        } finally {
            worker.interrupt();
            other.interrupt();
            worker.join();
            other.join();
        }
        assertEquals(1, spent.streamThreadCount());
        assertTrue(spent.streamThreads() >= 0.2, "stream threads " + spent.streamThreads());
        assertTrue(spent.otherJavaThreads() >= 0.2, "other threads " + spent.otherJavaThreads());
        // the "broker" here is this process, which did both; Linux counts a process's CPU in 10 ms ticks
        assertTrue(spent.broker() >= spent.streamThreads() + spent.otherJavaThreads() - 0.01, spent.toString());
        assertTrue(spent.line("test").startsWith("test CPU, core-seconds: stream threads "), spent.line("test"));
    }

    @Test
    void readsTicksFromAStatLineWhoseNameHasSpaces() {
        String stat = "4242 (C2 CompilerThre) S 1 4242 4242 0 -1 4194368 75 0 0 0 1234 56 0 0 20 0 40 0 900 0 0";
        assertEquals(1234 + 56, CpuAccount.ticks(stat));
        assertEquals(0, CpuAccount.ticks(""));
    }

    @Test
    void groupsTheJvmsOwnThreadsByName() {
        assertEquals("jit", CpuAccount.group("C2 CompilerThre"));
        assertEquals("jit", CpuAccount.group("C1 CompilerThre"));
        assertEquals("gc", CpuAccount.group("GC Thread#1"));
        assertEquals("gc", CpuAccount.group("G1 Refine#0"));
        assertEquals("rocksdb", CpuAccount.group("rocksdb:low"));
        assertNull(CpuAccount.group("bench-storywatc"));
    }

    private static void spinForAFifthOfASecondOfCpu() {
        long sink = 0;
        while (!Thread.currentThread().isInterrupted()) {
            for (int i = 0; i < 100_000; i++) {
                sink += i * 31L ^ sink;
            }
            if (sink == 42) {
                System.out.print("");
            }
        }
    }

    private static long cpuOf(Thread thread) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.getThreadCpuTime(thread.getId());
    }
}
