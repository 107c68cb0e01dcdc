package io.storywatch.app;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CpuAccountTest {
    @Test
    void aStreamThreadsWorkIsCountedAsTheStreamThreads() throws InterruptedException {
        CpuAccount account = CpuAccount.start(ProcessHandle.current());
        CountDownLatch worked = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        Thread worker = new Thread(() -> spinThenWait(worked, release), "cpu-test-app-1234-StreamThread-1");
        Thread other = new Thread(() -> spinThenWait(worked, release), "cpu-test-client-thread");
        worker.start();
        other.start();
        CpuAccount.Spent spent;
        try {
            assertTrue(worked.await(2, TimeUnit.MINUTES), "the threads did not get a fifth of a second of CPU each");
            spent = account.spent("cpu-test-app-1234"); // both still alive: a thread that has ended is not counted
        } finally {
            release.countDown();
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

    /** Spins until this thread has used a fifth of a second of CPU, says so, and waits to be released. */
    private static void spinThenWait(CountDownLatch worked, CountDownLatch release) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        while (threads.getCurrentThreadCpuTime() < 200_000_000L) {
            for (int i = 0; i < 100_000; i++) {
                sink += i * 31L ^ sink;
            }
        }
        if (sink == 42) {
            System.out.print("");
        }
        worked.countDown();
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
