package org.gtrace.kernel.jupyter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JupyterProtocolTest {

    private final JupyterProtocol protocol = new JupyterProtocol("hmac-sha256", "secret-key");

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Frames as a client would send them, signed with {@code signer}. */
    private static List<byte[]> request(JupyterProtocol signer, String type, String content) {
        Request fake = new Request(List.of(), "x", "p", "sess", "u", b("{}"), "", 0, false, true, true, false, null);
        List<byte[]> frames = signer.encode(new Outgoing(type, JsonParser.parseString(content).getAsJsonObject()), fake,
                List.of(b("client-id")));
        return new ArrayList<>(frames);
    }

    @Test
    void signedExecuteRequestDecodes() throws BadMessage {
        Request r = protocol.decode(request(protocol, "execute_request",
                "{\"code\":\"emissions ghibli\",\"silent\":false,\"store_history\":true,\"user_expressions\":{},\"allow_stdin\":false,\"stop_on_error\":true}"));
        assertEquals("execute_request", r.type());
        assertEquals("emissions ghibli", r.code());
        assertTrue(r.storeHistory());
        assertArrayEquals(b("client-id"), r.identities().get(0));
    }

    @Test
    void forgedSignatureIsRejected() {
        List<byte[]> frames = request(new JupyterProtocol("hmac-sha256", "other-key"), "execute_request", "{\"code\":\"1\"}");
        BadMessage e = assertThrows(BadMessage.class, () -> protocol.decode(frames));
        assertEquals("bad HMAC signature", e.getMessage());
    }

    @Test
    void missingSignatureIsRejected() {
        List<byte[]> frames = request(protocol, "execute_request", "{\"code\":\"1\"}");
        frames.set(2, new byte[0]);
        assertEquals("missing HMAC signature", assertThrows(BadMessage.class, () -> protocol.decode(frames)).getMessage());
    }

    @Test
    void tamperedContentIsRejected() {
        List<byte[]> frames = request(protocol, "execute_request", "{\"code\":\"1\"}");
        frames.set(frames.size() - 1, b("{\"code\":\"2\"}"));
        assertThrows(BadMessage.class, () -> protocol.decode(frames));
    }

    @Test
    void framesWithoutDelimiterAreRejected() {
        assertEquals("no <IDS|MSG> delimiter", assertThrows(BadMessage.class,
                () -> protocol.decode(List.of(b("a"), b("b")))).getMessage());
    }

    @Test
    void garbageJsonIsABadMessageNotACrash() {
        JupyterProtocol open = new JupyterProtocol("hmac-sha256", "");
        List<byte[]> frames = List.of(b("<IDS|MSG>"), b(""), b("{not json"), b("{}"), b("{}"), b("{}"));
        assertThrows(BadMessage.class, () -> open.decode(frames));
    }

    @Test
    void kernelInfoReplyCarriesStatusOkAndLanguage() {
        var o = protocol.kernelInfo("0.1.0", "banner", "0.1.0");
        assertEquals("ok", o.content().get("status").getAsString());
        assertEquals("gtrace", o.content().getAsJsonObject("language_info").get("name").getAsString());
        assertEquals(".gtrace", o.content().getAsJsonObject("language_info").get("file_extension").getAsString());
    }

    @Test
    void historyRequestsDecode() throws BadMessage {
        Request r = protocol.decode(request(protocol, "history_request",
                "{\"output\":false,\"raw\":true,\"hist_access_type\":\"search\",\"pattern\":\"let*\",\"unique\":true,\"n\":3}"));
        assertEquals("search", r.history().access());
        assertEquals("let*", r.history().pattern());
        assertEquals(3, r.history().n());
        assertTrue(r.history().unique());
    }

    @Test
    void replyEchoesParentHeaderAndIdentity() throws BadMessage {
        Request r = protocol.decode(request(protocol, "kernel_info_request", "{}"));
        List<byte[]> out = protocol.encode(protocol.executeOk(3), r, r.identities());
        assertArrayEquals(b("client-id"), out.get(0));
        assertArrayEquals(r.rawHeader(), out.get(4));
        // and it verifies under the same key
        Request back = protocol.decode(out);
        assertEquals("execute_reply", back.type());
    }

    @Test
    void aHeaderTooDeepOrTooLargeIsDroppedNotEchoed() {
        // a signed request whose header nests 200,000 deep was answered, and its header copied into (20,000 here, under the size cap)
        // IOPub status messages, which every other client then failed to decode
        String deep = "{\"msg_id\":\"1\",\"msg_type\":\"kernel_info_request\",\"x\":" + "[".repeat(20_000) + "]".repeat(20_000) + "}";
        BadMessage e = assertThrows(BadMessage.class, () -> JupyterProtocol.checkHeader(deep.getBytes(StandardCharsets.UTF_8)));
        assertEquals("header nested over 8 deep", e.getMessage());
        String large = "{\"msg_id\":\"" + "a".repeat(70_000) + "\"}";
        assertThrows(BadMessage.class, () -> JupyterProtocol.checkHeader(large.getBytes(StandardCharsets.UTF_8)));
        // brackets inside strings are text, not nesting
        assertDoesNotThrow(() -> JupyterProtocol.checkHeader("{\"username\":\"[[[[[[[[[[[[\\\"{{{{{{{{{{\"}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void headerDatesHaveMicrosecondsAndAZone() throws BadMessage {
        // they stopped at the minute: 2026-12-01T22:38+0000
        assertEquals("2026-12-02T08:01:02.123456Z", JupyterProtocol.timestamp(java.time.Instant.parse("2026-12-02T08:01:02.123456789Z")));
        List<byte[]> out = protocol.encode(protocol.kernelInfo("1", "b", "1"), null, List.of());
        String header = new String(out.get(2), StandardCharsets.UTF_8);
        assertTrue(header.matches(".*\"date\":\"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z\".*"), header);
    }
}
