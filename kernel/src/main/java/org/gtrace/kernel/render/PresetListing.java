package org.gtrace.kernel.render;

import java.util.List;
import java.util.Locale;
import org.gtrace.stdlib.inference.Preset;
import org.gtrace.stdlib.units.DisplayUnits;

/** The bundled presets as a table: id, modality, value, boundary, what one output is, source. */
public final class PresetListing {

    private PresetListing() {}

    /** Aligned plain text, one preset per line, for the terminal. */
    public static String text(List<Preset> presets) {
        int id = "id".length(), value = "value".length(), boundary = "boundary".length();
        for (Preset p : presets) {
            id = Math.max(id, p.id().length());
            value = Math.max(value, value(p).length());
            boundary = Math.max(boundary, p.boundary().word().length());
        }
        String row = "%-" + id + "s  %-8s %" + value + "s  %-" + boundary + "s  %s%n";
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, row, "id", "modality", "value", "boundary", "one output; source"));
        for (Preset p : presets) {
            b.append(String.format(Locale.ROOT, row, p.id(), p.modality().word(), value(p), p.boundary().word(),
                    p.output() + "; " + p.figure().year() + ", " + p.figure().citation()));
        }
        b.append("\nboundary: accelerator < server (with host) < serving (idle capacity included) < facility (PUE included);")
                .append("\nthe estimate adds the layers a preset leaves out (host_factor, idle_factor, pue).");
        return b.toString();
    }

    /** The same as a Markdown table, for notebooks. */
    public static String markdown(List<Preset> presets) {
        StringBuilder b = new StringBuilder("| id | modality | value | boundary | one output | hardware | source |\n"
                + "|---|---|---:|---|---|---|---|\n");
        for (Preset p : presets) {
            b.append("| `").append(p.id()).append("` | ").append(p.modality().word()).append(" | ").append(value(p))
                    .append(" | ").append(p.boundary().word()).append(" | ").append(cell(p.output())).append(" | ")
                    .append(cell(p.hardware())).append(" | [").append(p.figure().year()).append("](")
                    .append(p.figure().citation()).append(") |\n");
        }
        return b.append("\nThe estimate adds the layers a preset leaves out: the host (`host_factor`), idle capacity")
                .append(" (`idle_factor`) and the facility (`pue`).\n").toString();
    }

    private static String value(Preset p) {
        return DisplayUnits.number(p.figure().value()) + " " + p.figure().unit();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
