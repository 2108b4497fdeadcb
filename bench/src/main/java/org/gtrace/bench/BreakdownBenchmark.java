package org.gtrace.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gtrace.stdlib.grid.Region;
import org.gtrace.stdlib.grid.RegionTable;
import org.gtrace.stdlib.inference.InferenceEstimate;
import org.gtrace.stdlib.inference.Workload;
import org.gtrace.stdlib.results.Breakdowns;
import org.gtrace.stdlib.units.Quantity;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A 200-region × 3-modality breakdown through the typed API: three workloads (text from the
 * EcoLogits model, image and video from given figures) each split over 200 countries, estimated
 * with every derivation, then tabled by modality and by region. Run: bench/run-jmh Breakdown -f 1 -wi 2 -i 3
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BreakdownBenchmark {

    private List<Region> regions;
    private Quantity share;

    @Setup
    public void setup() {
        regions = RegionTable.defaults().regions().stream().filter(r -> r.kind() == Region.Kind.COUNTRY).limit(200).toList();
        share = Quantity.number(1.0 / regions.size());
    }

    private Workload split(Workload w) {
        for (Region r : regions) w.share(r, share);
        return w;
    }

    @Benchmark
    public void breakdown200Regions3Modalities(Blackhole bh) {
        List<InferenceEstimate> es = new ArrayList<>(3);
        es.add(split(Workload.text("chat").outputs(Quantity.outputs(1e9))
                .textModel(Quantity.of(500, "tokens"), Quantity.number(70))).estimate());
        es.add(split(Workload.image("ghibli").outputs(Quantity.outputs(700e6))
                .energyPerOutput(Quantity.of(0.006, "kWh"))).estimate());
        es.add(split(Workload.video("clips").outputs(Quantity.outputs(1e6))
                .energyFigure("video.cogvideox.5s_16fps")).estimate());
        for (InferenceEstimate e : es) {
            bh.consume(e.co2eDerivation());
            bh.consume(e.table());
        }
        bh.consume(Breakdowns.byModality(es));
        bh.consume(Breakdowns.byRegion(es));
    }
}
