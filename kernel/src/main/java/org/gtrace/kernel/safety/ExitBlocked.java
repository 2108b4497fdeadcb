package org.gtrace.kernel.safety;

/** Thrown into a cell that called System.exit or Runtime.halt: the kernel refuses to end. */
public final class ExitBlocked extends SecurityException {

    private static final long serialVersionUID = 1L;

    public ExitBlocked(int status) {
        super("System.exit(" + status + ") was refused: a cell cannot stop the kernel, which keeps running with its"
                + " state; to start afresh use Kernel > Restart (or %reset)");
    }
}
