package org.gtrace.kernel.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gtrace.kernel.install.KernelDirs;
import org.gtrace.kernel.install.KernelSpec;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gtrace install}: writes the gtrace kernelspec where Jupyter finds it. */
@Command(name = "install", mixinStandardHelpOptions = true,
        description = {"Install the G-TRACE Jupyter kernel (kernelspec 'gtrace') and, where Node.js, npm and",
            "JupyterLab 4 are found, the JupyterLab/Notebook 7 extension that highlights G-TRACE cells.",
            "Remove them with: jupyter kernelspec remove gtrace",
            "  and: rm -r <the data dir printed>/labextensions/gtrace-jupyterlab"})
public final class InstallCommand implements Callable<Integer> {

    static final class Where {
        @Option(names = "--user", description = "for the current user (the default)")
        boolean user;
        @Option(names = "--sys-prefix", description = "into the active Python environment (virtualenv/conda)")
        boolean sysPrefix;
        @Option(names = "--prefix", paramLabel = "P", description = "into P/share/jupyter/kernels")
        Path prefix;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Where where;

    @Option(names = "--force", description = "replace a gtrace kernelspec already installed there")
    boolean force;

    @Option(names = "--labextension", paramLabel = "DIR",
            description = "a built lab extension to install beside the kernelspec (bin/gtrace passes lab-extension/labextension)")
    Path labExtension;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() throws Exception {
        Path dir = where == null || where.user ? KernelDirs.user()
                : where.sysPrefix ? KernelDirs.sysPrefix() : KernelDirs.prefix(where.prefix);
        if (!force && Files.exists(dir.resolve(KernelSpec.NAME))) {
            command.commandLine().getErr().println("gtrace install: a gtrace kernelspec is already installed in "
                    + dir.resolve(KernelSpec.NAME) + "; add --force to replace it");
            return 2;
        }
        KernelSpec.Installed spec = KernelSpec.ofThisJvm().install(dir);
        System.out.println("Installed kernelspec gtrace in " + spec.dir());
        System.out.println("  wrote: " + String.join(", ", spec.written()));
        for (String left : spec.leftOut()) System.out.println("  left out: " + left);
        System.out.println("Check with: jupyter kernelspec list   Remove with: jupyter kernelspec remove gtrace");
        if (labExtension != null) {
            Path lab = KernelSpec.installLabExtension(labExtension, dir.getParent());
            System.out.println("Installed the JupyterLab extension (highlighting) in " + lab);
            System.out.println("Check with: jupyter labextension list   Remove with: rm -r " + lab);
        }
        return 0;
    }
}
