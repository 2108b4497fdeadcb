package org.gtrace.kernel.jupyter;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/**
 * Binds the five Jupyter sockets to exactly the addresses in the connection file and serves
 * each from its own thread. The kernel logic is the {@link RequestHandler}.
 */
public final class KernelServer {

    private final Connection connection;
    private final JupyterProtocol protocol;
    private final ZMQ.Context context = ZMQ.context(1);
    private final List<ZMQ.Socket> sockets = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private IoPub iopub;
    private Channel shell;
    private Channel control;
    private Heartbeat heartbeat;

    public KernelServer(Connection connection) {
        this.connection = connection;
        this.protocol = new JupyterProtocol(connection.signatureScheme(), connection.key());
    }

    public JupyterProtocol protocol() {
        return protocol;
    }

    /** Binds every socket; returns the IOPub publisher so the kernel can publish before serving. */
    public IoPub bind() {
        iopub = new IoPub(socket(SocketType.PUB, connection.iopubPort()), protocol);
        socket(SocketType.ROUTER, connection.stdinPort());
        heartbeat = new Heartbeat(socket(SocketType.REP, connection.hbPort()));
        return iopub;
    }

    public void serve(RequestHandler handler) {
        shell = new Channel("shell", socket(SocketType.ROUTER, connection.shellPort()), protocol, handler::shell);
        control = new Channel("control", socket(SocketType.ROUTER, connection.controlPort()), protocol, handler::control);
        start("gtrace-iopub", iopub);
        start("gtrace-heartbeat", heartbeat);
        start("gtrace-control", control);
        start("gtrace-shell", shell);
    }

    private ZMQ.Socket socket(SocketType type, int port) {
        ZMQ.Socket s = context.socket(type);
        s.setLinger(type == SocketType.PUB ? 500 : 0);
        String address = connection.address(port);
        if (!s.bind(address)) throw new IllegalStateException("cannot bind " + address);
        sockets.add(s);
        return s;
    }

    private void start(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        threads.add(t);
        t.start();
    }

    /** Stops serving; IOPub sends what it holds first. Safe to call from a channel thread. */
    public void stop() {
        if (stopped.getCount() == 0) return;
        iopub.flush();
        shell.stop();
        control.stop();
        heartbeat.stop();
        iopub.stop();
        stopped.countDown();
    }

    /** How long the heartbeat has gone without a ping, or empty when no client has pinged yet. */
    public java.util.Optional<java.time.Duration> heartbeatSilence() {
        return heartbeat == null ? java.util.Optional.empty() : heartbeat.silence();
    }

    public void awaitStop() throws InterruptedException {
        stopped.await();
        for (Thread t : threads) {
            if (t != Thread.currentThread()) t.join(1000);
        }
        for (ZMQ.Socket s : sockets) s.close();
        context.term();
    }
}
