package org.gtrace.stdlib.uncertainty;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Formulas compiled to a straight list of column operations over a few reusable registers: every
 * node once, operands first, a register freed after its last use. A chain of 10,000 operations
 * then needs three registers, not 10,000 columns, and evaluating it needs no recursion.
 */
final class Program {
    static final int CONST = 0, INPUT = 1, ENSEMBLE = 2, OPERATION = 3;

    final int[] kind;
    final Formula.Op[] op;
    final int[] dst;
    final int[] left;
    final int[] right;
    final double[] constant;
    /** For INPUT, the input's index; for ENSEMBLE, the ensemble's index. */
    final int[] source;
    final int registers;
    final Formula.Input[] inputs;
    final Formula.Ensemble[] ensembles;
    /** The register holding each input (for correlated inputs, filled before the instructions run). */
    final int[] inputRegister;
    /** Inputs drawn jointly with others (correlated), before the instructions run. */
    final boolean[] pinned;
    final int[] ensembleRegister;
    final int[] outputRegister;

    private Program(Builder b) {
        int n = b.kind.size();
        kind = b.kind.stream().mapToInt(Integer::intValue).toArray();
        op = b.op.toArray(new Formula.Op[0]);
        dst = new int[n];
        left = b.left.stream().mapToInt(Integer::intValue).toArray();
        right = b.right.stream().mapToInt(Integer::intValue).toArray();
        constant = b.constant.stream().mapToDouble(Double::doubleValue).toArray();
        source = b.source.stream().mapToInt(Integer::intValue).toArray();
        inputs = b.inputs.toArray(new Formula.Input[0]);
        ensembles = b.ensembles.toArray(new Formula.Ensemble[0]);
        inputRegister = new int[inputs.length];
        pinned = new boolean[inputs.length];
        for (int k = 0; k < inputs.length; k++) pinned[k] = b.pinned.contains(inputs[k].key());
        ensembleRegister = new int[ensembles.length];
        outputRegister = new int[b.outputs.size()];
        registers = allocate(b);
    }

    /**
     * Compiles {@code outputs}; inputs that share a key are one input (two with one key and
     * different distributions are an error). {@code pinned} inputs keep their register throughout.
     */
    static Program compile(List<? extends Formula> outputs, java.util.Set<String> pinned) {
        Builder b = new Builder(pinned);
        for (Formula f : Formula.nodes(outputs)) b.add(f);
        for (Formula f : outputs) b.outputs.add(b.node(f));
        return new Program(b);
    }

    int instructions() {
        return kind.length;
    }

    /** Registers by last use: a node's register is free once the last instruction reading it has run. */
    private int allocate(Builder b) {
        int n = kind.length;
        int[] lastUse = new int[n];
        for (int i = 0; i < n; i++) lastUse[i] = i;
        for (int i = 0; i < n; i++) {
            if (kind[i] != OPERATION) continue;
            lastUse[left[i]] = i;
            if (right[i] >= 0) lastUse[right[i]] = i;
        }
        for (int out : b.outputs) lastUse[out] = Integer.MAX_VALUE;
        Deque<Integer> free = new ArrayDeque<>();
        int next = 0;
        int[] registerOf = new int[n];
        boolean[] pinned = new boolean[n];
        // correlated inputs are drawn together before any instruction runs: their registers are theirs throughout
        for (int i = 0; i < n; i++) {
            if (kind[i] == INPUT && b.pinned.contains(inputs[source[i]].key())) {
                pinned[i] = true;
                lastUse[i] = Integer.MAX_VALUE;
                registerOf[i] = next++;
            }
        }
        for (int i = 0; i < n; i++) {
            int r = pinned[i] ? registerOf[i] : free.isEmpty() ? next++ : free.pop();
            registerOf[i] = r;
            dst[i] = r;
            if (kind[i] == OPERATION) {
                release(left[i], i, lastUse, registerOf, free);
                if (right[i] >= 0 && right[i] != left[i]) release(right[i], i, lastUse, registerOf, free);
                left[i] = registerOf[left[i]];
                if (right[i] >= 0) right[i] = registerOf[right[i]];
            } else if (kind[i] == INPUT) {
                inputRegister[source[i]] = r;
            } else if (kind[i] == ENSEMBLE) {
                ensembleRegister[source[i]] = r;
            }
            if (lastUse[i] == i) free.push(r); // a value nothing reads (kept only for sensitivity)
        }
        for (int o = 0; o < outputRegister.length; o++) outputRegister[o] = registerOf[b.outputs.get(o)];
        return Math.max(1, next);
    }

    private static void release(int node, int at, int[] lastUse, int[] registerOf, Deque<Integer> free) {
        if (lastUse[node] == at) free.push(registerOf[node]);
    }

    private static final class Builder {
        final java.util.Set<String> pinned;
        final List<Integer> kind = new ArrayList<>();
        final List<Formula.Op> op = new ArrayList<>();
        final List<Integer> left = new ArrayList<>();
        final List<Integer> right = new ArrayList<>();
        final List<Double> constant = new ArrayList<>();
        final List<Integer> source = new ArrayList<>();
        final List<Formula.Input> inputs = new ArrayList<>();
        final List<Formula.Ensemble> ensembles = new ArrayList<>();
        final List<Integer> outputs = new ArrayList<>();
        final IdentityHashMap<Formula, Integer> index = new IdentityHashMap<>();
        final Map<String, Integer> inputNode = new LinkedHashMap<>();

        Builder(java.util.Set<String> pinned) {
            this.pinned = pinned;
        }

        int node(Formula f) {
            return index.get(f);
        }

        void add(Formula f) {
            if (f instanceof Formula.Input in) {
                Integer same = inputNode.get(in.key());
                if (same != null) {
                    Formula.Input first = inputs.get(source.get(same));
                    if (!first.distribution().equals(in.distribution())) {
                        throw new IllegalArgumentException("two different inputs are both named '" + in.key() + "' ("
                                + first.distribution().describe() + " and " + in.distribution().describe() + ")");
                    }
                    index.put(f, same);
                    return;
                }
                inputNode.put(in.key(), emit(INPUT, null, -1, -1, 0, inputs.size()));
                inputs.add(in);
                index.put(f, kind.size() - 1);
            } else if (f instanceof Formula.Ensemble e) {
                index.put(f, emit(ENSEMBLE, null, -1, -1, 0, ensembles.size()));
                ensembles.add(e);
            } else if (f instanceof Formula.Constant c) {
                index.put(f, emit(CONST, null, -1, -1, c.value(), -1));
            } else {
                Formula.Operation o = (Formula.Operation) f;
                int r = o.right() == null ? -1 : node(o.right());
                index.put(f, emit(OPERATION, o.op(), node(o.left()), r, o.exponent(), -1));
            }
        }

        private int emit(int k, Formula.Op o, int l, int r, double c, int s) {
            kind.add(k);
            op.add(o);
            left.add(l);
            right.add(r);
            constant.add(c);
            source.add(s);
            return kind.size() - 1;
        }
    }
}
