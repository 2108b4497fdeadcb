package org.gtrace.kernel.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.gtrace.grammar.compile.StudyWriter;
import org.gtrace.stdlib.io.AtomicFile;
import org.gtrace.stdlib.report.StudyReport;

/** Writes {@code report} statements' files, whole or not at all, in the format asked for. */
public final class StudyFiles implements StudyWriter {

    @Override
    public String write(StudyReport report, Format format, Path path, boolean overwrite) {
        String text = switch (format) {
            case HTML -> StudyHtml.render(report);
            case MARKDOWN -> StudyMarkdown.render(report);
            case JSON -> StudyJson.render(report);
            case BOAMPS -> BoampsJson.render(report);
            case SPDX -> SpdxJson.render(report);
        };
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(path, bytes, overwrite);
        String kind = switch (format) {
            case HTML -> "HTML";
            case MARKDOWN -> "Markdown";
            case JSON -> "JSON";
            case BOAMPS -> "BoAmps JSON";
            case SPDX -> "SPDX 3.0.1 JSON-LD";
        };
        return "written, " + kind + ", " + (bytes.length < 10_240 ? bytes.length + " bytes" : Math.round(bytes.length / 1024.0) + " KB");
    }
}
