package org.gtrace.kernel.jupyter;

/** A message that cannot be trusted or read: it is logged and dropped, never answered. */
public final class BadMessage extends Exception {
    public BadMessage(String why) {
        super(why);
    }
}
