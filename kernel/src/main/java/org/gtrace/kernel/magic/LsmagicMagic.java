package org.gtrace.kernel.magic;

import org.gtrace.kernel.cell.Output;

/** {@code %lsmagic}: every magic with one line on what it does. */
final class LsmagicMagic implements Magic {

    private final Magics magics;

    LsmagicMagic(Magics magics) {
        this.magics = magics;
    }

    @Override public String name() { return "lsmagic"; }
    @Override public boolean lineForm() { return true; }
    @Override public boolean cellForm() { return false; }
    @Override public String summary() { return "list the magics"; }
    @Override public String help() { return "**%lsmagic** — lists every line (%) and cell (%%) magic."; }

    @Override
    public void run(MagicCall call, MagicHost runner, Output out) {
        StringBuilder b = new StringBuilder();
        for (Magic m : magics.all()) {
            String forms = (m.lineForm() ? "%" + m.name() : "") + (m.lineForm() && m.cellForm() ? ", " : "")
                    + (m.cellForm() ? "%%" + m.name() : "");
            b.append(String.format("%-16s %s%n", forms, m.summary()));
        }
        out.stdout(b.toString());
    }
}
