"""Shared helpers for the reliability tests: start a gtrace kernel with jupyter_client, run a
cell and collect what it published, read the kernel's resident memory from /proc."""
import atexit
import os
import signal
import subprocess
import tempfile
import time

from jupyter_client.manager import KernelManager

TIMEOUT = 60
_LIVE = set()


def _stop_all(*_):
    """Shuts down every kernel still running, so a killed test run leaves no orphan JVM behind."""
    for k in list(_LIVE):
        try:
            k.close()
        except Exception:
            pass


def _on_term(signum, frame):
    _stop_all()
    raise SystemExit(128 + signum)


atexit.register(_stop_all)
signal.signal(signal.SIGTERM, _on_term)


class Kernel:
    """One gtrace kernel process and a client on it."""

    def __init__(self, extra_env=None, stderr_path=None, ip=None):
        self.km = KernelManager(kernel_name="gtrace")
        if ip:
            self.km.ip = ip
        env = dict(os.environ)
        env.update(extra_env or {})
        if stderr_path is None:  # the kernel's log, kept out of the test output
            stderr_path = tempfile.NamedTemporaryFile(prefix="gtrace-kernel-", suffix=".log", delete=False).name
        self.log_path = stderr_path
        self._stderr = open(stderr_path, "wb")
        kwargs = {"env": env, "stderr": self._stderr}
        self.km.start_kernel(**kwargs)
        _LIVE.add(self)
        self.kc = self.km.client()
        self.kc.start_channels()
        self.kc.wait_for_ready(timeout=TIMEOUT)

    @property
    def pid(self):
        return self.km.provisioner.process.pid

    def rss_mb(self):
        with open(f"/proc/{self.pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024.0
        raise RuntimeError("no VmRSS for the kernel process")

    def live_heap_mb(self):
        """Heap in use after a full collection (jcmd GC.run, then jstat): what the kernel keeps."""
        subprocess.run(["jcmd", str(self.pid), "GC.run"], capture_output=True, check=True, timeout=60)
        lines = subprocess.run(["jstat", "-gc", str(self.pid)], capture_output=True, text=True, check=True,
                               timeout=60).stdout.split("\n")
        row = dict(zip(lines[0].split(), lines[1].split()))
        return sum(float(row[c]) for c in ("S0U", "S1U", "EU", "OU")) / 1024.0

    def run(self, code, timeout=TIMEOUT):
        """Executes code; returns (reply content, [(msg_type, content)] of the IOPub outputs it
        left, as a front end shows them: clear_output removes what came before (a cell that runs
        over a second clears its outputs and sends them again without its progress line)."""
        outputs = []
        clear_on_next = []

        def hook(msg):
            kind = msg["msg_type"]
            if kind in ("status", "execute_input"):
                return
            if kind == "clear_output":
                if msg["content"].get("wait"):
                    clear_on_next.append(True)
                else:
                    outputs.clear()
                return
            if clear_on_next:
                outputs.clear()
                clear_on_next.clear()
            outputs.append((kind, msg["content"]))

        reply = self.kc.execute_interactive(code, timeout=timeout, output_hook=hook)
        return reply["content"], outputs

    def answers_kernel_info(self, timeout=10):
        msg_id = self.kc.kernel_info()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            reply = self.kc.get_shell_msg(timeout=max(0.01, deadline - time.monotonic()))
            if reply["parent_header"].get("msg_id") == msg_id:
                return reply["content"]["status"] == "ok"
        return False

    def close(self):
        _LIVE.discard(self)
        try:
            self.kc.stop_channels()
        finally:
            if self.km.has_kernel:
                self.km.shutdown_kernel(now=True)
            self._stderr.close()


def streamed(outputs, name=None):
    """All stream text of a cell (only stdout or stderr when name is given)."""
    return "".join(c["text"] for t, c in outputs if t == "stream" and (name is None or c["name"] == name))


def plain(outputs):
    return "\n".join(c["data"].get("text/plain", "") for t, c in outputs if t in ("execute_result", "display_data"))


def result(outputs):
    """The text of the cell's execute_result (Out[n]), or None."""
    for t, c in outputs:
        if t == "execute_result":
            return c["data"].get("text/plain", "")
    return None
