package org.gtrace.notebooks;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Debian's classic Notebook server (jupyter-notebook 6) on loopback, serving a copy of the
 * notebooks folder with the gtrace kernelspec of this checkout installed into a private
 * JUPYTER_PATH, so a test neither installs anything for the user nor touches the stored notebooks.
 */
final class NotebookServer implements AutoCloseable {

    private final Path home;
    private final Process process;
    private final int port;
    private final String token;

    private NotebookServer(Path home, Process process, int port, String token) {
        this.home = home;
        this.process = process;
        this.port = port;
        this.token = token;
    }

    /** Installs the kernel with {@code bin/gtrace install --prefix}, copies the notebooks, starts the server. */
    static NotebookServer start(Path root) throws IOException, InterruptedException {
        Path home = Files.createTempDirectory("gtrace-browser");
        run(List.of(root.resolve("bin/gtrace").toString(), "install", "--prefix", home.resolve("prefix").toString()),
                home, Map.of());
        Path notebooks = home.resolve("notebooks");
        copyTree(root.resolve("notebooks"), notebooks);
        int port = freePort();
        String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        ProcessBuilder pb = new ProcessBuilder("jupyter-notebook", "--no-browser", "--ip=127.0.0.1",
                "--port=" + port, "--port-retries=0", "--NotebookApp.token=" + token,
                "--NotebookApp.open_browser=False", "--allow-root", "--notebook-dir=" + notebooks);
        environment(pb.environment(), home);
        pb.redirectErrorStream(true).redirectOutput(home.resolve("server.log").toFile());
        NotebookServer server = new NotebookServer(home, pb.start(), port, token);
        server.awaitUp(Duration.ofSeconds(60));
        return server;
    }

    String url(String notebook) {
        return "http://127.0.0.1:" + port + "/notebooks/" + notebook + "?token=" + token;
    }

    String log() throws IOException {
        return Files.readString(home.resolve("server.log"));
    }

    private void awaitUp(Duration limit) throws IOException, InterruptedException {
        Instant end = Instant.now().plus(limit);
        while (Instant.now().isBefore(end)) {
            if (!process.isAlive()) throw new IllegalStateException("jupyter-notebook exited:\n" + log());
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(
                        "http://127.0.0.1:" + port + "/api/status?token=" + token).toURL().openConnection();
                c.setConnectTimeout(500);
                if (c.getResponseCode() == 200) return;
            } catch (IOException notYet) {
                // the server is still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("jupyter-notebook did not answer within " + limit + ":\n" + log());
    }

    /** Stops the server; on SIGTERM it shuts its kernels down too. */
    @Override
    public void close() throws IOException, InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly();
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static void environment(Map<String, String> env, Path home) {
        env.put("JUPYTER_PATH", home.resolve("prefix/share/jupyter").toString());
        env.put("JUPYTER_DATA_DIR", home.resolve("data").toString());
        env.put("JUPYTER_RUNTIME_DIR", home.resolve("runtime").toString());
        env.put("JUPYTER_CONFIG_DIR", home.resolve("config").toString());
        env.put("IPYTHONDIR", home.resolve("ipython").toString());
    }

    private static void run(List<String> command, Path home, Map<String, String> env)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve("install.log").toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n"
                    + Files.readString(home.resolve("install.log")));
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path rel = from.relativize(p);
                if (rel.startsWith("target") || rel.startsWith("src")) continue;
                Path dest = to.resolve(rel.toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
