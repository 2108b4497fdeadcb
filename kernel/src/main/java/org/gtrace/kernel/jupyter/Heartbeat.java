package org.gtrace.kernel.jupyter;

import org.zeromq.ZMQ;

/** Echoes every heartbeat ping straight back, on its own thread. */
final class Heartbeat implements Runnable {

    private final ZMQ.Socket socket;
    private volatile boolean running = true;
    /** System.nanoTime() of the last ping; 0 until the first. */
    private volatile long lastPing;

    Heartbeat(ZMQ.Socket socket) {
        this.socket = socket;
    }

    void stop() {
        running = false;
    }

    /** How long since the last ping, or empty when no client has pinged yet. */
    java.util.Optional<java.time.Duration> silence() {
        long last = lastPing;
        return last == 0 ? java.util.Optional.empty() : java.util.Optional.of(java.time.Duration.ofNanos(System.nanoTime() - last));
    }

    @Override
    public void run() {
        socket.setReceiveTimeOut(250);
        while (running) {
            try {
                byte[] ping = socket.recv(0);
                if (ping != null) {
                    lastPing = System.nanoTime() | 1;  // never 0, which means "not yet"
                    socket.send(ping, 0);
                }
            } catch (Throwable t) {
                if (running) KernelLog.warn("heartbeat: kept beating after", t);
            }
        }
    }
}
