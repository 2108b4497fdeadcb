"""The gtrace kernel driven by jupyter_client: interrupt, restart, DSL <-> Java, forged messages,
NUL bytes and progress. Run by bin/test.d/20-kernel.sh (JUPYTER_PATH set to a temp kernelspec)."""
import os
import shutil
import tempfile
import time
import unittest
from queue import Empty

from jupyter_client.manager import start_new_kernel
from jupyter_client.session import Session

TIMEOUT = 30


def run(kc, code, timeout=TIMEOUT):
    """Executes code; returns (reply content, [(msg_type, content)] of its IOPub outputs)."""
    outputs = []

    def hook(msg):
        if msg["msg_type"] not in ("status", "execute_input"):
            outputs.append((msg["msg_type"], msg["content"]))

    reply = kc.execute_interactive(code, timeout=timeout, output_hook=hook)
    return reply["content"], outputs


def saved(outputs):
    """The outputs a notebook keeps, applying the messages as JupyterLab does: clear_output empties
    the list, update_display_data replaces the display with that id, the rest append."""
    kept = []
    for t, c in outputs:
        if t == "clear_output":
            kept = []
        elif t == "update_display_data":
            did = c.get("transient", {}).get("display_id")
            kept = [(k, dict(o, data=c["data"])) if o.get("transient", {}).get("display_id") == did else (k, o)
                    for k, o in kept]
        elif t in ("stream", "display_data", "execute_result", "error"):
            kept.append((t, c))
    return kept


def text(outputs, mime="text/plain"):
    """The cell's result (Out[n]) in one MIME type."""
    return "\n".join(c["data"].get(mime, "") for t, c in outputs if t == "execute_result")


class KernelClientTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.km, cls.kc = start_new_kernel(kernel_name="gtrace")

    @classmethod
    def tearDownClass(cls):
        cls.kc.stop_channels()
        cls.km.shutdown_kernel(now=True)

    def test_dsl_value_is_a_typed_java_variable_and_back(self):
        reply, _ = run(self.kc, "let per_image = 0.006 kWh")
        self.assertEqual("ok", reply["status"])
        reply, out = run(self.kc, '%%java\nQuantity total = per_image.times(700e6);\ntotal.in("MWh")')
        self.assertEqual("ok", reply["status"], reply)
        self.assertAlmostEqual(4200.0, float(text(out)), delta=1e-6)
        reply, out = run(self.kc, "total")
        self.assertEqual("ok", reply["status"], reply)
        self.assertIn("4,200", text(out, "text/html"))

    def test_a_java_cell_propagates_a_workload_it_built_with_an_uncertain_dsl_value(self):
        reply, _ = run(self.kc, "let hd_energy = 2 Wh .. 4 Wh")
        self.assertEqual("ok", reply["status"])
        reply, out = run(self.kc, "%%java\n"
                                  "InferenceEstimate hd = Workload.image(\"hd\").outputs(Quantity.outputs(150e6))\n"
                                  "    .energyPerOutput(hd_energy, EnergyBoundary.UNSPECIFIED).estimate();\n"
                                  "Statistics s = hd.propagate(MonteCarlo.Settings.defaults());\n"
                                  "s.metric(Measure.ENERGY, hd.energyValue(), null).p95().in(\"MWh\")")
        self.assertEqual("ok", reply["status"], reply)
        # 150M × the range's 95th percentile, 3.9 Wh: the same joint draws the DSL would make
        self.assertAlmostEqual(585.0, float(text(out)), delta=585 * 0.03)

    def interrupted(self, code, after):
        """Runs code, interrupts it after the given seconds; the reply to that cell, and how long it took."""
        msg_id = self.kc.execute(code)
        time.sleep(after)
        t0 = time.monotonic()
        self.km.interrupt_kernel()
        reply = self.kc.get_shell_msg(timeout=10)
        elapsed = time.monotonic() - t0
        self.assertEqual(msg_id, reply["parent_header"]["msg_id"])
        return reply, elapsed

    def test_interrupting_an_endless_java_loop_stops_within_a_second_and_keeps_state(self):
        run(self.kc, "let kept = 3 kWh")
        reply, elapsed = self.interrupted("%%java\nwhile (true) {}", after=1.0)
        self.assertEqual("error", reply["content"]["status"])
        self.assertEqual("KeyboardInterrupt", reply["content"]["ename"])
        self.assertLess(elapsed, 1.0)
        reply, out = run(self.kc, "kept")
        self.assertEqual("ok", reply["status"])
        self.assertIn("3", text(out))

    def test_interrupting_the_check_of_a_long_cell_stops_within_a_second(self):
        # 300,000 lets took 6.9 s to check, deaf to the interrupt
        cell = "".join(f"let c{i} = {i} kWh\n" for i in range(300_000))
        reply, elapsed = self.interrupted(cell, after=1.5)
        print(f"\ninterrupt while checking 300,000 lets: answered in {elapsed * 1000:.0f} ms")
        self.assertEqual("error", reply["content"]["status"], reply["content"])
        self.assertEqual("KeyboardInterrupt", reply["content"]["ename"])
        self.assertLess(elapsed, 1.0)
        reply, out = run(self.kc, "1 kWh")
        self.assertEqual("ok", reply["status"])

    def test_interrupting_the_load_of_a_big_csv_stops_within_a_second(self):
        folder = tempfile.mkdtemp(prefix="gtrace-load-")
        self.addCleanup(shutil.rmtree, folder)
        path = os.path.join(folder, "big.csv")
        with open(path, "w") as f:
            f.write("region,energy_kwh\n")
            # DuckDB reads and checks 3,000,000 such rows in about a second: 10,000,000 leave the interrupt time to land
            f.writelines(f"FRA,{i}\n" for i in range(10_000_000))
        reply, elapsed = self.interrupted(f'load big from "{path}"', after=0.8)
        print(f"\ninterrupt while loading 10,000,000 CSV rows: answered in {elapsed * 1000:.0f} ms")
        self.assertEqual("KeyboardInterrupt", reply["content"]["ename"], reply["content"])
        self.assertLess(elapsed, 1.0)
        reply, out = run(self.kc, "big")
        self.assertEqual("error", reply["status"], "nothing was loaded")

    def test_a_loaded_table_breaks_down_by_a_column_and_a_day_and_filters_over_zeromq(self):
        folder = tempfile.mkdtemp(prefix="gtrace-by-")
        self.addCleanup(shutil.rmtree, folder)
        path = os.path.join(folder, "tel.csv")
        with open(path, "w") as f:
            f.write("datetime,region,model,requests,energy_kwh\n"
                    "2025-03-24T23:00:00Z,FRA,gpt-4o,10,1.5\n2025-03-25T00:30:00Z,DEU,gpt-4o,20,2.0\n"
                    "2025-03-25T01:00:00+01:00,FRA,llama,5,0.5\n2025-03-26T12:00:00Z,FRA,llama,5,4.0\n")
        reply, _ = run(self.kc, f'load byt from "{path}"')
        self.assertEqual("ok", reply["status"], reply)
        reply, out = run(self.kc, "emissions byt by model")
        self.assertEqual("ok", reply["status"], reply)
        shown = lambda out, mime: "\n".join(c["data"].get(mime, "") for t, c in out if t in ("display_data", "execute_result"))
        html = shown(out, "text/html")
        self.assertIn("gpt-4o", html)
        self.assertIn("llama", html)
        self.assertTrue(any(t == "display_data" and "image/svg+xml" in c["data"] for t, c in out), "a chart is drawn")
        reply, out = run(self.kc, "energy byt by day where region = FRA")
        self.assertEqual("ok", reply["status"], reply)
        plain = shown(out, "text/plain")
        for day in ("2025-03-24", "2025-03-25", "2025-03-26"):
            self.assertIn(day, plain)
        reply, out = run(self.kc, "emissions byt by modle")
        self.assertEqual("error", reply["status"])
        self.assertIn("did you mean 'model'?", str(out))

    def test_interrupting_a_long_monte_carlo_run_stops_within_a_second_and_keeps_state(self):
        reply, _ = run(self.kc, "set samples 50000000\n"
                                "workload image big_mc < queries 700M; energy 0.006 kWh ± 20%; region FRA 50%, USA 50% >")
        self.assertEqual("ok", reply["status"], reply)
        reply, elapsed = self.interrupted("emissions big_mc", after=1.5)
        self.assertEqual("KeyboardInterrupt", reply["content"]["ename"], reply["content"])
        self.assertLess(elapsed, 1.0)
        run(self.kc, "set samples 1000")
        reply, out = run(self.kc, "emissions big_mc")
        self.assertEqual("ok", reply["status"], "the workload survived the interrupt")

    def test_inspection_is_markdown_with_a_plain_text_rendering(self):
        # Shift+Tab in the classic Notebook and jupyter-console show text/plain: it carried the raw markdown
        code = "emissions ghibli"
        self.kc.inspect(code, cursor_pos=3)
        reply = self.kc.get_shell_msg(timeout=10)["content"]
        self.assertEqual(reply["status"], "ok")
        self.assertTrue(reply["found"])
        data = reply["data"]
        self.assertIn("**", data["text/markdown"])
        self.assertNotIn("**", data["text/plain"])
        self.assertNotIn("`", data["text/plain"])
        self.assertIn("emissions", data["text/plain"])

    def test_completions_say_what_each_item_is(self):
        # JupyterLab shows an item's kind from _jupyter_types_experimental, which ipykernel sends and we did not
        code = "workload image w < queries 1M; energy 3 Wh; region Fin"
        self.kc.complete(code, len(code))
        reply = self.kc.get_shell_msg(timeout=10)["content"]
        typed = reply["metadata"]["_jupyter_types_experimental"]
        self.assertEqual(reply["matches"], [t["text"] for t in typed])
        self.assertIn({"start": reply["cursor_start"], "end": reply["cursor_end"], "text": "Finland", "type": "region"}, typed)
        self.assertNotIn("FIN", reply["matches"], "one entry per region")

    def test_the_kernelspec_highlights_cells_in_the_classic_notebook_and_has_an_svg_logo(self):
        import json, os
        spec = os.path.join(os.environ["JUPYTER_PATH"], "kernels", "gtrace")
        with open(os.path.join(spec, "kernel.js")) as f:
            js = f.read()
        self.assertIn("defineSimpleMode('gtrace'", js)
        self.assertIn("'workload'", js)
        self.assertIn("lineComment: '#'", js)
        with open(os.path.join(spec, "logo-svg.svg")) as f:
            self.assertTrue(f.read().startswith("<svg"))
        self.kc.kernel_info()
        info = self.kc.get_shell_msg(timeout=10)["content"]["language_info"]
        self.assertEqual("gtrace", info["codemirror_mode"])
        self.assertEqual("text/x-gtrace", info["mimetype"])
        self.kc.kernel_info()
        links = self.kc.get_shell_msg(timeout=10)["content"]["help_links"]
        self.assertEqual([{"text": "G-TRACE paper (arXiv 2511.04776)", "url": "https://arxiv.org/abs/2511.04776"}], links)

    def test_a_cell_with_a_nul_byte_gets_an_error_reply(self):
        reply, out = run(self.kc, "let a = 1 kWh\0")
        self.assertEqual("error", reply["status"])
        self.assertEqual("SyntaxError", reply["ename"])
        self.assertIn("1:14", reply["evalue"])
        self.assertEqual(["error"], [t for t, _ in out])

    def test_errors_show_line_col_and_a_caret(self):
        reply, out = run(self.kc, "let ok = 1 kWh\nemissions nowhere_declared")
        self.assertEqual("error", reply["status"])
        self.assertIn(":2:", reply["evalue"])
        self.assertTrue(any("^" in line for line in reply["traceback"]), reply["traceback"])
        self.assertEqual(1, len(out))

    def test_work_longer_than_a_second_shows_progress_updates(self):
        reply, out = run(self.kc, "%%java\nThread.sleep(1800);")
        self.assertEqual("ok", reply["status"])
        kinds = [t for t, _ in out]
        self.assertIn("display_data", kinds)
        self.assertIn("update_display_data", kinds)
        # the finished cell keeps nothing of it: it used to keep an empty display_data, saved into the notebook
        self.assertEqual([], saved(out))

    def test_the_progress_line_leaves_what_the_cell_printed_before_and_after(self):
        reply, out = run(self.kc, '%%java\nSystem.out.println("before");\nThread.sleep(1800);\nSystem.out.println("after");')
        self.assertEqual("ok", reply["status"])
        self.assertIn("display_data", [t for t, _ in out], "the progress line was shown while it ran")
        self.assertEqual(["stream", "stream"], [t for t, _ in saved(out)])
        self.assertEqual("before\nafter\n", "".join(c["text"] for _, c in saved(out)))

    def _forge(self, channel, key, msg_type, content):
        forger = Session(key=key, username="mallory")
        forger.send(channel.socket, forger.msg(msg_type, content))

    def test_a_signed_request_with_a_header_nested_too_deep_is_dropped(self):
        # it was answered, and its header copied into every IOPub status message as their parent
        msg = self.kc.session.msg("kernel_info_request", {})
        nested = {}
        for _ in range(100):
            nested = {"n": nested}
        msg["header"]["extra"] = nested
        self.kc.session.send(self.kc.shell_channel.socket, msg)
        with self.assertRaises(Empty):
            self.kc.get_shell_msg(timeout=0.5)
        self.kc.kernel_info()
        self.assertEqual("kernel_info_reply", self.kc.get_shell_msg(timeout=10)["msg_type"], "and it keeps serving")

    def test_header_dates_have_microseconds_and_a_zone(self):
        # they stopped at the minute (2026-12-01T22:38+0000); nbclient and JupyterLab time cells from them
        dates = []
        for _ in range(5):
            self.kc.kernel_info()
            dates.append(self.kc.get_shell_msg(timeout=10)["header"]["date"])
        self.assertTrue(all(d.tzinfo is not None for d in dates), dates)
        self.assertTrue(any(d.microsecond != 0 for d in dates), dates)
        self.assertTrue(any(d.second != 0 or d.microsecond != 0 for d in dates), dates)

    def test_forged_and_unsigned_messages_are_dropped_and_the_kernel_keeps_serving(self):
        for key in (b"not-the-key", b""):
            self._forge(self.kc.shell_channel, key, "execute_request",
                        {"code": "let forged = 1 kWh", "silent": False, "store_history": True,
                         "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
            self._forge(self.kc.control_channel, key, "shutdown_request", {"restart": False})
            self._forge(self.kc.control_channel, key, "interrupt_request", {})
        with self.assertRaises(Empty):
            self.kc.get_shell_msg(timeout=0.5)
        with self.assertRaises(Empty):
            self.kc.get_control_msg(timeout=0.2)
        self.assertTrue(self.km.is_alive())
        reply, _ = run(self.kc, "forged")
        self.assertEqual("error", reply["status"], "the forged cell must not have run")
        self.assertEqual("NameError", reply["ename"])
        reply, out = run(self.kc, "%%java\n1 + 1")
        self.assertEqual("ok", reply["status"])
        self.assertEqual("2", text(out))
        self.kc.kernel_info()
        self.assertEqual("ok", self.kc.get_shell_msg(timeout=5)["content"]["status"])

    def test_after_a_failing_cell_the_queued_cells_are_aborted(self):
        ids = [self.kc.execute("emissions no_such_workload"),
               self.kc.execute("let never_defined = 1 kWh"),
               self.kc.execute("let never_either = 2 kWh")]
        replies = {}
        while len(replies) < 3:
            m = self.kc.get_shell_msg(timeout=TIMEOUT)
            replies[m["parent_header"]["msg_id"]] = m["content"]["status"]
        self.assertEqual(["error", "aborted", "aborted"], [replies[i] for i in ids])
        reply, _ = run(self.kc, "never_defined")
        self.assertEqual("NameError", reply["ename"])

    def test_java_cells_complete_with_jshell(self):
        run(self.kc, "%%java\n1")  # JShell is up
        code = "%%java\nSystem.out.prin"
        self.kc.complete(code, len(code))
        reply = self.kc.get_shell_msg(timeout=10)["content"]
        self.assertTrue(any(m.startswith("println") for m in reply["matches"]), reply)
        self.assertEqual(len(code) - len("prin"), reply["cursor_start"])

    def test_preset_and_figure_ids_complete_whole_over_the_wire(self):
        for code, expected in (("workload video v < videos 1K; preset video.cogvideox.5", "video.cogvideox.5s_16fps"),
                               ("let paper = figure(case.ghibli.en", "case.ghibli.energy")):
            self.kc.complete(code, len(code))
            reply = self.kc.get_shell_msg(timeout=10)["content"]
            self.assertEqual([expected], reply["matches"], reply)
            start = code.index("video.cog") if "video.cog" in code else code.index("case.")
            self.assertEqual(start, reply["cursor_start"], "the whole dotted id is replaced")

    def test_report_magic_writes_the_sessions_results_and_keeps_an_existing_file(self):
        import json
        import os
        import tempfile
        folder = tempfile.mkdtemp(prefix="gtrace-report-")
        path = os.path.join(folder, "study.json")
        run(self.kc, "%reset")
        reply, _ = run(self.kc, "training gpt3 < energy 1287 MWh; intensity 429 g/kWh >\n"
                                "workload image ghibli < queries 700M; energy 0.006 kWh >\nregion dc < intensity 100 g/kWh >")
        self.assertEqual("ok", reply["status"], reply)
        reply, out = run(self.kc, "%report " + path)
        self.assertEqual("ok", reply["status"], reply)
        with open(path) as f:
            report = json.load(f)
        self.assertEqual(["gpt3", "ghibli"], [r["name"] for r in report["results"]], "every result, not the region")
        self.assertIn("# ---- cell ", report["manifest"]["program"]["text"], "the notebook's cells, in order")
        reply, _ = run(self.kc, "%report " + path)
        self.assertEqual("error", reply["status"])
        self.assertIn("exists and was kept", reply["evalue"])
        reply, _ = run(self.kc, "%report --force " + path + " ghibli")
        self.assertEqual("ok", reply["status"], reply)
        with open(path) as f:
            self.assertEqual(["ghibli"], [r["name"] for r in json.load(f)["results"]])
        self.assertEqual(["study.json"], os.listdir(folder), "no temporary file left")

    def test_magics(self):
        reply, out = run(self.kc, "%seed 42\n%lsmagic")
        self.assertEqual("ok", reply["status"])
        printed = "".join(c["text"] for t, c in out if t == "stream")
        self.assertIn("Seed set to 42.", printed)
        for magic in ("%%java", "%time, %%time", "%load", "%reset", "%seed", "%report", "%sources", "%presets", "%who", "%lsmagic", "%help"):
            self.assertIn(magic, printed)
        reply, out = run(self.kc, "%%time\nlet timed = 1 kWh")
        self.assertIn("Wall time:", "".join(c["text"] for t, c in out if t == "stream"))
        reply, out = run(self.kc, "%help")
        self.assertIn("%%java", out[0][1]["data"]["text/markdown"])
        reply, out = run(self.kc, "%reset")
        self.assertIn("Session cleared", "".join(c["text"] for t, c in out if t == "stream"))
        reply, _ = run(self.kc, "timed")
        self.assertEqual("NameError", reply["ename"])
        reply, out = run(self.kc, "%sources")
        self.assertEqual("ok", reply["status"])
        sources = out[0][1]["data"]["text/markdown"]
        self.assertIn("owid-ember-country-electricity.json", sources)
        self.assertIn("| licence |", sources)
        self.assertRegex(sources, r"Country grid figures \(owid-ember-country-electricity.json\): \d+ for 20\d\d")
        reply, out = run(self.kc, "%presets image")
        self.assertEqual("ok", reply["status"])
        presets = out[0][1]["data"]["text/markdown"]
        self.assertIn("`image.aienergyscore.sdxl` | image | 1.64 Wh/image | accelerator", presets)
        self.assertNotIn("text.gpt4o", presets)
        reply, _ = run(self.kc, "%presets sound")
        self.assertEqual("UsageError", reply["ename"])
        reply, _ = run(self.kc, "%nosuchmagic")
        self.assertEqual("UsageError", reply["ename"])

    def test_who_lists_the_sessions_names(self):
        run(self.kc, "%reset")
        reply, out = run(self.kc, "%who")
        self.assertIn("No names are defined yet.", "".join(c["text"] for t, c in out if t == "stream"))
        run(self.kc, "workload image who_w < queries 1M; energy 3 Wh >\nscenario who_s from who_w < region FRA >\n"
                     "let who_e = 2 kWh\nlet who_u = 1 .. 3 kWh")
        reply, out = run(self.kc, "%who")
        self.assertEqual("ok", reply["status"], reply)
        text = out[0][1]["data"]["text/plain"].splitlines()
        self.assertEqual(["who_w  workload (image)", "who_s  workload (image) from who_w", "who_e  2,000 Wh",
                          "who_u  uncertain: 1,000 Wh .. 3,000 Wh"], text)
        self.assertIn("| `who_w` | workload (image) |", out[0][1]["data"]["text/markdown"])

    def test_history_tail_and_search(self):
        run(self.kc, "let hist_probe = 5 kWh")
        self.kc.history(hist_access_type="tail", n=1, output=False, raw=True)
        reply = self.kc.get_shell_msg(timeout=5)["content"]
        self.assertEqual("let hist_probe = 5 kWh", reply["history"][-1][2])
        self.kc.history(hist_access_type="search", pattern="let hist_*", output=False, raw=True)
        reply = self.kc.get_shell_msg(timeout=5)["content"]
        self.assertEqual(["let hist_probe = 5 kWh"], [h[2] for h in reply["history"]])


class RestartTests(unittest.TestCase):
    def test_restart_gives_a_fresh_session(self):
        km, kc = start_new_kernel(kernel_name="gtrace")
        try:
            run(kc, "let before_restart = 1 kWh")
            km.restart_kernel(now=False)
            kc.wait_for_ready(timeout=TIMEOUT)
            reply, _ = run(kc, "before_restart")
            self.assertEqual("NameError", reply["ename"])
            reply, _ = run(kc, "let after_restart = 2 kWh")
            self.assertEqual("ok", reply["status"])
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=True)


if __name__ == "__main__":
    unittest.main()
