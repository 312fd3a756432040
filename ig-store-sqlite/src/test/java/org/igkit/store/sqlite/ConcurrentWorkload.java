package org.igkit.store.sqlite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs the same kind of operation from many threads at once against one store, each thread with its own seeded
 * random stream, all released together, and gathers every exception that escaped an operation.
 */
final class ConcurrentWorkload {

    /** One operation; {@code random} belongs to the thread. */
    @FunctionalInterface
    interface Operation {
        void run(int thread, SplittableRandom random) throws Exception;
    }

    private ConcurrentWorkload() {
    }

    /** Runs {@code operationsPerThread} operations on each of {@code threads} threads; returns what escaped. */
    static List<Throwable> run(int threads, int operationsPerThread, long seed, Operation operation)
            throws InterruptedException {
        List<Throwable> escaped = Collections.synchronizedList(new ArrayList<>());
        SplittableRandom root = new SplittableRandom(seed);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                SplittableRandom random = root.split();
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < operationsPerThread; i++) {
                        try {
                            operation.run(thread, random);
                        } catch (Exception | AssertionError e) {
                            escaped.add(e);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                try {
                    f.get(10, TimeUnit.MINUTES);
                } catch (Exception e) {
                    escaped.add(e);
                }
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
        return List.copyOf(escaped);
    }
}
