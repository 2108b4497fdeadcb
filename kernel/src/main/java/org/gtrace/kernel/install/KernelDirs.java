package org.gtrace.kernel.install;

import java.nio.file.Path;
import java.util.Locale;

/** Where Jupyter looks for kernelspecs, following jupyter_core's rules for each install mode. */
public final class KernelDirs {

    private KernelDirs() {}

    /** The user's data dir: $JUPYTER_DATA_DIR, else the platform default, + /kernels. */
    public static Path user() {
        String data = System.getenv("JUPYTER_DATA_DIR");
        if (data != null && !data.isBlank()) return Path.of(data, "kernels");
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) return Path.of(home, "Library", "Jupyter", "kernels");
        if (os.contains("win")) return Path.of(System.getenv().getOrDefault("APPDATA", home), "jupyter", "kernels");
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg == null || xdg.isBlank() ? Path.of(home, ".local", "share") : Path.of(xdg)).resolve("jupyter").resolve("kernels");
    }

    /** PREFIX/share/jupyter/kernels. */
    public static Path prefix(Path prefix) {
        return prefix.toAbsolutePath().resolve("share").resolve("jupyter").resolve("kernels");
    }

    /** The active Python environment's prefix (virtualenv or conda), else /usr as on Debian. */
    public static Path sysPrefix() {
        for (String v : new String[] {"VIRTUAL_ENV", "CONDA_PREFIX"}) {
            String p = System.getenv(v);
            if (p != null && !p.isBlank()) return prefix(Path.of(p));
        }
        return prefix(Path.of("/usr"));
    }
}
