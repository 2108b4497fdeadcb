"""A kernel outlives no one: when the process that started it is killed, it shuts itself down.

A notebook server killed with SIGKILL, or a console that exits before its shutdown request is
delivered, left the kernel running (still alive 180 s later), holding the pipes it was given."""
import os
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
import unittest

from harness import Kernel

LAUNCHER = textwrap.dedent("""
    import sys, time
    from jupyter_client.manager import KernelManager
    km = KernelManager(kernel_name="gtrace")
    km.start_kernel(stderr=open(sys.argv[1], "wb"))
    kc = km.client(); kc.start_channels(); kc.wait_for_ready(timeout=60)
    print(km.provisioner.process.pid, flush=True)
    time.sleep(600)
""")


def alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


class AKernelWhoseParentDies(unittest.TestCase):
    def test_shuts_itself_down_within_seconds_and_says_why(self):
        log = tempfile.NamedTemporaryFile(prefix="gtrace-orphan-", suffix=".log", delete=False).name
        parent = subprocess.Popen([sys.executable, "-c", LAUNCHER, log], stdout=subprocess.PIPE, text=True)
        kernel = None
        try:
            kernel = int(parent.stdout.readline())
            self.assertTrue(alive(kernel))
            os.kill(parent.pid, signal.SIGKILL)
            parent.wait(10)
            deadline = time.monotonic() + 15
            while alive(kernel) and time.monotonic() < deadline:
                time.sleep(0.2)
            self.assertFalse(alive(kernel), "the kernel outlived the process that started it by 15 s")
            with open(log) as f:
                self.assertIn(f"the process that started the kernel (pid {parent.pid}) has ended", f.read())
        finally:
            parent.stdout.close()
            if parent.poll() is None:
                parent.kill()
            if kernel and alive(kernel):
                os.kill(kernel, signal.SIGKILL)
            os.unlink(log)


class AKernelWhoseClientsGoQuiet(unittest.TestCase):
    """GTRACE_HEARTBEAT_TIMEOUT_SECONDS ends a kernel whose heartbeat clients have gone; off by default."""

    def wait_gone(self, kernel, seconds):
        deadline = time.monotonic() + seconds
        while alive(kernel.pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        return not alive(kernel.pid)

    def test_with_a_timeout_it_lives_while_pinged_and_ends_once_the_pings_stop(self):
        k = Kernel(extra_env={"GTRACE_HEARTBEAT_TIMEOUT_SECONDS": "3"})
        try:
            time.sleep(5)  # the client pings every second: longer than the timeout, and still alive
            self.assertTrue(k.answers_kernel_info())
            k.kc.hb_channel.stop()
            stopped = time.monotonic()
            self.assertTrue(self.wait_gone(k, 10), "the kernel lived 10 s past its last ping with a 3 s timeout")
            self.assertGreaterEqual(time.monotonic() - stopped, 2.5)
            with open(k.log_path) as f:
                self.assertIn("no heartbeat ping for 3 s (GTRACE_HEARTBEAT_TIMEOUT_SECONDS=3)", f.read())
        finally:
            k.close()

    def test_without_one_a_silent_heartbeat_ends_nothing_and_a_bad_value_is_logged(self):
        k = Kernel(extra_env={"GTRACE_HEARTBEAT_TIMEOUT_SECONDS": "soon"})
        try:
            k.kc.hb_channel.stop()
            time.sleep(5)
            self.assertTrue(alive(k.pid))
            self.assertTrue(k.answers_kernel_info())
            with open(k.log_path) as f:
                self.assertIn("GTRACE_HEARTBEAT_TIMEOUT_SECONDS='soon' is not a whole number of seconds: the heartbeat is"
                              " not watched", f.read())
        finally:
            k.close()


if __name__ == "__main__":
    unittest.main()
