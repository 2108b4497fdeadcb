package org.gtrace.stdlib.pyramid;

import java.util.List;

/** One level of the pyramid, its gates and whether all of them pass. */
public record LevelResult(int level, String name, List<Gate> gates) {
    public LevelResult {
        gates = List.copyOf(gates);
    }

    public boolean passed() {
        return gates.stream().allMatch(Gate::passed);
    }
}
