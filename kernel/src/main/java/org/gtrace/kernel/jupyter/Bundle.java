package org.gtrace.kernel.jupyter;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A display bundle: one representation per MIME type, richest last is irrelevant (the front end
 * chooses). {@code displayId} makes it updatable with update_display_data.
 */
public record Bundle(Map<String, Object> data, Map<String, Object> metadata, String displayId) {

    public Bundle {
        data = Map.copyOf(new LinkedHashMap<>(data));
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    public static Bundle text(String text) {
        return new Bundle(Map.of("text/plain", text), Map.of(), null);
    }

    public Bundle withDisplayId(String id) {
        return new Bundle(data, metadata, id);
    }

    public String plain() {
        Object t = data.get("text/plain");
        return t == null ? "" : t.toString();
    }
}
