package org.gtrace.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.gtrace.grammar.Execution;
import org.gtrace.grammar.Session;
import org.gtrace.stdlib.report.Metric;
import org.gtrace.stdlib.report.Report;

/**
 * A G-TRACE program run as a Spark application, its tables loaded by the cluster spark-submit
 * names ({@code --master}): {@code spark-submit --class org.gtrace.spark.Job --jars … gtrace-spark.jar
 * study.gtrace}. Results go to standard output as text, diagnostics to standard error as the CLI
 * writes them; the exit status is the CLI's (0 ok, 1 errors in the program, 2 bad usage).
 */
public final class Job {

    private Job() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("usage: spark-submit --class org.gtrace.spark.Job [--master URL] --jars JARS gtrace-spark.jar FILE.gtrace");
            return 2;
        }
        Path file = Path.of(args[0]).toAbsolutePath();
        String source;
        try {
            source = Files.readString(file);
        } catch (NoSuchFileException e) {
            err.println(args[0] + ": no such file");
            return 2;
        } catch (IOException e) {
            err.println(args[0] + ": cannot read the file: " + e.getMessage());
            return 2;
        }
        Session session = new Session();
        session.baseDirectory(file.getParent());
        // a setting of its own, so the program's lines keep their numbers in diagnostics
        session.execute("set engine spark", "job");
        Execution x = session.execute(source, file.toString());
        for (Report r : x.reports()) out.print(text(r));
        if (x.ok()) return 0;
        err.print(x.format(file.toString(), source));
        return 1;
    }

    /** A result as plain text: its title, figures, table and notes (the CLI's aligned tables are the kernel module's). */
    private static String text(Report r) {
        StringBuilder b = new StringBuilder(r.title()).append('\n');
        for (Metric m : r.metrics()) b.append("  ").append(m.name()).append("  ").append(m.value().format()).append('\n');
        if (r.table() != null) b.append(r.table().printAll()).append('\n');
        if (r.markdown() != null && r.metrics().isEmpty() && r.table() == null) b.append(r.markdown()).append('\n');
        for (String n : r.notes()) b.append("  note: ").append(n).append('\n');
        return b.append('\n').toString();
    }
}
