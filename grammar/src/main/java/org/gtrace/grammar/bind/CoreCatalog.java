package org.gtrace.grammar.bind;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gtrace.grammar.check.Catalog;
import org.gtrace.grammar.check.Domain;
import org.gtrace.stdlib.data.Accelerator;
import org.gtrace.stdlib.data.Accelerators;
import org.gtrace.stdlib.data.Figure;
import org.gtrace.stdlib.data.LiteratureFigures;
import org.gtrace.stdlib.grid.Region;
import org.gtrace.stdlib.grid.RegionTable;
import org.gtrace.stdlib.inference.Modality;
import org.gtrace.stdlib.inference.Preset;
import org.gtrace.stdlib.inference.Presets;

/** The domain words of the bundled data: regions, accelerators, modalities and per-output figures. */
public final class CoreCatalog implements Catalog {

    private static final CoreCatalog INSTANCE = new CoreCatalog();

    private CoreCatalog() {}

    public static CoreCatalog instance() {
        return INSTANCE;
    }

    @Override
    public Collection<String> names(Domain domain) {
        return switch (domain) {
            case REGION -> RegionTable.defaults().names();
            case ACCELERATOR -> Accelerators.names();
            case MODALITY -> Arrays.stream(Modality.values()).map(Modality::word).toList();
            case PRESET -> presets();
            case FIGURE -> LiteratureFigures.all().stream().map(Figure::id).toList();
        };
    }

    @Override
    public List<List<String>> spellings(Domain domain) {
        if (domain != Domain.REGION) return Catalog.super.spellings(domain);
        RegionTable t = RegionTable.defaults();
        return t.regions().stream().map(t::spellingsOf).toList();
    }

    private static List<String> presets() {
        return Presets.all().stream().map(Preset::id).toList();
    }

    @Override
    public Optional<String> presetModality(String id) {
        return Presets.find(id).map(p -> p.modality().word());
    }

    /** Region lookups by word; the bundled table never changes, so answers are kept. */
    private final java.util.Map<String, Boolean> regions = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<String, Boolean> accelerators = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public boolean contains(Domain domain, String word) {
        return switch (domain) {
            case REGION -> regions.computeIfAbsent(word, w -> RegionTable.defaults().find(w).isPresent());
            case ACCELERATOR -> accelerators.computeIfAbsent(word, w -> Accelerators.find(w).isPresent());
            case MODALITY -> Arrays.stream(Modality.values()).anyMatch(m -> m.word().equals(word));
            case PRESET -> Presets.find(word).isPresent();
            case FIGURE -> LiteratureFigures.find(word).isPresent();
        };
    }

    @Override
    public Optional<String> describe(Domain domain, String word) {
        return switch (domain) {
            case REGION -> RegionTable.defaults().find(word).map(CoreCatalog::region);
            case ACCELERATOR -> Accelerators.find(word).map(CoreCatalog::accelerator);
            case MODALITY -> Optional.of("**" + word + "**: a modality of generative output (text, image, video, audio, code).");
            case PRESET -> Presets.find(word).map(CoreCatalog::preset);
            case FIGURE -> LiteratureFigures.find(word).map(CoreCatalog::figure);
        };
    }

    @Override
    public Optional<org.gtrace.stdlib.units.Dimension> figureDimension(String id) {
        try {
            return LiteratureFigures.find(id).map(f -> f.quantity().dimension());
        } catch (RuntimeException unusableUnit) {
            return Optional.empty();
        }
    }

    private static String region(Region r) {
        StringBuilder b = new StringBuilder("**").append(r.name()).append("** (region `").append(r.id()).append("`, ")
                .append(r.kind().name().toLowerCase(java.util.Locale.ROOT)).append(")\n\n");
        for (var g : r.grids()) b.append("- grid intensity ").append(g.describe()).append(" — ").append(g.source().line()).append('\n');
        return b.toString();
    }

    private static String accelerator(Accelerator a) {
        return "**" + a.name() + "** (" + a.type() + "): maximum power " + a.power().format() + " — " + a.source().line();
    }

    private static String preset(Preset p) {
        Figure f = p.figure();
        return "**" + f.id() + "**: " + f.subject() + " = " + org.gtrace.stdlib.units.DisplayUnits.number(f.value()) + " "
                + f.unit() + "\n\n- one output: " + p.output() + "\n- boundary: " + p.boundary().description()
                + " (the estimate adds what it leaves out)\n- hardware: " + p.hardware() + "\n- the source: " + p.words() + " ("
                + p.where() + ")\n\n" + f.source().line();
    }

    private static String figure(Figure f) {
        return "**" + f.id() + "**: " + f.subject() + " = " + org.gtrace.stdlib.units.DisplayUnits.number(f.value()) + " "
                + f.unit() + (f.notes().isEmpty() ? "" : " (" + f.notes() + ")") + "\n\n" + f.source().line();
    }
}
