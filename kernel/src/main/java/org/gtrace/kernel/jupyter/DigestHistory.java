package org.gtrace.kernel.jupyter;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The signatures of the messages already accepted, so that a captured message sent again is
 * refused as ipykernel's session refuses it. Bounded: past {@link #CAPACITY} the oldest are
 * forgotten (a message id and its date make a signature unique, so a legitimate client never
 * repeats one). Shared by the shell and control channels, hence synchronised.
 */
final class DigestHistory {

    /** jupyter_client's default digest_history_size. */
    static final int CAPACITY = 1 << 16;

    private final Set<String> seen = new LinkedHashSet<>();

    /** True the first time a signature is offered; false for a replay. */
    synchronized boolean firstTime(String signature) {
        if (!seen.add(signature)) return false;
        if (seen.size() > CAPACITY) {
            var oldest = seen.iterator();
            oldest.next();
            oldest.remove();
        }
        return true;
    }

    synchronized int size() {
        return seen.size();
    }
}
