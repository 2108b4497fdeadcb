package org.gtrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.sql.SparkSession;
import org.gtrace.stdlib.uncertainty.CancelledException;
import org.junit.jupiter.api.Test;

/** Pressing stop interrupts the statement's thread: its Spark jobs are cancelled, and it ends as interrupted, promptly. */
class StopTest {

    @Test
    void anInterruptCancelsTheRunningJob() throws InterruptedException {
        SparkSession spark = Sessions.of(null);
        AtomicReference<Throwable> ended = new AtomicReference<>();
        Thread statement = new Thread(() -> {
            try {
                // a job of minutes: the largest of a trillion numbers (a sum would overflow first)
                Jobs.run(spark, "the query", () -> spark.range(0, 1_000_000_000_000L).selectExpr("max(id)").first());
            } catch (Throwable t) {
                ended.set(t);
            }
        });
        statement.start();
        Thread.sleep(2_000);
        long stopped = System.nanoTime();
        statement.interrupt();
        statement.join(20_000);
        assertTrue(!statement.isAlive(), "the statement still runs 20 s after the interrupt");
        assertInstanceOf(CancelledException.class, ended.get());
        assertEquals("the query was interrupted and stopped; no result was produced", ended.get().getMessage());
        assertTrue((System.nanoTime() - stopped) / 1e9 < 10, "stopping took " + (System.nanoTime() - stopped) / 1e9 + " s");
        Thread.sleep(500);
        assertEquals(0, spark.sparkContext().statusTracker().getActiveJobIds().length, "the job was left running");
    }
}
