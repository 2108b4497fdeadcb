package org.gtrace.kernel.jupyter;

/** What the kernel does with a request that arrived on the shell or the control channel. */
public interface RequestHandler {

    void shell(Request request, Channel.Replier replier);

    void control(Request request, Channel.Replier replier);
}
