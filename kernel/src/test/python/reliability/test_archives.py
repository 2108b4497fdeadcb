"""An optional file never stops the kernel: a damaged class-data archive is skipped, with one line.

A truncated gtrace.jsa in the kernelspec made the JVM die of SIGBUS at start (leaving an
hs_err_pid*.log in the notebook's folder), and a garbage or empty one made the client fail. Each
case here starts the real kernel through the installed kernelspec, as Jupyter does, runs a cell,
and reads the kernel log."""
import glob
import json
import os
import shutil
import subprocess
import tempfile
import unittest

from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager

TEMURIN = sorted(glob.glob("/usr/lib/jvm/temurin-*/bin/java"))


class ADamagedArchive(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.installed = KernelSpecManager().get_kernel_spec("gtrace").resource_dir
        cls.good = os.path.join(cls.installed, "gtrace.jsa")
        if not os.path.exists(cls.good):
            raise unittest.SkipTest("the installed kernelspec has no class-data archive to damage")

    def setUp(self):
        self.root = tempfile.mkdtemp(prefix="gtrace-archives-")
        self.spec = os.path.join(self.root, "kernels", "gtrace")
        shutil.copytree(self.installed, self.spec)
        # the copy's launcher checks the copy's archive
        script = os.path.join(self.spec, "kernel.sh")
        with open(script) as f:
            text = f.read().replace(self.installed, self.spec)
        with open(script, "w") as f:
            f.write(text)
        with open(os.path.join(self.spec, "kernel.json")) as f:
            spec = json.load(f)
        spec["argv"] = [a.replace(self.installed, self.spec) for a in spec["argv"]]
        with open(os.path.join(self.spec, "kernel.json"), "w") as f:
            json.dump(spec, f)
        self.archive = os.path.join(self.spec, "gtrace.jsa")
        os.chmod(self.archive, 0o644)
        self.cwd = os.path.join(self.root, "notebooks")
        os.mkdir(self.cwd)

    def tearDown(self):
        shutil.rmtree(self.root, ignore_errors=True)

    def start_and_run_a_cell(self):
        """The kernel log of a start through this spec that ran `1 kWh` and got its result."""
        log_path = os.path.join(self.root, "kernel.log")
        km = KernelManager(kernel_name="gtrace", kernel_spec_manager=KernelSpecManager(kernel_dirs=[os.path.dirname(self.spec)]))
        with open(log_path, "wb") as log:
            km.start_kernel(stderr=log, cwd=self.cwd)
        kc = km.client()
        kc.start_channels()
        try:
            kc.wait_for_ready(timeout=60)
            reply = kc.execute_interactive("1 kWh", timeout=60, output_hook=lambda m: None)
            self.assertEqual("ok", reply["content"]["status"])
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=False)
        self.assertEqual([], os.listdir(self.cwd), "a JVM crash report was left in the notebook's folder")
        with open(log_path) as f:
            return [l for l in f.read().splitlines() if "class-data archive" in l]

    def assert_skipped(self, why):
        lines = self.start_and_run_a_cell()
        self.assertEqual(1, len(lines), lines)
        self.assertIn("is not used: " + why, lines[0])

    def test_a_whole_archive_is_used_without_a_word(self):
        self.assertEqual([], self.start_and_run_a_cell())

    def test_a_truncated_archive(self):
        os.truncate(self.archive, os.path.getsize(self.archive) // 3)
        self.assert_skipped("it is %d bytes, not the" % (os.path.getsize(self.good) // 3))

    def test_a_garbage_archive(self):
        size = os.path.getsize(self.good)
        with open(self.archive, "wb") as f:
            f.write(os.urandom(size))
        self.assert_skipped("its first bytes are not the ones install wrote")

    def test_an_empty_archive(self):
        open(self.archive, "wb").close()
        self.assert_skipped("it is 0 bytes")

    def test_a_missing_archive(self):
        os.unlink(self.archive)
        self.assert_skipped("it is missing")

    @unittest.skipUnless(TEMURIN, "no second JDK here to make an archive with")
    def test_an_archive_made_by_another_jvm(self):
        with open(os.path.join(self.spec, "kernel.sh")) as f:
            classpath = f.read().split(" -cp '")[1].split("'")[0]
        os.unlink(self.archive)
        made = subprocess.run([TEMURIN[-1], "-XX:ArchiveClassesAtExit=" + self.archive, "-cp", classpath,
                               "org.gtrace.kernel.cli.Main", "--version"], capture_output=True, text=True, timeout=120)
        self.assertEqual(0, made.returncode, made.stderr)
        self.assertTrue(os.path.getsize(self.archive) > 0)
        lines = self.start_and_run_a_cell()
        self.assertEqual(1, len(lines), lines)
        self.assertIn("is not used: it is", lines[0])


if __name__ == "__main__":
    unittest.main()
