package org.gtrace.kernel.jupyter;

import com.google.gson.JsonObject;

/** A message ready to sign and send: its msg_type and its content. Built by {@link JupyterProtocol}. */
public record Outgoing(String type, JsonObject content) {}
