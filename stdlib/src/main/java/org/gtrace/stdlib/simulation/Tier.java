package org.gtrace.stdlib.simulation;

import java.util.Objects;

/**
 * A class of users: its share of the population, how many outputs an active user of it asks for
 * per day on average, and the cap the service puts on that (0 = none).
 *
 * @param name               "free", "plus"
 * @param share              fraction of all users, in (0, 1]
 * @param meanOutputsPerDay  mean outputs an active user asks for in a day, before the cap
 * @param dailyCap           most outputs served per user per day; 0 for no cap
 */
public record Tier(String name, double share, double meanOutputsPerDay, int dailyCap) {
    public Tier {
        Objects.requireNonNull(name, "tier name");
        if (!(share > 0 && share <= 1)) throw new IllegalArgumentException("share of tier '" + name + "' must be in (0, 1] (got " + share + ")");
        if (!(meanOutputsPerDay >= 0 && meanOutputsPerDay <= 1e6)) {
            throw new IllegalArgumentException("outputs per day of tier '" + name + "' must be in [0, 1e6] (got " + meanOutputsPerDay + ")");
        }
        if (dailyCap < 0) throw new IllegalArgumentException("daily cap of tier '" + name + "' must be ≥ 0 (0 = no cap), got " + dailyCap);
    }

    public boolean capped() {
        return dailyCap > 0;
    }
}
