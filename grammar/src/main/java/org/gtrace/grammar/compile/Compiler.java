package org.gtrace.grammar.compile;

import java.util.ArrayList;
import java.util.List;
import org.gtrace.grammar.ast.Program;
import org.gtrace.grammar.ast.Stmt;

/** Checked AST → {@link Plan}: each statement through the compiler registered for its kind. */
public final class Compiler {

    private final Compilers compilers;
    private final Services services;

    public Compiler(Compilers compilers, Services services) {
        this.compilers = compilers;
        this.services = services;
    }

    public Plan compile(Program program) {
        List<Step> steps = new ArrayList<>(program.statements().size());
        for (Stmt s : program.statements()) steps.add(compilers.compile(s, services));
        return new Plan(steps);
    }
}
