package org.gtrace.kernel.magic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gtrace.kernel.cell.CellError;
import org.gtrace.kernel.cell.CellErrors;
import org.gtrace.kernel.cell.Output;

/** {@code %load FILE.gtrace}: runs a G-TRACE file in this session; errors name the file's lines. */
final class LoadMagic implements Magic {

    static final long MAX_BYTES = 50_000_000;

    @Override public String name() { return "load"; }
    @Override public boolean lineForm() { return true; }
    @Override public boolean cellForm() { return false; }
    @Override public String summary() { return "run a .gtrace file in this session (its names stay defined)"; }

    @Override
    public String help() {
        return "**%load FILE.gtrace** — runs the file's statements in this session, as if typed in a cell. "
                + "A relative path is read from the notebook's folder. Errors show the file's line and column.";
    }

    @Override
    public void run(MagicCall call, MagicHost runner, Output out) throws CellError {
        String arg = call.args().strip();
        if (arg.isEmpty()) throw CellErrors.simple("UsageError", "%load needs a file name, e.g. %load study.gtrace");
        Path file = Path.of(arg.replaceAll("^[\"']|[\"']$", ""));
        String text;
        try {
            // a device (%load /dev/zero) or a huge file would be read until the heap is gone
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw CellErrors.simple("FileNotFoundError", "'" + arg + "' is not a regular file; %load reads .gtrace files");
            }
            if (Files.exists(file) && Files.size(file) > MAX_BYTES) {
                throw CellErrors.simple("FileTooLargeError", "'" + arg + "' is " + Files.size(file) / 1_000_000
                        + " MB; %load reads G-TRACE programs up to " + MAX_BYTES / 1_000_000 + " MB");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CellErrors.simple("FileNotFoundError", "cannot read '" + arg + "' (looked in "
                    + Path.of("").toAbsolutePath() + "): " + e.getClass().getSimpleName());
        }
        runner.runDsl(text, 1, file.getFileName().toString(), out);
    }
}
