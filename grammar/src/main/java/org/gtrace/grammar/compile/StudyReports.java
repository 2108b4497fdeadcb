package org.gtrace.grammar.compile;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gtrace.grammar.ast.Expr;
import org.gtrace.grammar.ast.Name;
import org.gtrace.grammar.ast.Span;
import org.gtrace.grammar.ast.Stmt;
import org.gtrace.grammar.check.Schemas;
import org.gtrace.grammar.diag.Kind;
import org.gtrace.grammar.runtime.Declared;
import org.gtrace.grammar.runtime.ProgramLog;
import org.gtrace.grammar.runtime.Properties;
import org.gtrace.grammar.runtime.Settings;
import org.gtrace.grammar.runtime.RunContext;
import org.gtrace.grammar.runtime.RunError;
import org.gtrace.stdlib.data.DatasetInfo;
import org.gtrace.stdlib.data.Datasets;
import org.gtrace.stdlib.io.AtomicFile;
import org.gtrace.stdlib.io.WriteError;
import org.gtrace.stdlib.provenance.Derivation;
import org.gtrace.stdlib.provenance.Sha256;
import org.gtrace.stdlib.provenance.Source;
import org.gtrace.stdlib.report.Manifest;
import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.report.ModelDocumentation;
import org.gtrace.stdlib.report.Report;
import org.gtrace.stdlib.report.Scope2Line;
import org.gtrace.stdlib.report.StudyReport;
import org.gtrace.stdlib.report.ToolBuild;
import tech.tablesaw.api.Table;

/**
 * {@code report a, b to "study.html"} and {@code table X to "t.csv"}: a study's results gathered
 * with their derivations, sources, assumptions and manifest, and written whole or not at all.
 */
public final class StudyReports {

    static final String TOOL = "G-TRACE Notebook";

    private StudyReports() {}

    static Step report(Stmt.Report r, Services sv) {
        return Steps.of(r.span(), ctx -> {
            Properties p = properties(r, ctx, sv);
            StudyWriter.Format format = format(r, p);
            Path path = ctx.settings().baseDirectory().resolve(r.path());
            StudyReport study = gather(r, p, ctx, sv);
            if (format == StudyWriter.Format.SPDX && study.sections().stream().allMatch(s -> s.task() == null)) {
                throw new RunError(Kind.TYPE, r.targets().get(0).span(), "an SPDX export describes models' training runs and workloads, and "
                        + (r.targets().size() == 1 ? "'" + r.targets().get(0).text() + "' is neither" : "none of these is one"),
                        "report a training or a workload: report gpt3 to \"gpt3.spdx.json\"");
            }
            String what;
            try {
                what = sv.writer().write(study, format, path, p.flag("overwrite"));
            } catch (WriteError e) {
                throw writeError(e, r.pathSpan(), "add < overwrite > to replace it: report "
                        + r.targets().get(0).text() + " to \"" + r.path() + "\" < overwrite >");
            } catch (UnsupportedOperationException e) {
                throw new RunError(Kind.DATA, r.span(), e.getMessage(), "");
            }
            ctx.report(Report.text(r.span().line(), "Report", path.toAbsolutePath().normalize() + ": " + what + "; "
                    + count(study.sections().size(), "result") + ", " + count(study.sources().size(), "cited source") + ", "
                    + count(study.assumptions().size(), "input") + " the study gave or assumed."));
        });
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private static Properties properties(Stmt.Report r, RunContext ctx, Services sv) {
        var schema = Schemas.of(Schemas.Owner.REPORT);
        try {
            return PropertyValues.evaluate(r.block(), schema, new Evaluator(ctx, sv.estimator()), "report");
        } catch (org.gtrace.stdlib.errors.InputError err) {
            throw CoreErrors.at(err, r.block(), schema, r.span());
        }
    }

    /** The format named, else the one the extension says (the Checker has made sure one does). */
    static StudyWriter.Format format(Stmt.Report r, Properties p) {
        String named = p.has("format") ? p.word("format") : null;
        if (named != null) return StudyWriter.Format.valueOf(named.toUpperCase(Locale.ROOT));
        String lower = r.path().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md")) return StudyWriter.Format.MARKDOWN;
        if (lower.endsWith(".spdx.json")) return StudyWriter.Format.SPDX;
        if (lower.endsWith(".json")) return StudyWriter.Format.JSON;
        return StudyWriter.Format.HTML;
    }

    static StudyReport gather(Stmt.Report r, Properties p, RunContext ctx, Services sv) {
        List<StudyReport.Section> sections = new ArrayList<>();
        for (Name n : r.targets()) {
            Expr.Ref ref = new Expr.Ref(n, n.span());
            Report result = Queries.subject(ref, r.span(), ctx, sv);
            // the notes are shown under the result already
            sections.add(new StudyReport.Section(n.text(), result, Queries.derivationMarkdown(result.withNotes(List.of()), ref),
                    task(ctx.bindings().value(n.text()).orElse(null), result, sv.estimator(), ctx)));
        }
        Map<String, Source> sources = new LinkedHashMap<>();
        Map<String, StudyReport.Assumption> given = new LinkedHashMap<>();
        for (StudyReport.Section s : sections) {
            for (Metric m : s.result().metrics()) if (m.derivation() != null) inputs(m.derivation(), sources, given);
        }
        String title = p.has("title") ? String.valueOf(p.get("title"))
                : "Study: " + String.join(", ", r.targets().stream().map(Name::text).toList());
        Manifest manifest = manifest(ctx.settings(), ctx.program(), sections, Datasets.filesOf(sources.values()));
        List<ModelDocumentation> aiAct = new ArrayList<>();
        if (p.flag("eu_ai_act")) {
            for (StudyReport.Section s : sections) {
                ModelDocumentations.of(s.name(), ctx.bindings().value(s.name()).orElse(null), s.result()).ifPresent(aiAct::add);
            }
        }
        List<Report> sci = new ArrayList<>();
        if (p.has("sci")) {
            for (Name n : r.targets()) {
                if (ctx.bindings().value(n.text()).orElse(null) instanceof Declared d && d.is(Declared.Kind.WORKLOAD)) {
                    sci.add(sv.estimator().sci(d, p.word("sci"), null, ctx, r.span().line()));
                }
            }
        }
        List<Scope2Line> scope2 = new ArrayList<>();
        for (StudyReport.Section s : sections) Scope2Lines.of(s.name(), s.result()).ifPresent(scope2::add);
        return new StudyReport(title, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), sections, sci,
                List.copyOf(sources.values()), List.copyOf(given.values()), scope2, aiAct, manifest);
    }

    /** What a declared training run or workload says of itself, or null for anything else. */
    private static StudyReport.Task task(Object value, Report result, Estimator estimator, RunContext ctx) {
        if (!(value instanceof Declared d) || !(d.is(Declared.Kind.TRAINING) || d.is(Declared.Kind.WORKLOAD))) return null;
        Properties p = d.effective();
        boolean training = d.is(Declared.Kind.TRAINING);
        double outputs = result.metrics().stream().filter(m -> m.measure() == org.gtrace.stdlib.report.Measure.OUTPUTS)
                .mapToDouble(m -> m.value().base()).findFirst()
                .orElse(training ? 0 : estimator.outputs(d, ctx));
        Object region = p.has("region") ? p.get("region") : null;
        return new StudyReport.Task(training ? "training" : "inference", training ? "" : Objects.requireNonNullElse(d.effectiveModality(), ""),
                outputs, region instanceof org.gtrace.grammar.runtime.Word w ? w.text() : "",
                p.has("accelerator") ? org.gtrace.grammar.runtime.Values.word(p.get("accelerator")) : "",
                (int) number(p, "count"), number(p, training ? "parameters" : "active_params"), number(p, "training_tokens"),
                training && p.has("energy"));
    }

    private static double number(Properties p, String name) {
        return ModelDocumentations.quantity(p, name).map(org.gtrace.stdlib.units.Quantity::base).orElse(0.0);
    }

    /** Every input of a derivation, its steps' included: sources of defaults apart from what the study gave or assumed. */
    private static void inputs(Derivation d, Map<String, Source> sources, Map<String, StudyReport.Assumption> given) {
        for (Derivation.Input in : d.inputs()) {
            Source s = in.source();
            if (s == null) continue;
            if (s.isUserInput() || s.kind().equals("assumption")) {
                String value = in.uncertain() != null ? in.uncertain().describe() : in.value().format();
                String where = s.isUserInput() ? s.title() : s.title() + " (this project's assumption: " + s.citation() + ")";
                given.putIfAbsent(in.meaning() + "|" + value + "|" + where, new StudyReport.Assumption(in.meaning(), value, where));
            } else {
                sources.putIfAbsent(s.id(), s);
            }
        }
        for (Derivation step : d.steps()) inputs(step, sources, given);
    }

    /** The manifest of results shown without a report ({@code gtrace run --json}): each named by its subject or title. */
    public static Manifest manifest(Settings settings, ProgramLog program, List<Report> results) {
        List<StudyReport.Section> sections = new ArrayList<>();
        Map<String, Source> sources = new LinkedHashMap<>();
        Map<String, StudyReport.Assumption> given = new LinkedHashMap<>();
        for (Report r : results) {
            if (r.metrics().isEmpty()) continue;
            sections.add(new StudyReport.Section(r.subject().isEmpty() ? r.title() : r.subject(), r, ""));
            for (Metric m : r.metrics()) if (m.derivation() != null) inputs(m.derivation(), sources, given);
        }
        return manifest(settings, program, sections, Datasets.filesOf(sources.values()));
    }

    static Manifest manifest(Settings settings, ProgramLog program, List<StudyReport.Section> sections, Set<String> used) {
        List<Manifest.Dataset> data = new ArrayList<>();
        for (DatasetInfo d : Datasets.all()) {
            String edition = d.commit().isEmpty() ? "sha256:" + d.sha256().substring(0, 8) : d.commit();
            data.add(new Manifest.Dataset(d.file(), edition, Datasets.checksum(d.file()), d.licence(), used.contains(d.file())));
        }
        List<Manifest.Figure> figures = new ArrayList<>();
        for (StudyReport.Section s : sections) {
            for (Metric m : s.result().metrics()) {
                boolean mc = m.isUncertain() && m.band().samples() > 0;
                figures.add(new Manifest.Figure(s.name(), m.key(), m.value().base(), org.gtrace.stdlib.units.Units.baseSymbol(m.value().dimension()),
                        m.isUncertain() ? m.standardError().base() : 0, mc ? m.band().samples() : 0));
            }
        }
        String text = program.text();
        return new Manifest(TOOL, ToolBuild.current(), settings.seed(), settings.samples(), data,
                new Manifest.Program(program.origin(), Sha256.hex(text), text), figures);
    }


    /** {@code table X to "t.csv"}: the table written whole (an existing file is replaced, as an export is), and a note saying where. */
    static Report writeCsv(Report shown, Stmt.Table t, RunContext ctx) {
        Table table = shown.table();
        if (table == null) {
            throw new RunError(Kind.TYPE, t.pathSpan(), "there is no table to write", "write a table or a query: table emissions ghibli by region to \"by-region.csv\"");
        }
        Path path = ctx.settings().baseDirectory().resolve(t.path());
        StringWriter csv = new StringWriter();
        table.write().csv(csv);
        try {
            AtomicFile.write(path, csv.toString(), true);
        } catch (WriteError e) {
            throw writeError(e, t.pathSpan(), "");
        }
        return shown.withNote("written to " + path.toAbsolutePath().normalize() + " (" + table.rowCount() + " rows)");
    }

    private static RunError writeError(WriteError e, Span at, String existsFix) {
        String fix = e.reason() == WriteError.Reason.EXISTS && !existsFix.isEmpty() ? existsFix : e.fix();
        // a name the program got wrong is the program's to change; a place that cannot be written is the machine's
        boolean programs = switch (e.reason()) {
            case EXISTS, NO_FOLDER, IS_FOLDER -> true;
            default -> false;
        };
        return new RunError(programs ? Kind.DATA : Kind.WRITE, at, e.getMessage(), fix);
    }
}
