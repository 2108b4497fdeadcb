package org.gtrace.grammar.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gtrace.grammar.runtime.Declared;
import org.gtrace.grammar.runtime.Properties;
import org.gtrace.stdlib.report.Measure;
import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.report.ModelDocumentation;
import org.gtrace.stdlib.report.ModelDocumentation.Entry;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.uncertainty.UncertainQuantity;
import org.gtrace.stdlib.units.Dimension;
import org.gtrace.stdlib.units.DisplayUnits;
import org.gtrace.stdlib.units.Quantity;
import org.gtrace.stdlib.units.Units;

/**
 * The EU AI Act's energy and compute fields for each training run and workload of a report
 * (Annex XI 1.2(d)-(e) and the Code of Practice's Model Documentation Form), from what the study
 * declared. Each value says how it was obtained; a value the study does not give is "not known",
 * with what would give it.
 */
final class ModelDocumentations {

    /** C ≈ 6·N·D for a dense transformer's training: forward and backward passes, per parameter and token. */
    static final String TRAINING_RULE = "6·N·D (Kaplan et al. 2020, Scaling Laws for Neural Language Models, arXiv:2001.08361, §2.1)";
    /** ≈ 2·N FLOP per generated token for a forward pass. */
    static final String INFERENCE_RULE = "2·N per generated token (Kaplan et al. 2020, arXiv:2001.08361, Table 1)";

    private ModelDocumentations() {}

    static Optional<ModelDocumentation> of(String name, Object value, Report result) {
        if (!(value instanceof Declared d)) return Optional.empty();
        if (d.is(Declared.Kind.TRAINING)) return Optional.of(training(name, d.effective(), result));
        if (d.is(Declared.Kind.WORKLOAD)) return Optional.of(inference(name, d.effective(), d.effectiveModality()));
        return Optional.empty();
    }

    private static ModelDocumentation training(String name, Properties p, Report result) {
        List<Entry> e = new ArrayList<>();
        e.add(energy(p, result));
        e.add(compute(p));
        e.add(time(p));
        return new ModelDocumentation(name, e);
    }

    private static Entry energy(Properties p, Report result) {
        String field = "Energy consumed in training";
        Optional<Metric> m = result.metrics().stream().filter(x -> x.measure() == Measure.ENERGY).findFirst();
        if (m.isEmpty()) return new Entry(field, ModelDocumentation.NOT_KNOWN, "the study gives no training energy");
        double mwh = m.get().value().base() / 1000;
        String value = DisplayUnits.number(mwh) + " MWh";
        if (p.has("energy")) {
            return new Entry(field, value, "as reported by the study (given as energy; measured or published, not estimated here)"
                    + (p.has("pue") ? "" : "; no PUE added"));
        }
        String formula = m.get().derivation() == null ? "" : m.get().derivation().formula();
        return new Entry(field, value, "estimated, not measured: " + formula + " from the accelerator-hours, power per accelerator,"
                + " utilisation and PUE listed under the derivation above, with the source of each default");
    }

    private static Entry compute(Properties p) {
        String field = "Training compute";
        Optional<Quantity> given = quantity(p, "compute");
        if (given.isPresent()) return new Entry(field, given.get().format(), "as given by the study (measured or published)");
        Optional<Quantity> n = quantity(p, "parameters");
        Optional<Quantity> tokens = quantity(p, "training_tokens");
        if (n.isPresent() && tokens.isPresent()) {
            Quantity c = Quantity.of(6 * n.get().base() * tokens.get().base(), Units.parse("FLOP"));
            return new Entry(field, c.format(), "estimated as " + TRAINING_RULE + ", with N = " + n.get().format() + " parameters and D = "
                    + tokens.get().format());
        }
        return new Entry(field, ModelDocumentation.NOT_KNOWN,
                "the study gives neither compute nor parameters with training_tokens: give compute 3.14e23 FLOP, or parameters 175B"
                        + " and training_tokens 300B tokens for 6·N·D");
    }

    private static Entry time(Properties p) {
        String field = "Training time (wall-clock)";
        Optional<Quantity> duration = quantity(p, "duration");
        if (duration.isPresent()) return new Entry(field, duration.get().format(), "as given by the study (duration)");
        Optional<Quantity> hours = quantity(p, "accelerator_hours");
        Optional<Quantity> count = quantity(p, "count");
        if (hours.isPresent() && count.isPresent() && count.get().base() > 0) {
            Quantity t = new Quantity(hours.get().base() / count.get().base(), Dimension.TIME);
            return new Entry(field, t.format(), "accelerator-hours divided by the accelerator count, so a lower bound: pauses and restarts are not counted");
        }
        String why = hours.isPresent() ? "accelerator-hours are not a wall-clock time" : "the study gives no duration";
        return new Entry(field, ModelDocumentation.NOT_KNOWN, why + ": give duration 30 days, or count with accelerator_hours");
    }

    private static ModelDocumentation inference(String name, Properties p, String modality) {
        String field = "Inference compute of one benchmarked request";
        Optional<Quantity> n = quantity(p, "active_params");
        Optional<Quantity> tokens = quantity(p, "output_tokens");
        String task = (modality == null || modality.isEmpty() ? "" : modality + " ") + "request of " + name;
        String hardware = p.has("accelerator") ? String.valueOf(p.get("accelerator")) : ModelDocumentation.NOT_KNOWN + " (give accelerator)";
        Entry e;
        if (n.isPresent() && tokens.isPresent()) {
            Quantity c = Quantity.of(2 * n.get().base() * tokens.get().base(), Units.parse("FLOP"));
            e = new Entry(field, c.format(), "estimated as " + INFERENCE_RULE + ", with N = " + n.get().format() + " active parameters and "
                    + DisplayUnits.number(tokens.get().base()) + " generated tokens; task: " + task + "; hardware: " + hardware);
        } else {
            e = new Entry(field, ModelDocumentation.NOT_KNOWN, "the workload gives no active_params and output_tokens: give both"
                    + " (active_params 70B; output_tokens 500) for 2·N per token; task: " + task + "; hardware: " + hardware);
        }
        return new ModelDocumentation(name, List.of(e));
    }

    /** A property's value as one number: an uncertain one by its central value. */
    static Optional<Quantity> quantity(Properties p, String name) {
        if (!p.has(name)) return Optional.empty();
        Object v = p.get(name);
        if (v instanceof Quantity q) return Optional.of(q);
        if (v instanceof UncertainQuantity u) return Optional.of(u.central());
        return Optional.empty();
    }
}
