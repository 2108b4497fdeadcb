package org.gtrace.stdlib.grid;

import org.gtrace.stdlib.errors.Field;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gtrace.stdlib.data.CountryElectricity;
import org.gtrace.stdlib.data.CountryGrids;
import org.gtrace.stdlib.data.Datasets;
import org.gtrace.stdlib.errors.Check;
import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.provenance.Source;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.stdlib.units.Quantity;

/**
 * A grid made of others, such as the EU-27 the bundled data has no row for: the mean of the
 * members' intensities I = Σ wᵢ Iᵢ / Σ wᵢ, weighted by the shares given or, for countries, by
 * their yearly electricity generation in the same OWID/Ember file the intensities come from.
 * The members must share one accounting basis.
 */
public final class GridBlend {

    private GridBlend() {}

    /** Weighted by each member country's yearly electricity generation (TWh). */
    public static Region byGeneration(String name, List<Region> members) {
        double[] weights = new double[members.size()];
        for (int i = 0; i < weights.length; i++) {
            Region r = members.get(i);
            CountryElectricity c = r.kind() == Region.Kind.COUNTRY ? CountryGrids.byIso3(r.id()).orElse(null) : null;
            if (c == null || !(c.totalTwh() > 0)) {
                throw new InputError(Field.BLEND, r.name() + " has no yearly electricity generation in the bundled data to weight it by"
                        + " (only countries do)", "give each member a share: blend FRA 40%, DEU 60%");
            }
            weights[i] = c.totalTwh();
        }
        return of(name, members, weights, "weighted by yearly electricity generation (" + Datasets.get(CountryGrids.FILE).origin() + ")");
    }

    /** Weighted by the shares given (they need not be normalised). */
    public static Region byShares(String name, List<Region> members, double[] shares) {
        return of(name, members, shares, "weighted by the shares given");
    }

    /**
     * Weighted by shares that may be uncertain: the blend's intensity is then uncertain too,
     * I = Σ wᵢ Iᵢ / Σ wᵢ evaluated on each draw of the weights.
     */
    public static Region byUncertainShares(String name, List<Region> members, List<UncertainQuantity> shares) {
        double[] central = shares.stream().mapToDouble(UncertainQuantity::centralBase).toArray();
        Region point = of(name, members, central, "weighted by the shares given");
        if (shares.stream().allMatch(UncertainQuantity::isPoint)) return point;
        UncertainQuantity sum = null, weighted = null;
        for (int i = 0; i < members.size(); i++) {
            UncertainQuantity w = Check.fraction(shares.get(i), Field.BLEND);
            UncertainQuantity wi = w.times(members.get(i).intensity().draws());
            sum = sum == null ? w : sum.plus(w);
            weighted = weighted == null ? wi : weighted.plus(wi);
        }
        GridIntensity g = point.intensity();
        UncertainQuantity intensity = weighted.dividedBy(sum).as(g.value().dimension());
        return new Region(point.id(), point.name(), point.kind(), point.country(),
                List.of(GridIntensity.of(intensity, g.basis(), g.year(), g.source())));
    }

    private static Region of(String name, List<Region> members, double[] weights, String how) {
        if (members.size() < 2) throw new InputError(Field.BLEND, "a blend needs at least two regions", "write blend FRA, DEU");
        GridBasis basis = members.get(0).intensity().basis();
        double sum = 0;
        double weighted = 0;
        int year = 0;
        Set<String> licences = new LinkedHashSet<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            GridIntensity g = members.get(i).intensity();
            if (!g.basis().equals(basis)) {
                throw new InputError(Field.BLEND, "'" + members.get(i).id() + "' is " + g.basis().describe() + " but '"
                        + members.get(0).id() + "' is " + basis.describe(), "blend grids of one basis");
            }
            if (!(weights[i] >= 0)) throw new InputError(Field.BLEND, "a weight must be at least 0", "write blend FRA 40%, DEU 60%");
            sum += weights[i];
            weighted += weights[i] * g.value().base();
            year = Math.max(year, g.year());
            licences.add(g.source().licence());
            ids.add(members.get(i).id());
        }
        if (!(sum > 0)) throw new InputError(Field.BLEND, "the weights sum to 0", "give at least one a share above 0");
        Source source = new Source("blend:" + name, "Mean intensity of " + ids.size() + " grids (" + String.join(", ", ids) + "), "
                + how, "derived by G-TRACE Notebook from the members' bundled figures", year, String.join("; ", licences),
                "derived", basis.describe());
        GridIntensity grid = new GridIntensity(new Quantity(weighted / sum, members.get(0).intensity().value().dimension()), basis,
                year, source);
        return new Region(name, name + " (blend of " + ids.size() + ")", Region.Kind.USER, "", List.of(grid));
    }
}
