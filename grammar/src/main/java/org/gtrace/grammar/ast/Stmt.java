package org.gtrace.grammar.ast;

/**
 * A statement. One record per kind; the Checker has a branch for each and StandardCompilers a
 * compiler, which StandardCompilersTest requires of every kind this sealed set permits.
 */
public sealed interface Stmt
        permits Stmt.Workload, Stmt.Training, Stmt.Region, Stmt.Scenario, Stmt.Simulate, Stmt.Shift, Stmt.Assess,
        Stmt.Let, Stmt.Load, Stmt.Set, Stmt.Expect, Stmt.Chart, Stmt.Table, Stmt.Explain, Stmt.Equivalents,
        Stmt.Sci, Stmt.Report, Stmt.Ask, Stmt.Show {

    Span span();

    /** The name this statement binds in the session, or null. */
    default Name defines() {
        return null;
    }

    /** {@code workload image ghibli < queries 700M; energy 0.006 kWh >}; modality may be null. */
    record Workload(Name modality, Name name, Block block, Span span) implements Stmt {
        @Override public Name defines() { return name; }
    }

    /** {@code training gpt3 < energy 1287 MWh; intensity 429 g/kWh >}. */
    record Training(Name name, Block block, Span span) implements Stmt {
        @Override public Name defines() { return name; }
    }

    /** {@code region dc1 < intensity 120 g/kWh >} or {@code region fr_market from FR < basis market >}. */
    record Region(Name name, Name base, Block block, Span span) implements Stmt {
        @Override public Name defines() { return name; }
    }

    /** {@code scenario green from ghibli < region FR >}. */
    record Scenario(Name name, Name base, Block block, Span span) implements Stmt {
        @Override public Name defines() { return name; }
    }

    /** {@code simulate trend from ghibli < users 130M; days 60; … >}: the viral simulation. */
    record Simulate(Name name, Name base, Block block, Span span) implements Stmt {
        @Override public Name defines() { return name; }
    }

    /**
     * {@code shift flex from tel < grid uk; flexible 30%; window 6 h >}: what a loaded table's CO2e
     * would be if a share of its load waited for cleaner intervals of a grid table, or moved region.
     */
    record Shift(Name name, Name base, Block block, Span span) implements Stmt {
        @Override public Name defines() { return name; }
    }

    /** {@code assess ghibli < budget 2 g/image; telemetry >}: the pyramid level of a deployment. */
    record Assess(Name target, Block block, Span span) implements Stmt {}

    /** {@code let total = 0.006 kWh * 700M}. */
    record Let(Name name, Expr value, Span span) implements Stmt {
        @Override public Name defines() { return name; }
    }

    /** {@code load telemetry from "data/telemetry.csv"}. */
    record Load(Name name, String path, Span pathSpan, Block block, Span span) implements Stmt {
        @Override public Name defines() { return name; }
    }

    /** {@code set basis market}, {@code set seed 42}: a session default. */
    record Set(Name option, Property value, Span span) implements Stmt {}

    /** {@code expect emissions ghibli == 2020 t ± 1%}; tolerance may be null (exact to 1e-9). */
    record Expect(Expr actual, Expr expected, Expr tolerance, Span span) implements Stmt {}

    /** {@code chart emissions ghibli by region as bar}; style may be null. */
    record Chart(Subject subject, Name style, Span span) implements Stmt {}

    /**
     * {@code table telemetry}, {@code table emissions ghibli by region}; with {@code to "by-region.csv"}
     * the table is also written to that file. path and pathSpan are null when there is no {@code to}.
     */
    record Table(Subject subject, String path, Span pathSpan, Span span) implements Stmt {
        public Table(Subject subject, Span span) {
            this(subject, null, null, span);
        }
    }

    /** {@code explain emissions ghibli}: the formula, the inputs and their sources. */
    record Explain(Subject subject, Span span) implements Stmt {}

    /** {@code equivalents ghibli < factors uk >}: the CO2e in car km, phone charges, household days. */
    record Equivalents(Expr subject, Block block, Span span) implements Stmt {}

    /**
     * {@code sci chat per query}: the Software Carbon Intensity (ISO/IEC 21031) per functional
     * unit, a word ({@code query}, {@code token}, {@code second}) or a count of the user's own
     * ({@code per 130M users}).
     */
    record Sci(Name target, Expr per, Span span) implements Stmt {}

    /**
     * {@code report ghibli, gpt3 to "study.html" < overwrite >}: a study report of the named results
     * (HTML, Markdown or JSON, by the file's extension) with their derivations, sources, assumptions
     * and a reproducibility manifest.
     */
    record Report(java.util.List<Name> targets, String path, Span pathSpan, Block block, Span span) implements Stmt {}

    /** A query on its own line: {@code emissions ghibli}. */
    record Ask(Query query, Span span) implements Stmt {}

    /** An expression on its own line: its value is shown. */
    record Show(Expr value, Span span) implements Stmt {}
}
