package org.gtrace.kernel.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.gtrace.kernel.render.PresetListing;
import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.inference.Modality;
import org.gtrace.stdlib.inference.Preset;
import org.gtrace.stdlib.inference.Presets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gtrace presets}: the bundled per-output energy figures a workload can name. */
@Command(name = "presets", mixinStandardHelpOptions = true,
        description = "List the bundled presets (published per-output energies) with their boundary and source.")
public final class PresetsCommand implements Callable<Integer> {

    @Option(names = {"-m", "--modality"}, paramLabel = "MODALITY", description = "only presets of text, image or video outputs")
    String modality;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Preset> presets;
        try {
            presets = modality == null ? Presets.all() : Presets.of(Modality.parse(modality));
        } catch (InputError e) {
            spec.commandLine().getErr().println("gtrace presets: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(presets.isEmpty() ? "No bundled presets measure " + modality + " outputs." : PresetListing.text(presets));
        out.flush();
        return 0;
    }
}
