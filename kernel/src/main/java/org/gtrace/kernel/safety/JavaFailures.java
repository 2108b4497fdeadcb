package org.gtrace.kernel.safety;

import java.util.Set;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.VarSnippet;
import org.gtrace.kernel.cell.CellError;
import org.gtrace.kernel.cell.CellErrors;

/**
 * Clear errors for the ways a Java cell can take the JVM to its limits. JShell reports what a
 * snippet threw by class name only; these are the ones a user must be told how to recover from.
 */
public final class JavaFailures {

    private static final Set<String> PRIMITIVES = Set.of("boolean", "byte", "char", "short", "int", "long", "float", "double");

    private JavaFailures() {}

    /** The error for an exception a Java cell threw, or null when it is an ordinary one. */
    public static CellError of(String className, String message) {
        if (className == null) return null;
        if (className.equals(ExitBlocked.class.getName())) return CellErrors.simple("SystemExit", message);
        if (className.equals("java.lang.StackOverflowError")) {
            return CellErrors.simple("RecursionError", "the Java cell overflowed the stack (a recursion too deep or without"
                    + " end); the kernel and its state are intact");
        }
        if (className.equals("java.lang.OutOfMemoryError")) {
            return CellErrors.simple("MemoryError", "the Java cell exhausted the heap (" + message + "); the kernel is"
                    + " alive, but variables of earlier cells may still hold the memory: %reset frees them, or restart"
                    + " the kernel (Kernel > Restart)");
        }
        return null;
    }

    /**
     * Sets every reference variable of the JShell session to null. Dropping a snippet does not
     * clear the static field JShell keeps its value in, so without this a {@code %reset} after a
     * heap-filling cell would free nothing.
     */
    public static void releaseVariables(JShell js) {
        for (VarSnippet v : js.variables().toList()) {
            if (js.status(v) == Snippet.Status.VALID && !PRIMITIVES.contains(v.typeName())) js.eval(v.name() + " = null;");
        }
    }

    /** javac or JShell itself failed on a cell (e.g. a stack overflow compiling deep nesting). */
    public static CellError compilerFailed(Throwable t) {
        return CellErrors.simple("CompileError", "the Java compiler could not handle this cell (" + t.getClass().getSimpleName()
                + "); simplify it (less deeply nested expressions, smaller methods). The kernel is intact");
    }

    /**
     * A string literal javac cannot put in a class file (over 65,535 bytes) is refused before
     * JShell sees it: JShell reports such a snippet as fine and every later snippet then fails.
     */
    public static CellError oversizedLiteral(String code) {
        int open = -1;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\\' && open >= 0) { i++; continue; }
            if (c == '\n') open = -1;
            else if (c == '"') {
                if (open < 0) open = i;
                else {
                    if (i - open - 1 > 65_535 / 3 && code.substring(open + 1, i).getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 65_535) {
                        return CellErrors.simple("CompileError", "a string literal of " + (i - open - 1) + " characters is over"
                                + " Java's limit of 65,535 bytes; read the text from a file instead");
                    }
                    open = -1;
                }
            }
        }
        return null;
    }
}
