package org.gtrace.kernel.jupyter;

import org.zeromq.ZMQ;

/** Echoes every heartbeat ping straight back, on its own thread. */
final class Heartbeat implements Runnable {

    private final ZMQ.Socket socket;
    private volatile boolean running = true;

    Heartbeat(ZMQ.Socket socket) {
        this.socket = socket;
    }

    void stop() {
        running = false;
    }

    @Override
    public void run() {
        socket.setReceiveTimeOut(250);
        while (running) {
            try {
                byte[] ping = socket.recv(0);
                if (ping != null) socket.send(ping, 0);
            } catch (Throwable t) {
                if (running) KernelLog.warn("heartbeat: kept beating after", t);
            }
        }
    }
}
