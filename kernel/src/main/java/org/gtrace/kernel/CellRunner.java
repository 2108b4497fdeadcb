package org.gtrace.kernel;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.gtrace.kernel.cell.CellError;
import org.gtrace.kernel.cell.CellErrors;
import org.gtrace.kernel.cell.Output;
import org.gtrace.kernel.dsl.CellLanguage;
import org.gtrace.kernel.dsl.CellResult;
import org.gtrace.kernel.java.JavaCells;
import org.gtrace.kernel.jupyter.Bundle;
import org.gtrace.kernel.magic.Magic;
import org.gtrace.kernel.magic.MagicCall;
import org.gtrace.kernel.magic.MagicHost;
import org.gtrace.kernel.magic.Magics;
import org.gtrace.kernel.render.ReportBundles;
import org.gtrace.stdlib.report.Report;

/**
 * Runs one cell: a {@code %%magic} cell goes to its magic; otherwise {@code %magic} lines run in
 * place and the lines between them are G-TRACE, run by the language with their cell line
 * numbers kept (so errors point at the right line). The last report of a cell is its result.
 */
public final class CellRunner implements MagicHost {

    private final CompletableFuture<CellLanguage> language;
    private final JavaCells java;
    private final Magics magics;

    public CellRunner(CompletableFuture<CellLanguage> language, JavaCells java, Magics magics) {
        this.language = language;
        this.java = java;
        this.magics = magics;
    }

    @Override
    public CellLanguage language() {
        return language.join();
    }

    @Override
    public JavaCells java() {
        return java;
    }

    public Magics magics() {
        return magics;
    }

    /** A whole cell, as typed. */
    public void run(String code, String origin, Output out) throws CellError {
        if (code.indexOf('\0') >= 0) throw CellErrors.nulByte(code);
        runCode(code, 1, origin, out);
    }

    @Override
    public void runCode(String code, int firstLine, String origin, Output out) throws CellError {
        String[] lines = code.split("\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) first++;
        if (first < lines.length && lines[first].stripLeading().startsWith("%%")) {
            cellMagic(lines, first, firstLine, origin, out);
            return;
        }
        int chunkStart = 0;
        for (int i = 0; i < lines.length; i++) {
            String s = lines[i].stripLeading();
            if (!s.startsWith("%")) continue;
            dslChunk(lines, chunkStart, i, firstLine, origin, out);
            lineMagic(s, firstLine + i, origin, out);
            chunkStart = i + 1;
        }
        dslChunk(lines, chunkStart, lines.length, firstLine, origin, out);
    }

    private void dslChunk(String[] lines, int from, int to, int firstLine, String origin, Output out) throws CellError {
        if (from >= to) return;
        String chunk = String.join("\n", Arrays.copyOfRange(lines, from, to));
        if (chunk.isBlank()) return;
        runDsl(chunk, firstLine + from, origin, out);
    }

    private void cellMagic(String[] lines, int at, int firstLine, String origin, Output out) throws CellError {
        String head = lines[at].strip().substring(2);
        String name = head.split("\\s+", 2)[0];
        String args = head.length() > name.length() ? head.substring(name.length()).strip() : "";
        Magic m = magics.find(name).filter(Magic::cellForm)
                .orElseThrow(() -> CellErrors.simple("UsageError", Magics.unknown("%%" + name)));
        String body = String.join("\n", Arrays.copyOfRange(lines, at + 1, lines.length));
        m.run(new MagicCall(name, true, args, body, firstLine + at + 1, origin), this, out);
    }

    private void lineMagic(String line, int lineNo, String origin, Output out) throws CellError {
        String head = line.strip().substring(1);
        String name = head.split("\\s+", 2)[0];
        String args = head.length() > name.length() ? head.substring(name.length()).strip() : "";
        Magic m = magics.find(name).filter(Magic::lineForm)
                .orElseThrow(() -> CellErrors.simple("UsageError", "line " + lineNo + ": " + Magics.unknown("%" + name)));
        m.run(new MagicCall(name, false, args, "", lineNo, origin), this, out);
    }

    @Override
    public void runDsl(String source, int firstLine, String origin, Output out) throws CellError {
        String padded = "\n".repeat(Math.max(0, firstLine - 1)) + source;
        CellResult result;
        try {
            result = language().execute(padded, origin, out::progress);
        } catch (RuntimeException | Error e) {
            if (Thread.currentThread().isInterrupted()) throw CellErrors.interrupted();
            throw CellErrors.of(e);
        }
        if (Thread.currentThread().isInterrupted()) throw CellErrors.interrupted();
        if (result.failed()) throw CellErrors.of(result.diagnostics(), padded, origin);
        show(result.reports(), out);
    }

    private static void show(List<Report> reports, Output out) {
        for (int i = 0; i < reports.size(); i++) {
            List<Bundle> bundles = ReportBundles.of(reports.get(i));
            for (int j = 0; j < bundles.size(); j++) {
                Bundle b = bundles.get(j);
                boolean isResult = i == reports.size() - 1 && j == 0 && !b.data().containsKey("image/svg+xml");
                if (isResult) out.result(b);
                else out.display(b);
            }
        }
    }
}
