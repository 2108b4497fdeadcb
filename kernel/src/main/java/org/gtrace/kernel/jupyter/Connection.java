package org.gtrace.kernel.jupyter;

/** What a Jupyter connection file says: where to bind and how to sign. */
public record Connection(String transport, String ip, int shellPort, int iopubPort, int stdinPort,
                         int controlPort, int hbPort, String signatureScheme, String key) {

    public String address(int port) {
        return transport.equals("ipc") ? "ipc://" + ip + "-" + port : transport + "://" + ip + ":" + port;
    }
}
