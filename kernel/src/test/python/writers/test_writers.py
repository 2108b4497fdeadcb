"""Nothing half-written: every writer of the project on small file systems of the test's own.

For each writer (a report or CSV table from `gtrace run`, `gtrace install`, the notebooks'
writer behind notebooks/regenerate): a kill -9 at several points during the write, a full disk,
and a read-only target. Each ends with the old file intact, no temporary file left (a killed
write's is removed by the next write, as a process killed with SIGKILL cannot remove its own),
and for a failure a message naming the path and the fix, with exit status 2. The file systems
are tmpfs mounts, which need root; elsewhere the tests are skipped with a message.
"""
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", "..", ".."))
GTRACE = os.path.join(ROOT, "bin", "gtrace")
sys.path.insert(0, os.path.join(ROOT, "notebooks", "tools"))
import atomic  # noqa: E402  the notebooks' writer


def can_mount():
    if os.geteuid() != 0:
        return False
    probe = tempfile.mkdtemp(prefix="gtrace-mount-")
    try:
        if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", probe], capture_output=True).returncode != 0:
            return False
        subprocess.run(["umount", probe], check=True)
        return True
    finally:
        os.rmdir(probe)


MOUNTABLE = can_mount()
SKIP = "not root with CAP_SYS_ADMIN: the test cannot mount the small file systems it needs"


def temporaries(folder):
    return sorted(f for f in os.listdir(folder) if f.endswith(".tmp") or f.startswith(".gtrace-"))


class SmallDisk:
    """A tmpfs of `size` mounted for one test; fill() leaves it with no free block."""

    def __init__(self, test, size):
        self.path = tempfile.mkdtemp(prefix="gtrace-disk-")
        subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", self.path], check=True)
        test.addCleanup(self.remove)

    def fill(self):
        fd = os.open(os.path.join(self.path, ".filler"), os.O_WRONLY | os.O_CREAT)
        try:
            for block in (1 << 20, 4096, 1):
                try:
                    while os.write(fd, b"\0" * block):
                        pass
                except OSError:
                    pass
        finally:
            os.close(fd)

    def read_only(self):
        subprocess.run(["mount", "-o", "remount,ro", self.path], check=True)

    def remove(self):
        subprocess.run(["umount", self.path], capture_output=True)
        os.rmdir(self.path)


def kill_when(cmd, cwd, appears, after=0.0, timeout=60):
    """Starts `cmd`, and kills it with SIGKILL once `appears()` is true (then `after` seconds more); True if it was killed."""
    p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + timeout
    while p.poll() is None and time.monotonic() < deadline:
        if appears():
            if after:
                time.sleep(after)
            os.killpg(p.pid, signal.SIGKILL)
            p.wait()
            return True
        time.sleep(0.0005)
    p.wait()
    return False


@unittest.skipUnless(MOUNTABLE, SKIP)
class AReportOrTableFromRun(unittest.TestCase):
    """`gtrace run` writing a 10 MB CSV table (the same AtomicFile writes reports)."""

    def setUp(self):
        self.disk = SmallDisk(self, "64m")
        self.dir = self.disk.path
        with open(os.path.join(self.dir, "tel.csv"), "w") as f:
            f.write("region,energy_kwh\n")
            f.writelines(f"FRA,{i}\n" for i in range(600_000))
        with open(os.path.join(self.dir, "study.gtrace"), "w") as f:
            f.write('load tel from "tel.csv"\ntable tel to "out.csv"\n')
        self.old = b"the old export\n"
        with open(os.path.join(self.dir, "out.csv"), "wb") as f:
            f.write(self.old)

    def run_study(self):
        return subprocess.run([GTRACE, "run", "study.gtrace"], cwd=self.dir, capture_output=True, text=True, timeout=120)

    def assert_old_or_whole(self):
        with open(os.path.join(self.dir, "out.csv"), "rb") as f:
            now = f.read()
        if now != self.old:
            self.assertTrue(now.startswith(b"region,energy_kwh\n") and now.endswith(b"FRA,599999\n"), "a half-written table")

    def test_a_kill_at_each_point_of_the_write_leaves_the_old_file_or_the_new_one_whole(self):
        tmp = lambda: any(f.startswith(".out.csv.") for f in os.listdir(self.dir))
        killed_mid_write = 0
        for after in (0.0, 0.001, 0.004):
            if kill_when([GTRACE, "run", "study.gtrace"], self.dir, tmp, after):
                killed_mid_write += 1
            self.assert_old_or_whole()
        start = time.monotonic()
        self.assertEqual(0, self.run_study().returncode)
        for at in (0.3, 1.0, 2.0):
            p = subprocess.Popen([GTRACE, "run", "study.gtrace"], cwd=self.dir, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(at)
            p.kill()
            p.wait()
            self.assert_old_or_whole()
        self.assertGreater(killed_mid_write, 0, "no kill landed while the temporary file existed")
        time.sleep(2.1)  # a killed write's temporary file is taken for one once it has been left alone 2 s
        self.assertEqual(0, self.run_study().returncode)
        self.assertEqual([], temporaries(self.dir), "the next write removes what killed writes left")
        self.assert_old_or_whole()

    def test_a_full_disk_keeps_the_old_file_and_exits_2(self):
        self.disk.fill()
        r = self.run_study()
        self.assertEqual(2, r.returncode, r.stderr)
        self.assertIn("no space left on the disk (nothing was changed)", r.stderr)
        self.assertIn("free some space", r.stderr)
        self.assertNotIn("Exception", r.stderr)
        with open(os.path.join(self.dir, "out.csv"), "rb") as f:
            self.assertEqual(self.old, f.read())
        self.assertEqual([], temporaries(self.dir))

    def test_a_read_only_folder_exits_2(self):
        self.disk.read_only()
        r = self.run_study()
        self.assertEqual(2, r.returncode, r.stderr)
        self.assertIn("out.csv: the file system is read-only", r.stderr)
        self.assertIn("write to a folder you can change", r.stderr)


@unittest.skipUnless(MOUNTABLE, SKIP)
class AnInstall(unittest.TestCase):
    """`gtrace install --prefix` (the kernelspec, its class-data archive and launcher)."""

    def setUp(self):
        self.disk = SmallDisk(self, "48m")
        self.prefix = self.disk.path
        self.kernels = os.path.join(self.prefix, "share", "jupyter", "kernels")
        self.assertEqual(0, self.install().returncode)
        with open(os.path.join(self.kernels, "gtrace", "kernel.json"), "rb") as f:
            self.old = f.read()

    def install(self, *more):
        env = dict(os.environ, GTRACE_NO_LABEXTENSION="1")
        return subprocess.run([GTRACE, "install", "--prefix", self.prefix, *more], capture_output=True, text=True, env=env, timeout=300)

    def assert_old_spec_whole(self):
        spec = os.path.join(self.kernels, "gtrace")
        with open(os.path.join(spec, "kernel.json"), "rb") as f:
            json.loads(f.read())
        self.assertTrue(os.path.exists(os.path.join(spec, "logo-64x64.png")))

    def test_a_kill_at_each_point_leaves_the_old_spec_and_the_next_install_clears_the_rest(self):
        def in_tmp(name):
            def appears():
                return any(os.path.exists(os.path.join(self.kernels, d, name)) for d in os.listdir(self.kernels) if d.startswith(".gtrace-"))
            return appears
        env = dict(os.environ, GTRACE_NO_LABEXTENSION="1")
        points = {"its temporary folder made": in_tmp(".install.lock"), "the archive being dumped": in_tmp("gtrace.jsa"),
                  "kernel.json written": in_tmp("kernel.json")}
        os.environ["GTRACE_NO_LABEXTENSION"] = "1"
        try:
            for point, appears in points.items():
                killed = kill_when([GTRACE, "install", "--prefix", self.prefix, "--force"], self.prefix, appears)
                self.assertTrue(killed, f"the install ended before {point}")
                self.assert_old_spec_whole()
        finally:
            del os.environ["GTRACE_NO_LABEXTENSION"]
        time.sleep(3)  # the killed install's rehearsal JVM ends on its own
        r = self.install("--force")
        self.assertEqual(0, r.returncode, r.stderr)
        self.assertEqual(["gtrace"], os.listdir(self.kernels), "a killed install's folder was left")
        self.assertIn("wrote: kernel.json", r.stdout)

    def test_a_disk_too_full_for_the_archive_installs_without_it_and_says_so(self):
        shutil.rmtree(os.path.join(self.kernels, "gtrace"))
        with open(os.path.join(self.prefix, ".filler"), "wb") as f:
            f.write(b"\0" * (46 << 20))
        r = self.install()
        self.assertEqual(0, r.returncode, r.stderr)
        self.assertIn("left out: gtrace.jsa (class-data archive):", r.stdout)
        self.assertIn("KB free, and the archive needs about 15 MB", r.stdout)
        spec = os.path.join(self.kernels, "gtrace")
        self.assertFalse(os.path.exists(os.path.join(spec, "gtrace.jsa")))
        with open(os.path.join(spec, "kernel.json")) as f:
            self.assertTrue(json.load(f)["argv"][0].endswith("/java"), "no archive: java started directly")
        self.assertEqual(["gtrace"], os.listdir(self.kernels))

    def test_a_full_disk_keeps_the_old_spec_and_exits_2(self):
        self.disk.fill()
        r = self.install("--force")
        self.assertEqual(2, r.returncode, r.stdout + r.stderr)
        self.assertIn("no space left on the disk", r.stderr)
        self.assertNotIn("internal error", r.stderr)
        self.assertNotIn("Installed", r.stdout)
        with open(os.path.join(self.kernels, "gtrace", "kernel.json"), "rb") as f:
            self.assertEqual(self.old, f.read())
        self.assertEqual(["gtrace"], os.listdir(self.kernels))

    def test_a_read_only_target_exits_2_whether_new_or_forced(self):
        self.disk.read_only()
        forced = self.install("--force")
        self.assertEqual(2, forced.returncode, forced.stderr)
        self.assertIn("the file system is read-only", forced.stderr)
        self.assertIn("write to a folder you can change", forced.stderr)
        self.assertNotIn("internal error", forced.stderr)
        with open(os.path.join(self.kernels, "gtrace", "kernel.json"), "rb") as f:
            self.assertEqual(self.old, f.read())
        elsewhere = os.path.join(self.prefix, "other")
        fresh = subprocess.run([GTRACE, "install", "--prefix", elsewhere], capture_output=True, text=True,
                               env=dict(os.environ, GTRACE_NO_LABEXTENSION="1"), timeout=120)
        self.assertEqual(2, fresh.returncode, fresh.stderr)
        self.assertIn("the file system is read-only", fresh.stderr)


class TheNotebooksWriterWhenAllIsWell(unittest.TestCase):
    """The ordinary write, on the ordinary disk (no mount needed): replaced whole, mode kept, nothing left."""

    def test_replaces_the_file_keeps_its_mode_and_leaves_nothing_else(self):
        folder = tempfile.mkdtemp(prefix="gtrace-atomic-")
        self.addCleanup(shutil.rmtree, folder)
        path = os.path.join(folder, "study.ipynb")
        atomic.write_whole(path, "first")
        os.chmod(path, 0o640)
        atomic.write_whole(path, "second, longer than the first")
        with open(path) as f:
            self.assertEqual("second, longer than the first", f.read())
        self.assertEqual(0o640, os.stat(path).st_mode & 0o777)
        self.assertEqual(["study.ipynb"], os.listdir(folder))


@unittest.skipUnless(MOUNTABLE, SKIP)
class TheNotebooksWriter(unittest.TestCase):
    """notebooks/tools/atomic.write_whole, which nbrun.py --in-place (notebooks/regenerate) writes through."""

    def setUp(self):
        self.disk = SmallDisk(self, "450m")
        self.path = os.path.join(self.disk.path, "study.ipynb")
        self.old = json.dumps({"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}).encode()
        with open(self.path, "wb") as f:
            f.write(self.old)

    def test_a_kill_at_each_point_of_the_write_leaves_the_old_notebook_and_nothing_else(self):
        new = b'{"big": "' + b"x" * (200 << 20) + b'"}'
        writer = [sys.executable, "-c", f"import sys; sys.path.insert(0, {os.path.join(ROOT, 'notebooks', 'tools')!r}); import atomic;"
                  f"atomic.write_whole({self.path!r}, b'{{\"big\": \"' + b'x' * (200 << 20) + b'\"}}')"]
        for at in (0.05, 0.15, 0.3, 0.5, 5.0):
            p = subprocess.Popen(writer)
            time.sleep(at)
            p.kill()
            p.wait()
            with open(self.path, "rb") as f:
                now = f.read()
            self.assertIn(now, (self.old, new), f"killed at {at} s: a half-written notebook")
            self.assertEqual(["study.ipynb"], os.listdir(self.disk.path), f"killed at {at} s: a temporary file was left")
        with open(self.path, "rb") as f:
            self.assertEqual(new, f.read(), "a writer left alone for 5 s wrote the new notebook whole")

    def test_a_write_on_the_small_disk_is_whole(self):
        atomic.write_whole(self.path, b"y" * (1 << 20))
        with open(self.path, "rb") as f:
            self.assertEqual(b"y" * (1 << 20), f.read())
        self.assertEqual(["study.ipynb"], os.listdir(self.disk.path))

    def test_a_full_disk_or_a_read_only_folder_keeps_the_old_notebook(self):
        self.disk.fill()
        with self.assertRaises(atomic.WriteFailure) as full:
            atomic.write_whole(self.path, b"y" * (1 << 20))
        self.assertIn("no space left on the disk", str(full.exception))
        os.unlink(os.path.join(self.disk.path, ".filler"))
        self.disk.read_only()
        with self.assertRaises(atomic.WriteFailure) as ro:
            atomic.write_whole(self.path, b"{}")
        self.assertIn("the file system is read-only", str(ro.exception))
        with open(self.path, "rb") as f:
            self.assertEqual(self.old, f.read())
        self.assertEqual(["study.ipynb"], os.listdir(self.disk.path))

    @unittest.skipUnless(os.environ.get("JUPYTER_PATH"), "no gtrace kernelspec on JUPYTER_PATH (run from bin/test.d/27-writers.sh)")
    def test_regenerating_onto_a_full_disk_keeps_the_notebook_and_exits_2(self):
        nb = {"cells": [{"cell_type": "code", "execution_count": None, "id": "a1", "metadata": {}, "outputs": [], "source": "1 kWh"}],
              "metadata": {"kernelspec": {"name": "gtrace", "display_name": "G-TRACE", "language": "gtrace"}},
              "nbformat": 4, "nbformat_minor": 5}
        old = json.dumps(nb, indent=1).encode()
        with open(self.path, "wb") as f:
            f.write(old)
        self.disk.fill()
        r = subprocess.run([sys.executable, os.path.join(ROOT, "notebooks", "tools", "nbrun.py"), "--in-place", self.path],
                           capture_output=True, text=True, timeout=180)
        self.assertEqual(2, r.returncode, r.stdout + r.stderr)
        self.assertIn("study.ipynb: cannot write " + self.path + ": no space left on the disk (the file was left as it was); free some space", r.stderr)
        with open(self.path, "rb") as f:
            self.assertEqual(old, f.read())
        self.assertEqual([".filler", "study.ipynb"], sorted(os.listdir(self.disk.path)))


if __name__ == "__main__":
    unittest.main()
