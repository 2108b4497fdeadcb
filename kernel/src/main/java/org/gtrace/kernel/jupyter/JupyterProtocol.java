package org.gtrace.kernel.jupyter;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dflib.jjava.jupyter.kernel.HelpLink;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.history.HistoryEntry;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.KernelTimestamp;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.adapters.HeaderAdapter;
import org.dflib.jjava.jupyter.messages.adapters.HistoryEntryAdapter;
import org.dflib.jjava.jupyter.messages.adapters.HistoryRequestAdapter;
import org.dflib.jjava.jupyter.messages.adapters.KernelTimestampAdapter;
import org.dflib.jjava.jupyter.messages.adapters.MessageTypeAdapter;
import org.dflib.jjava.jupyter.messages.publish.PublishClearOutput;
import org.dflib.jjava.jupyter.messages.publish.PublishDisplayData;
import org.dflib.jjava.jupyter.messages.publish.PublishError;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteInput;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteResult;
import org.dflib.jjava.jupyter.messages.publish.PublishStatus;
import org.dflib.jjava.jupyter.messages.publish.PublishStream;
import org.dflib.jjava.jupyter.messages.publish.PublishUpdateDisplayData;
import org.dflib.jjava.jupyter.messages.reply.CommInfoReply;
import org.dflib.jjava.jupyter.messages.reply.CompleteReply;
import org.dflib.jjava.jupyter.messages.reply.ErrorReply;
import org.dflib.jjava.jupyter.messages.reply.ExecuteReply;
import org.dflib.jjava.jupyter.messages.reply.HistoryReply;
import org.dflib.jjava.jupyter.messages.reply.InspectReply;
import org.dflib.jjava.jupyter.messages.reply.InterruptReply;
import org.dflib.jjava.jupyter.messages.reply.IsCompleteReply;
import org.dflib.jjava.jupyter.messages.reply.KernelInfoReply;
import org.dflib.jjava.jupyter.messages.reply.ShutdownReply;
import org.dflib.jjava.jupyter.messages.request.CompleteRequest;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.dflib.jjava.jupyter.messages.request.HistoryRequest;
import org.dflib.jjava.jupyter.messages.request.InspectRequest;
import org.dflib.jjava.jupyter.messages.request.IsCompleteRequest;
import org.dflib.jjava.jupyter.messages.request.ShutdownRequest;

/**
 * The one class that speaks to jjava-jupyter: it turns wire frames into {@link Request}s and
 * replies into signed frames, using the library's message, header, HMAC and content types. Its
 * API changes between alphas, so nothing else in the kernel imports it.
 *
 * <p>Unlike the library's socket class, a bad signature or unreadable frame never throws out of
 * a socket loop: {@link #decode} reports it as {@link BadMessage} and the caller drops it.
 * Replies that the messaging spec says carry {@code status} get one (the library leaves it off
 * {@code kernel_info_reply} and some others).
 */
public final class JupyterProtocol {

    private static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EMPTY = "{}".getBytes(StandardCharsets.UTF_8);
    private static final Gson GSON = new GsonBuilder()
            .registerTypeAdapter(KernelTimestamp.class, KernelTimestampAdapter.INSTANCE)
            .registerTypeAdapter(Header.class, HeaderAdapter.INSTANCE)
            .registerTypeAdapter(MessageType.class, MessageTypeAdapter.INSTANCE)
            .registerTypeAdapter(HistoryRequest.class, HistoryRequestAdapter.INSTANCE)
            .registerTypeAdapter(HistoryEntry.class, HistoryEntryAdapter.INSTANCE)
            .disableHtmlEscaping()
            .create();

    private final HMACGenerator hmac;
    private final boolean signed;
    private final DigestHistory history = new DigestHistory();

    public JupyterProtocol(String scheme, String key) {
        this.signed = key != null && !key.isEmpty();
        try {
            this.hmac = signed ? new HMACGenerator(scheme, key) : HMACGenerator.NO_AUTH_INSTANCE;
        } catch (Exception e) {
            throw new IllegalArgumentException("signature_scheme '" + scheme + "' is not supported: " + e.getMessage(), e);
        }
    }

    /** Reads a connection file's JSON text. */
    public static Connection connection(String json) {
        KernelConnectionProperties p = KernelConnectionProperties.parse(json);
        if (p.getIp() == null || p.getTransport() == null) {
            throw new IllegalArgumentException("the connection file needs 'ip' and 'transport'");
        }
        return new Connection(p.getTransport(), p.getIp(), p.getShellPort(), p.getIopubPort(), p.getStdinPort(),
                p.getControlPort(), p.getHbPort(), p.getSignatureScheme() == null ? "hmac-sha256" : p.getSignatureScheme(),
                p.getKey() == null ? "" : p.getKey());
    }

    // ---------------------------------------------------------------- decoding

    /** Splits, verifies and parses one multipart message; anything untrustworthy is a BadMessage. */
    public Request decode(List<byte[]> frames) throws BadMessage {
        int d = delimiterIndex(frames);
        if (frames.size() < d + 6) throw new BadMessage("message has " + frames.size() + " frames, too few after <IDS|MSG>");
        byte[] sig = frames.get(d + 1), header = frames.get(d + 2), parent = frames.get(d + 3),
                meta = frames.get(d + 4), content = frames.get(d + 5);
        verify(sig, header, parent, meta, content);
        // the header is echoed as every reply's and IOPub message's parent: one that other clients cannot
        // decode (nested 200,000 deep, they fail with RecursionError) is dropped here, as ipykernel does
        checkHeader(header);
        try {
            Header<?> h = GSON.fromJson(new String(header, StandardCharsets.UTF_8), Header.class);
            if (h == null || h.getType() == null) throw new BadMessage("header has no msg_type");
            String type = h.getType() == MessageType.UNKNOWN ? rawType(header) : h.getType().getName();
            return build(frames.subList(0, d), h, type, header, new String(content, StandardCharsets.UTF_8));
        } catch (BadMessage e) {
            throw e;
        } catch (RuntimeException e) {
            throw new BadMessage("unreadable message: " + e.getMessage());
        }
    }

    /** A header larger than this is not a client's: real ones are a few hundred bytes. */
    static final int MAX_HEADER_BYTES = 64 * 1024;
    /** A header nested deeper than this is not a client's: the spec's header is one flat object. */
    static final int MAX_HEADER_DEPTH = 8;

    static void checkHeader(byte[] header) throws BadMessage {
        if (header.length > MAX_HEADER_BYTES) {
            throw new BadMessage("header of " + header.length + " bytes, over the " + MAX_HEADER_BYTES + " a header may have");
        }
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < header.length; i++) {
            byte c = header[i];
            if (inString) {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (++depth > MAX_HEADER_DEPTH) {
                    throw new BadMessage("header nested over " + MAX_HEADER_DEPTH + " deep");
                }
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
    }

    private static int delimiterIndex(List<byte[]> frames) throws BadMessage {
        for (int i = 0; i < frames.size(); i++) {
            if (Arrays.equals(DELIMITER, frames.get(i))) return i;
        }
        throw new BadMessage("no <IDS|MSG> delimiter");
    }

    private void verify(byte[] sig, byte[]... parts) throws BadMessage {
        if (!signed) return;
        byte[] expected = hmac.calculateSignature(parts).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, sig)) {
            throw new BadMessage(sig.length == 0 ? "missing HMAC signature" : "bad HMAC signature");
        }
        if (!history.firstTime(new String(sig, StandardCharsets.US_ASCII))) {
            throw new BadMessage("duplicate signature: a message already received, sent again");
        }
    }

    private static String rawType(byte[] header) {
        return JsonParser.parseString(new String(header, StandardCharsets.UTF_8)).getAsJsonObject().get("msg_type").getAsString();
    }

    private Request build(List<byte[]> ids, Header<?> h, String type, byte[] rawHeader, String json) {
        String code = "";
        int cursor = 0;
        boolean silent = false, store = true, stopOnError = true, restart = false;
        Request.HistoryQuery history = null;
        switch (type) {
            case "execute_request" -> {
                ExecuteRequest r = GSON.fromJson(json, ExecuteRequest.class);
                code = r.getCode();
                silent = r.isSilent();
                JsonObject raw = JsonParser.parseString(json).getAsJsonObject();
                store = !silent && (!raw.has("store_history") || r.shouldStoreHistory());
                stopOnError = !raw.has("stop_on_error") || r.shouldStopOnError();
            }
            case "complete_request" -> {
                CompleteRequest r = GSON.fromJson(json, CompleteRequest.class);
                code = r.getCode();
                cursor = r.getCursorPos();
            }
            case "inspect_request" -> {
                InspectRequest r = GSON.fromJson(json, InspectRequest.class);
                code = r.getCode();
                cursor = r.getCursorPos();
            }
            case "is_complete_request" -> code = GSON.fromJson(json, IsCompleteRequest.class).getCode();
            case "shutdown_request" -> restart = GSON.fromJson(json, ShutdownRequest.class).isRestart();
            case "history_request" -> history = history(GSON.fromJson(json, HistoryRequest.class));
            default -> { }
        }
        return new Request(new ArrayList<>(ids), type, h.getId(), h.getSessionId(), h.getUsername(), rawHeader,
                code, cursor, silent, store, stopOnError, restart, history);
    }

    private static Request.HistoryQuery history(HistoryRequest r) {
        boolean out = r.includeOutput();
        if (r instanceof HistoryRequest.Tail t) {
            return new Request.HistoryQuery("tail", out, t.getMaxReturnLength(), null, false, 0, 0, 0);
        }
        if (r instanceof HistoryRequest.Search s) {
            return new Request.HistoryQuery("search", out, s.getMaxReturnLength(), s.getPattern(), s.filterUnique(), 0, 0, 0);
        }
        HistoryRequest.Range g = (HistoryRequest.Range) r;
        return new Request.HistoryQuery("range", out, 0, null, false, g.getSessionIndex(), g.getStart(), g.getStop());
    }

    // ---------------------------------------------------------------- encoding

    /** Signed frames for {@code out}, a child of {@code parent} (null: none), routed by {@code ids}. */
    public List<byte[]> encode(Outgoing out, Request parent, List<byte[]> ids) {
        Header<?> h = new Header<>(java.util.UUID.randomUUID().toString(), Header.KERNEL_USERNAME,
                parent == null ? "" : parent.session(), KernelTimestamp.now(), messageType(out.type()),
                Header.PROTOCOL_VERISON);
        JsonObject hj = GSON.toJsonTree(h).getAsJsonObject();
        hj.addProperty("msg_type", out.type());
        // microseconds and a zone, as ipykernel sends: nbclient and JupyterLab time cells from these dates
        hj.addProperty("date", timestamp(java.time.Instant.now()));
        byte[] header = GSON.toJson(hj).getBytes(StandardCharsets.UTF_8);
        byte[] parentRaw = parent == null ? EMPTY : parent.rawHeader();
        byte[] content = GSON.toJson(out.content()).getBytes(StandardCharsets.UTF_8);
        List<byte[]> frames = new ArrayList<>(ids.size() + 6);
        frames.addAll(ids);
        frames.add(DELIMITER);
        frames.add(hmac.calculateSignature(header, parentRaw, EMPTY, content).getBytes(StandardCharsets.US_ASCII));
        frames.add(header);
        frames.add(parentRaw);
        frames.add(EMPTY);
        frames.add(content);
        return frames;
    }

    private static final java.time.format.DateTimeFormatter DATE =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX").withZone(java.time.ZoneOffset.UTC);

    /** ISO 8601 in UTC to the microsecond: "2026-12-02T08:01:02.123456Z". */
    static String timestamp(java.time.Instant t) {
        return DATE.format(t);
    }

    private static MessageType<?> messageType(String name) {
        MessageType<?> t = MessageType.getType(name);
        return t == null ? MessageType.UNKNOWN : t;
    }

    private static Outgoing out(String type, Object content) {
        return new Outgoing(type, GSON.toJsonTree(content).getAsJsonObject());
    }

    private static Outgoing reply(String type, Object content) {
        Outgoing o = out(type, content);
        if (!o.content().has("status")) o.content().addProperty("status", "ok");
        return o;
    }

    // ---------------------------------------------------------------- replies

    /**
     * The help menu links to the paper, named as the paper: it said "language reference". The
     * project's own docs (docs/language.md, docs/methodology.md) have no address to link to yet.
     */
    public Outgoing kernelInfo(String implementationVersion, String banner, String languageVersion) {
        // the editors' mode is the lab extension's and kernel.js's 'gtrace'; Pygments has no G-TRACE lexer, so HTML
        // exports use its Python one, which colours comments, strings, numbers and the words both languages share
        LanguageInfo lang = new LanguageInfo("gtrace", languageVersion, "text/x-gtrace", ".gtrace", "python", "gtrace", null);
        return reply("kernel_info_reply", new KernelInfoReply(Header.PROTOCOL_VERISON, "gtrace", implementationVersion,
                lang, banner, List.of(new HelpLink("G-TRACE paper (arXiv 2511.04776)", "https://arxiv.org/abs/2511.04776"))));
    }

    public Outgoing executeOk(int count) {
        return reply("execute_reply", new ExecuteReply(count, Map.of()));
    }

    public Outgoing executeError(int count, String ename, String evalue, List<String> traceback) {
        ErrorReply e = new ErrorReply(ename, evalue, traceback);
        e.setExecutionCount(count);
        return out("execute_reply", e);
    }

    /** The reply to an execute request skipped because an earlier cell failed. */
    public Outgoing executeAborted(int count) {
        JsonObject c = new JsonObject();
        c.addProperty("status", "aborted");
        c.addProperty("execution_count", count);
        return new Outgoing("execute_reply", c);
    }

    /**
     * The matches, and their kinds in ipykernel's {@code _jupyter_types_experimental}, which
     * JupyterLab shows beside each item.
     */
    public Outgoing complete(List<String> matches, List<String> types, int start, int end) {
        List<Map<String, Object>> typed = new java.util.ArrayList<>();
        for (int i = 0; i < matches.size(); i++) {
            typed.add(Map.of("start", start, "end", end, "text", matches.get(i), "type", types.get(i)));
        }
        return reply("complete_reply", new CompleteReply(matches, start, end, Map.of("_jupyter_types_experimental", typed)));
    }

    public Outgoing inspect(Bundle bundle) {
        return reply("inspect_reply", new InspectReply(bundle != null, bundle == null ? new DisplayData() : displayData(bundle)));
    }

    /** status is one of complete, incomplete, invalid, unknown. */
    public Outgoing isComplete(String status, String indent) {
        IsCompleteReply r = switch (status) {
            case "complete" -> IsCompleteReply.VALID_CODE;
            case "invalid" -> IsCompleteReply.INVALID_CODE;
            case "incomplete" -> IsCompleteReply.getIncompleteReplyWithIndent(indent);
            default -> IsCompleteReply.UNKNOWN;
        };
        return out("is_complete_reply", r);
    }

    /** Each entry: session, cell number, input, output (null when not asked for). */
    public Outgoing history(List<Object[]> entries) {
        List<HistoryEntry> list = new ArrayList<>();
        for (Object[] e : entries) list.add(new HistoryEntry((Integer) e[0], (Integer) e[1], (String) e[2], (String) e[3]));
        return reply("history_reply", new HistoryReply(list));
    }

    public Outgoing commInfo() {
        return reply("comm_info_reply", new CommInfoReply(Map.of()));
    }

    public Outgoing shutdown(boolean restart) {
        return reply("shutdown_reply", restart ? ShutdownReply.SHUTDOWN_AND_RESTART : ShutdownReply.SHUTDOWN);
    }

    public Outgoing interrupt() {
        return reply("interrupt_reply", new InterruptReply());
    }

    /** The reply to a request type the kernel does not know: the spec's generic error form. */
    public Outgoing unsupported(String requestType) {
        String replyType = requestType.endsWith("_request") ? requestType.replace("_request", "_reply") : requestType + "_reply";
        return out(replyType, new ErrorReply("NotImplemented", requestType + " is not supported by this kernel", List.of()));
    }

    // ---------------------------------------------------------------- IOPub

    public Outgoing status(boolean busy) {
        return out("status", busy ? PublishStatus.BUSY : PublishStatus.IDLE);
    }

    public Outgoing starting() {
        return out("status", PublishStatus.STARTING);
    }

    public Outgoing executeInput(String code, int count) {
        return out("execute_input", new PublishExecuteInput(code, count));
    }

    public Outgoing stream(boolean stderr, String text) {
        return out("stream", new PublishStream(stderr ? PublishStream.StreamType.ERR : PublishStream.StreamType.OUT, text));
    }

    public Outgoing executeResult(int count, Bundle bundle) {
        return out("execute_result", new PublishExecuteResult(count, displayData(bundle)));
    }

    public Outgoing displayData(Bundle bundle, boolean update) {
        DisplayData d = displayData(bundle);
        return update ? out("update_display_data", new PublishUpdateDisplayData(d)) : out("display_data", new PublishDisplayData(d));
    }

    public Outgoing error(String ename, String evalue, List<String> traceback) {
        return out("error", new PublishError(ename, evalue, traceback));
    }

    public Outgoing clearOutput(boolean wait) {
        return out("clear_output", wait ? PublishClearOutput.BEFORE_NEXT_OUTPUT : PublishClearOutput.NOW);
    }

    private static DisplayData displayData(Bundle b) {
        DisplayData d = new DisplayData();
        b.data().forEach(d::putData);
        b.metadata().forEach(d::putMetaData);
        if (b.displayId() != null) d.setDisplayId(b.displayId());
        return d;
    }

    /** For tests: a JSON element of an outgoing content, as the client will see it. */
    static JsonElement json(Outgoing o) {
        return o.content();
    }
}
