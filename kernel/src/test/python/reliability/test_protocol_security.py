"""Protocol security, driven with raw ZeroMQ: messages with a wrong, missing or spliced HMAC
signature, or frames that are not a Jupyter message at all, on the shell and the control
channel, are logged and dropped, never run, and the channel keeps serving. The kernel listens
only on the address its connection file names. (Extends the kernel's own forged-message test
in ../test_client.py, which sends wrongly keyed messages through jupyter_client.)"""
import hashlib
import hmac
import json
import os
import socket
import subprocess
import tempfile
import time
import unittest
import uuid

import zmq
from jupyter_client.session import Session

from harness import Kernel, result


def listening_sockets(pid):
    """(ip, port) of every TCP socket the process listens on, from /proc."""
    inodes = set()
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    found = []
    for table, width in (("tcp", 8), ("tcp6", 32)):
        with open(f"/proc/{pid}/net/{table}") as f:
            next(f)
            for line in f:
                cols = line.split()
                local, state, inode = cols[1], cols[3], cols[9]
                if state != "0A" or inode not in inodes:  # 0A: LISTEN
                    continue
                hexip, hexport = local.split(":")
                if width == 8:
                    ip = socket.inet_ntop(socket.AF_INET, bytes.fromhex(hexip)[::-1])
                else:
                    raw = bytes.fromhex(hexip)
                    ip = socket.inet_ntop(socket.AF_INET6, b"".join(raw[i:i + 4][::-1] for i in range(0, 16, 4)))
                if ip.startswith("::ffff:"):  # an IPv4 address on a dual-stack socket
                    ip = ip[len("::ffff:"):]
                found.append((ip, int(hexport, 16)))
    return sorted(found)


class ForgedMessages(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.log = tempfile.NamedTemporaryFile(prefix="gtrace-kernel-", suffix=".log", delete=False).name
        cls.k = Kernel(stderr_path=cls.log)
        cls.info = cls.k.km.get_connection_info()
        key = cls.info["key"]
        cls.key = key if isinstance(key, bytes) else key.encode()
        cls.ctx = zmq.Context()
        cls.marker_dir = tempfile.mkdtemp(prefix="gtrace-forged-")
        reply, _ = cls.k.run("%%java\n1")  # JShell is up, so a forged Java cell would run at once
        assert reply["status"] == "ok", reply

    @classmethod
    def tearDownClass(cls):
        cls.k.close()
        cls.ctx.term()

    def dealer(self, channel):
        s = self.ctx.socket(zmq.DEALER)
        s.setsockopt(zmq.LINGER, 0)
        s.setsockopt(zmq.IDENTITY, uuid.uuid4().hex.encode())
        s.connect("tcp://%s:%d" % (self.info["ip"], self.info[channel + "_port"]))
        self.addCleanup(s.close)
        return s

    def frames(self, msg_type, content, sign_with=None, signature=None):
        """The wire frames of a message; signed with sign_with (bytes) or given a literal signature."""
        header = json.dumps({"msg_id": uuid.uuid4().hex, "session": uuid.uuid4().hex, "username": "mallory",
                             "date": "2026-01-01T00:00:00Z", "msg_type": msg_type, "version": "5.3"}).encode()
        parts = [header, b"{}", b"{}", json.dumps(content).encode()]
        if signature is None:
            mac = hmac.new(sign_with, digestmod=hashlib.sha256)
            for p in parts:
                mac.update(p)
            signature = mac.hexdigest().encode()
        return [b"<IDS|MSG>", signature] + parts

    def write_file_cell(self, name):
        path = os.path.join(self.marker_dir, name)
        return path, {"code": '%%java\njava.nio.file.Files.writeString(java.nio.file.Path.of("' + path + '"), "ran");',
                      "silent": False, "store_history": True, "user_expressions": {}, "allow_stdin": False,
                      "stop_on_error": True}

    def assert_no_reply(self, sock, wait=0.3):
        self.assertEqual(0, sock.poll(int(wait * 1000)), "a dropped message must get no reply")

    def assert_serving(self):
        """A signed request is answered on shell and on control, by the same kernel process."""
        self.assertTrue(self.k.km.is_alive())
        for channel in ("shell", "control"):
            sock = self.dealer(channel)
            Session(key=self.key).send(sock, "kernel_info_request", {})
            self.assertEqual(1, sock.poll(5000), channel + " stopped answering")
            idents, msg = Session(key=self.key).feed_identities(sock.recv_multipart())
            self.assertEqual("kernel_info_reply", Session(key=self.key).deserialize(msg)["msg_type"])

    def forgeries(self, msg_type, content):
        key = self.key
        good = self.frames(msg_type, content, sign_with=key)
        other = self.frames(msg_type, {"code": "1"}, sign_with=key)
        return {
            "wrong key": self.frames(msg_type, content, sign_with=b"not-the-key"),
            "empty signature": self.frames(msg_type, content, signature=b""),
            "truncated signature": good[:1] + [good[1][:32]] + good[2:],
            "upper-case hex": good[:1] + [good[1].upper()] + good[2:],
            "signature of another message": good[:1] + [other[1]] + good[2:],
            "content swapped after signing": good[:5] + [json.dumps({"code": "1 kWh"}).encode()],
        }

    def test_no_forged_execute_request_runs_on_shell(self):
        sock = self.dealer("shell")
        paths = []
        for i, (how, frames) in enumerate(self.forgeries("execute_request", {}).items()):
            path, content = self.write_file_cell("shell-%d" % i)
            frames = self.forgeries("execute_request", content)[how]
            sock.send_multipart(frames)
            paths.append((how, path))
        self.assert_no_reply(sock)
        # The shell serves in order: once this signed cell has replied, every forged one was read.
        reply, out = self.k.run("%%java\n\"after the forgeries\"")
        self.assertEqual("ok", reply["status"], reply)
        for how, path in paths:
            self.assertFalse(os.path.exists(path), "a message with a %s ran" % how)
        self.assert_serving()

    def test_a_replayed_message_is_dropped(self):
        # A correctly signed cell, captured and sent again: the copy must not run (as ipykernel's
        # digest history refuses it). The cell appends a line, so a second run would show.
        sock = self.dealer("shell")
        path = os.path.join(self.marker_dir, "replayed")
        content = {"code": '%%java\njava.nio.file.Files.writeString(java.nio.file.Path.of("' + path + '"), "ran\\n",'
                           ' java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);',
                   "silent": False, "store_history": True, "user_expressions": {}, "allow_stdin": False,
                   "stop_on_error": True}
        frames = self.frames("execute_request", content, sign_with=self.key)
        sock.send_multipart(frames)
        self.assertEqual(1, sock.poll(10000), "the original is answered")
        sock.recv_multipart()
        sock.send_multipart(frames)
        self.assert_no_reply(sock, wait=0.5)
        reply, _ = self.k.run("%%java\n\"after the replay\"")
        self.assertEqual("ok", reply["status"], reply)
        with open(path) as f:
            self.assertEqual("ran\n", f.read(), "the replayed copy ran")
        with open(self.log) as f:
            self.assertIn("duplicate signature", f.read())
        self.assert_serving()

    def test_no_forged_request_runs_on_control(self):
        sock = self.dealer("control")
        for how, frames in self.forgeries("shutdown_request", {"restart": False}).items():
            sock.send_multipart(frames)
        self.assert_no_reply(sock)
        self.assertTrue(self.k.km.is_alive())
        # A forged interrupt must not stop a running cell.
        msg_id = self.k.kc.execute("%%java\nThread.sleep(1200);\n\"slept\"")
        time.sleep(0.4)
        for frames in self.forgeries("interrupt_request", {}).values():
            sock.send_multipart(frames)
        reply = self.k.kc.get_shell_msg(timeout=10)
        self.assertEqual(msg_id, reply["parent_header"]["msg_id"])
        self.assertEqual("ok", reply["content"]["status"], reply["content"])
        self.assert_no_reply(sock, wait=0.1)
        self.assert_serving()

    def test_frames_that_are_not_a_message_are_dropped_and_both_channels_keep_serving(self):
        key = self.key

        def signed(*parts):
            mac = hmac.new(key, digestmod=hashlib.sha256)
            for p in parts:
                mac.update(p)
            return [b"<IDS|MSG>", mac.hexdigest().encode(), *parts]

        junk = {
            "no delimiter": [b"hello", b"world"],
            "delimiter only": [b"<IDS|MSG>"],
            "too few frames": [b"<IDS|MSG>", b"sig", b"{}"],
            "20 MB of noise": [os.urandom(20 * 1024 * 1024)],
            "signed header that is not JSON": signed(b"\xff\xfe not json", b"{}", b"{}", b"{}"),
            "signed header without msg_type": signed(b'{"msg_id": "x"}', b"{}", b"{}", b"{}"),
            "signed msg_type that is a number": signed(b'{"msg_id": "x", "msg_type": 7}', b"{}", b"{}", b"{}"),
            "signed content that is not UTF-8": signed(self.frames("execute_request", {}, b"k")[2], b"{}", b"{}",
                                                       b'{"code": "\xc3\x28"}'),
            "signed content that is a list": signed(self.frames("execute_request", {}, b"k")[2], b"{}", b"{}", b"[1,2]"),
            "signed execute_request without code": signed(self.frames("execute_request", {}, b"k")[2], b"{}", b"{}",
                                                          b'{"silent": false}'),
        }
        for channel in ("shell", "control"):
            sock = self.dealer(channel)
            for how, frames in junk.items():
                sock.send_multipart(frames)
                self.assertTrue(self.k.km.is_alive(), "the kernel died on: " + how)
            # signed but malformed messages may get an error reply; drain whatever came back
            while sock.poll(300):
                sock.recv_multipart()
            self.assert_serving()

    def test_dropped_messages_are_logged(self):
        sock = self.dealer("shell")
        frames = self.forgeries("execute_request", {"code": "1"})
        sock.send_multipart(frames["wrong key"])
        sock.send_multipart(frames["empty signature"])
        self.assert_serving()
        time.sleep(0.2)
        with open(self.log, encoding="utf-8", errors="replace") as f:
            log = f.read()
        self.assertIn("dropped a message (bad HMAC signature)", log)
        self.assertIn("dropped a message (missing HMAC signature)", log)

    def test_listens_only_on_the_connection_files_address_and_ports(self):
        ports = sorted(self.info[c + "_port"] for c in ("shell", "iopub", "stdin", "control", "hb"))
        self.assertEqual([(self.info["ip"], p) for p in ports], listening_sockets(self.k.pid))


class OtherAddress(unittest.TestCase):
    """jupyter_client only launches on addresses it lists as local, so this test writes the
    connection file itself and starts the kernelspec's command the way Jupyter does."""

    def test_a_kernel_told_127_0_0_2_listens_there_only(self):
        from jupyter_client import BlockingKernelClient
        from jupyter_client.connect import write_connection_file
        from jupyter_client.kernelspec import KernelSpecManager

        folder = tempfile.mkdtemp(prefix="gtrace-addr-")
        path, info = write_connection_file(os.path.join(folder, "kernel.json"), ip="127.0.0.2",
                                           key=uuid.uuid4().hex.encode())
        argv = [a.replace("{connection_file}", path) for a in KernelSpecManager().get_kernel_spec("gtrace").argv]
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        kc = BlockingKernelClient(connection_file=path)
        kc.load_connection_file()
        kc.start_channels()
        try:
            kc.kernel_info()  # queued by ZeroMQ until the kernel binds; no heartbeat race at start
            self.assertEqual("ok", kc.get_shell_msg(timeout=60)["content"]["status"])
            kc.execute_interactive("%%java\n1 + 2", timeout=60, output_hook=lambda msg: None)
            ports = sorted(info[c + "_port"] for c in ("shell", "iopub", "stdin", "control", "hb"))
            self.assertEqual([("127.0.0.2", p) for p in ports], listening_sockets(proc.pid))
            with self.assertRaises(ConnectionRefusedError):
                socket.create_connection(("127.0.0.1", info["shell_port"]), timeout=2).close()
        finally:
            kc.shutdown()
            kc.stop_channels()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


if __name__ == "__main__":
    unittest.main()
