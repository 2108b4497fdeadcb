package org.gtrace.stdlib.uncertainty;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Correlated inputs drawn together through a Gaussian copula (Iman and Conover's target, by the
 * normal-scores route): each input of a group draws standard normals from its own stream, the
 * group's Cholesky factor mixes them, Φ turns them into uniforms and each input's inverse CDF into
 * its own distribution. Marginals are exact; the rank correlation is the one asked for.
 */
final class CorrelatedDraws {

    private record Group(int[] members, double[][] cholesky) {}

    private final List<Group> groups;

    private CorrelatedDraws(List<Group> groups) {
        this.groups = groups;
    }

    static CorrelatedDraws none() {
        return new CorrelatedDraws(List.of());
    }

    /** The keys of the inputs that take part in a correlation. */
    static Set<String> keys(List<Correlation> correlations) {
        Set<String> out = new LinkedHashSet<>();
        for (Correlation c : correlations) {
            out.add(c.a().key());
            out.add(c.b().key());
        }
        return out;
    }

    static CorrelatedDraws of(List<Correlation> correlations, Formula.Input[] inputs) {
        if (correlations.isEmpty()) return none();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < inputs.length; i++) index.put(inputs[i].key(), i);
        int[] parent = new int[inputs.length];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        for (Correlation c : correlations) union(parent, require(index, c.a()), require(index, c.b()));
        Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
        for (String key : keys(correlations)) {
            int i = index.get(key);
            byRoot.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(i);
        }
        List<Group> groups = new ArrayList<>();
        for (List<Integer> members : byRoot.values()) groups.add(group(members, correlations, inputs));
        return new CorrelatedDraws(groups);
    }

    private static int require(Map<String, Integer> index, Formula.Input in) {
        Integer i = index.get(in.key());
        if (i == null) throw new CorrelationError("'" + in.name() + "' is correlated but no result uses it");
        return i;
    }

    private static Group group(List<Integer> members, List<Correlation> correlations, Formula.Input[] inputs) {
        int k = members.size();
        double[][] r = new double[k][k];
        for (int i = 0; i < k; i++) r[i][i] = 1;
        for (Correlation c : correlations) {
            int a = members.indexOf(indexOf(inputs, c.a().key())), b = members.indexOf(indexOf(inputs, c.b().key()));
            if (a < 0 || b < 0) continue;
            if (r[a][b] != 0 && r[a][b] != c.copula()) {
                throw new CorrelationError("'" + c.a().name() + "' and '" + c.b().name() + "' are given two different correlations");
            }
            r[a][b] = r[b][a] = c.copula();
        }
        return new Group(members.stream().mapToInt(Integer::intValue).toArray(), cholesky(r, members, inputs));
    }

    private static int indexOf(Formula.Input[] inputs, String key) {
        for (int i = 0; i < inputs.length; i++) if (inputs[i].key().equals(key)) return i;
        return -1;
    }

    private static double[][] cholesky(double[][] a, List<Integer> members, Formula.Input[] inputs) {
        int k = a.length;
        double[][] l = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int m = 0; m < j; m++) s -= l[i][m] * l[j][m];
                if (i == j) {
                    if (!(s > 1e-12)) {
                        throw new CorrelationError("the correlations among " + String.join(", ",
                                members.stream().map(x -> "'" + inputs[x].name() + "'").toList())
                                + " cannot all hold at once; weaken one of them");
                    }
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        return l;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    /** Fills the correlated inputs' registers with {@code n} joint draws; {@code streams.get(i)} is input i's generator. */
    void fill(Program p, Streams streams, double[][] registers, int n) {
        for (Group g : groups) {
            int k = g.members().length;
            double[][] z = new double[k][n];
            for (int m = 0; m < k; m++) Variates.fillStandardNormal(streams.of(g.members()[m]), z[m], n);
            double[][] l = g.cholesky();
            for (int m = k - 1; m >= 0; m--) {
                Distribution d = p.inputs[g.members()[m]].distribution();
                double[] out = registers[p.inputRegister[g.members()[m]]];
                for (int j = 0; j < n; j++) {
                    double w = 0;
                    for (int q = 0; q <= m; q++) w += l[m][q] * z[q][j];
                    out[j] = d.fromUniform(Variates.normalCdf(w));
                }
            }
        }
    }

    /** The random generators of one block, made when first asked for. */
    interface Streams {
        java.util.SplittableRandom of(int input);
    }
}
