package org.gtrace.kernel.jupyter;

import java.util.List;

/**
 * One decoded request from a client, in the kernel's own terms (the base library's types stay in
 * {@link JupyterProtocol}). Fields a message type does not carry are empty or zero.
 *
 * @param identities  ZeroMQ routing frames, echoed on the reply
 * @param type        the msg_type, e.g. "execute_request"
 * @param msgId       the header's msg_id
 * @param session     the client's session id
 * @param username    the client's user name
 * @param rawHeader   the header exactly as received, sent back as the parent header
 * @param code        code of execute, complete, inspect and is_complete requests
 * @param cursorPos   cursor of complete and inspect requests
 * @param silent      execute: publish nothing, do not count
 * @param storeHistory execute: record in history and count
 * @param stopOnError  execute: on error, abort the execute requests already queued behind it
 * @param restart     shutdown: the client will restart the kernel
 * @param history     the history query, or null
 */
public record Request(List<byte[]> identities, String type, String msgId, String session, String username,
                      byte[] rawHeader, String code, int cursorPos, boolean silent, boolean storeHistory,
                      boolean stopOnError, boolean restart, HistoryQuery history) {

    public Request {
        identities = List.copyOf(identities);
        code = code == null ? "" : code;
    }

    /** A history_request: tail (last n), range (one session's cells), or search (glob pattern). */
    public record HistoryQuery(String access, boolean output, int n, String pattern, boolean unique,
                               int session, int start, int stop) {}
}
