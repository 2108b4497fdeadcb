package org.gtrace.kernel.magic;

import java.util.List;
import java.util.Map;
import org.gtrace.kernel.cell.CellError;
import org.gtrace.kernel.cell.CellErrors;
import org.gtrace.kernel.cell.Output;
import org.gtrace.kernel.jupyter.Bundle;
import org.gtrace.kernel.render.PresetListing;
import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.inference.Modality;
import org.gtrace.stdlib.inference.Preset;
import org.gtrace.stdlib.inference.Presets;

/** {@code %presets [modality]}: the bundled per-output energies, with boundary, unit of output and source. */
final class PresetsMagic implements Magic {

    @Override public String name() { return "presets"; }
    @Override public boolean lineForm() { return true; }
    @Override public boolean cellForm() { return false; }
    @Override public String summary() { return "list the bundled presets (per-output energies), optionally of one modality"; }
    @Override public String help() {
        return "**%presets** [text|image|video] — the published per-output energies a workload can name as its `preset`,"
                + " with what one output is, the boundary each includes and its source.";
    }

    @Override
    public void run(MagicCall call, MagicHost runner, Output out) throws CellError {
        String arg = call.args().strip();
        List<Preset> presets;
        try {
            presets = arg.isEmpty() ? Presets.all() : Presets.of(Modality.parse(arg));
        } catch (InputError e) {
            throw CellErrors.simple("UsageError", "%presets takes text, image or video (got '" + arg + "')");
        }
        if (presets.isEmpty()) {
            out.display(Bundle.text("No bundled presets measure " + arg + " outputs."));
            return;
        }
        out.display(new Bundle(Map.of("text/plain", PresetListing.text(presets), "text/markdown", PresetListing.markdown(presets)),
                Map.of(), null));
    }
}
