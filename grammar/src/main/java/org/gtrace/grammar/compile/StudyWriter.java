package org.gtrace.grammar.compile;

import java.nio.file.Path;
import org.gtrace.stdlib.report.StudyReport;

/**
 * Writes a study report as a file: the front end's part, since it owns the renderers (HTML with
 * charts, Markdown, JSON). Writes whole or not at all, and throws
 * {@link org.gtrace.stdlib.io.WriteError} when it cannot.
 */
public interface StudyWriter {

    /** The formats a report may be written in. */
    enum Format { HTML, MARKDOWN, JSON, BOAMPS, SPDX }

    /** Writes {@code report} to {@code path}; returns what it did, e.g. "written, HTML, 48 KB". */
    String write(StudyReport report, Format format, Path path, boolean overwrite);

    /** A session without a front end (a library user's): reports cannot be written, and it says so. */
    StudyWriter NONE = (report, format, path, overwrite) -> {
        throw new UnsupportedOperationException("this session has no report writer: run the study with gtrace run or in the kernel");
    };
}
