package org.gtrace.grammar.bind;

import java.util.ArrayList;
import java.util.List;
import org.gtrace.grammar.runtime.Correlate;
import org.gtrace.grammar.runtime.Declared;
import org.gtrace.grammar.runtime.Properties;
import org.gtrace.stdlib.errors.Field;
import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.uncertainty.Correlation;
import org.gtrace.stdlib.uncertainty.Formula;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;

/** The rank correlations declarations ask for ({@code correlate energy, pue 70%}), between their own uncertain inputs. */
final class Correlations {
    private Correlations() {}

    static List<Correlation> of(List<Declared> declared) {
        List<Correlation> out = new ArrayList<>();
        for (Declared d : declared) {
            Properties p = d.effective();
            if (!(p.get("correlate") instanceof Correlate c)) continue;
            for (Correlate.Pair pair : c.pairs()) {
                Correlation x;
                try {
                    x = new Correlation(input(d, p, pair.a()), input(d, p, pair.b()), pair.rank());
                } catch (org.gtrace.stdlib.uncertainty.CorrelationError e) {
                    throw new InputError(Field.CORRELATION, e.getMessage(), "correlate two different uncertain properties");
                }
                if (out.stream().noneMatch(y -> y.a().key().equals(x.a().key()) && y.b().key().equals(x.b().key()))) out.add(x);
            }
        }
        return out;
    }

    private static Formula.Input input(Declared d, Properties p, String property) {
        Object v = p.get(property);
        if (v instanceof UncertainQuantity u && u.formula() instanceof Formula.Input in) return in;
        String why = v == null ? "'" + d.name() + "' has no property '" + property + "'"
                : v instanceof UncertainQuantity ? "'" + property + "' is computed from several inputs"
                : "'" + property + "' is not uncertain";
        throw new InputError(Field.CORRELATION, why, "correlate two properties each given as a range, a ± or a distribution");
    }
}
