package org.gtrace.kernel.jupyter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.zeromq.ZMQ;

/**
 * One ROUTER socket served by its own thread: a blocking poll with a timeout (no sleep), so a
 * request is read the moment it arrives. A message that fails its signature or cannot be parsed
 * is logged and dropped; anything thrown while handling one is logged; the loop always goes on.
 */
public final class Channel implements Runnable {

    /** Sends replies on this channel's socket; only valid on the channel's own thread. */
    public interface Replier {
        void reply(Request to, Outgoing message);

        /** The requests already waiting on the socket, read without blocking (bad ones dropped). */
        default List<Request> waiting() {
            return List.of();
        }
    }

    private static final int POLL_MS = 250;

    private final String name;
    private final ZMQ.Socket socket;
    private final JupyterProtocol protocol;
    private final BiConsumer<Request, Replier> handler;
    private volatile boolean running = true;

    public Channel(String name, ZMQ.Socket socket, JupyterProtocol protocol, BiConsumer<Request, Replier> handler) {
        this.name = name;
        this.socket = socket;
        this.protocol = protocol;
        this.handler = handler;
    }

    public void stop() {
        running = false;
    }

    @Override
    public void run() {
        Replier replier = new Replier() {
            @Override
            public void reply(Request to, Outgoing message) {
                send(protocol.encode(message, to, to.identities()));
            }

            @Override
            public List<Request> waiting() {
                return drain();
            }
        };
        while (running) {
            try {
                if (!readable()) continue;
                List<byte[]> frames = receive();
                if (frames != null) serve(frames, replier);
            } catch (Throwable t) {
                if (!running) break;
                KernelLog.warn(name + ": kept serving after", t);
            }
        }
        closeSelector();
    }

    private void closeSelector() {
        try {
            if (selector != null) selector.close();
        } catch (java.io.IOException ignored) {
            // closing at shutdown; nothing to recover
        }
    }

    private boolean readable() {
        ZMQ.PollItem[] items = {new ZMQ.PollItem(socket, ZMQ.Poller.POLLIN)};
        return ZMQ.poll(selector(), items, POLL_MS) > 0 && items[0].isReadable();
    }

    private java.nio.channels.Selector selector;

    private java.nio.channels.Selector selector() {
        if (selector == null) {
            try {
                selector = java.nio.channels.Selector.open();
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot open a selector for " + name, e);
            }
        }
        return selector;
    }

    private List<byte[]> receive() {
        byte[] first = socket.recv(ZMQ.DONTWAIT);
        if (first == null) return null;
        List<byte[]> frames = new ArrayList<>(8);
        frames.add(first);
        while (socket.hasReceiveMore()) frames.add(socket.recv(0));
        return frames;
    }

    private List<Request> drain() {
        List<Request> out = new ArrayList<>();
        List<byte[]> frames;
        while ((frames = receive()) != null) {
            try {
                out.add(protocol.decode(frames));
            } catch (BadMessage e) {
                KernelLog.warn(name + ": dropped a message (" + e.getMessage() + ")");
            }
        }
        return out;
    }

    private void serve(List<byte[]> frames, Replier replier) {
        Request request;
        try {
            request = protocol.decode(frames);
        } catch (BadMessage e) {
            KernelLog.warn(name + ": dropped a message (" + e.getMessage() + ")");
            return;
        }
        KernelLog.debug(name + ": " + request.type());
        handler.accept(request, replier);
    }

    private void send(List<byte[]> frames) {
        for (int i = 0; i < frames.size() - 1; i++) socket.sendMore(frames.get(i));
        socket.send(frames.get(frames.size() - 1), 0);
    }
}
