package org.gtrace.kernel.magic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.gtrace.stdlib.data.DatasetInfo;

/** The magics this kernel knows, by name. */
public final class Magics {

    private final Map<String, Magic> byName = new LinkedHashMap<>();

    public Magics(Supplier<List<DatasetInfo>> datasets) {
        for (Magic m : List.of(new JavaMagic(), new TimeMagic(), new LoadMagic(), new ResetMagic(), new SeedMagic(), new ReportMagic(),
                new SourcesMagic(datasets), new PresetsMagic(), new WhoMagic(), new ThreadsMagic(), new LsmagicMagic(this), new HelpMagic(this))) {
            byName.put(m.name(), m);
        }
    }

    public Optional<Magic> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<Magic> all() {
        return List.copyOf(byName.values());
    }

    /** "%time", "%%time", ... every written form, for completion. */
    public List<String> forms() {
        List<String> out = new ArrayList<>();
        for (Magic m : byName.values()) {
            if (m.lineForm()) out.add("%" + m.name());
            if (m.cellForm()) out.add("%%" + m.name());
        }
        return out;
    }

    /** What a usage error says of a magic this kernel lacks, written as {@code written}. */
    public static String unknown(String written) {
        return written + " is not a magic of this kernel; %lsmagic lists them";
    }
}
