package org.gtrace.kernel.jupyter;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.zeromq.ZMQ;

/**
 * The IOPub channel. ZeroMQ sockets belong to one thread, and cells publish from the worker
 * thread (which an interrupt may hit), so messages go through a queue to this channel's own
 * thread. {@link #flush} waits until everything queued so far is on the wire, so a reply is
 * never sent ahead of the outputs it belongs to.
 */
public final class IoPub implements Runnable {

    private record Item(Outgoing message, Request parent, CountDownLatch flushed) {}

    private final ZMQ.Socket socket;
    private final JupyterProtocol protocol;
    private final LinkedBlockingQueue<Item> queue = new LinkedBlockingQueue<>();
    private volatile boolean running = true;

    public IoPub(ZMQ.Socket socket, JupyterProtocol protocol) {
        this.socket = socket;
        this.protocol = protocol;
    }

    public void publish(Outgoing message, Request parent) {
        queue.add(new Item(message, parent, null));
    }

    /** Blocks until every message published before this call has been sent (at most 2 s). */
    public void flush() {
        CountDownLatch latch = new CountDownLatch(1);
        queue.add(new Item(null, null, latch));
        try {
            latch.await(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void stop() {
        running = false;
    }

    @Override
    public void run() {
        while (running || !queue.isEmpty()) {
            try {
                Item item = queue.poll(250, TimeUnit.MILLISECONDS);
                if (item == null) continue;
                if (item.flushed() != null) {
                    item.flushed().countDown();
                    continue;
                }
                send(item);
            } catch (InterruptedException e) {
                return;
            } catch (Throwable t) {
                KernelLog.warn("iopub: kept publishing after", t);
            }
        }
    }

    private void send(Item item) {
        byte[] topic = ("kernel." + item.message().type()).getBytes(StandardCharsets.UTF_8);
        List<byte[]> frames = protocol.encode(item.message(), item.parent(), List.of(topic));
        for (int i = 0; i < frames.size() - 1; i++) socket.sendMore(frames.get(i));
        socket.send(frames.get(frames.size() - 1), 0);
    }
}
