"""G-TRACE notebooks in a real browser: JupyterLab 4 and Notebook 7, driven by Playwright on
Debian's chromium. Run by bin/test.d/60-jupyterlab.sh, which makes the virtual environment,
builds the lab extension and installs the kernelspec into a temporary prefix (JUPYTER_PATH).

Each "What users hit" item of issue 14 is a test here: highlighting and Ctrl+/ (the editor had
plain text), the table of contents (it listed every result's title), a sanitized HTML export
(its CSS showed as text and tables lost their headers), typed completion, and progress lines
after an interrupt and a restart. Screenshots in the light and dark themes go to
$GTRACE_SCREENSHOTS."""
import json
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
import unittest
import urllib.request

from playwright.sync_api import sync_playwright

HERE = os.path.dirname(os.path.abspath(__file__))
NOTEBOOKS = os.path.dirname(HERE)
VENV_BIN = os.environ["GTRACE_LAB_BIN"]
SHOTS = os.environ.get("GTRACE_SCREENSHOTS", tempfile.mkdtemp())
TOKEN = "gtrace-browser-test"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
APPS = ("lab", "notebook")  # JupyterLab 4 at /lab, Notebook 7 at /notebooks
LONG_CELL = "set samples 50000000\nworkload image big < queries 1M; energy 1 .. 3 Wh >\nemissions big"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def headings(path):
    """The markdown headings of a notebook: what its table of contents should list, and only that."""
    with open(path) as f:
        nb = json.load(f)
    out = []
    for cell in nb["cells"]:
        if cell["cell_type"] == "markdown":
            for line in "".join(cell["source"]).splitlines():
                m = re.match(r"#{1,6}\s+(.*)", line)
                if m:
                    out.append(m.group(1).strip())
    return out


class Server:
    """A Jupyter server (JupyterLab and Notebook 7 both) on loopback, in a folder of copies."""

    def __init__(self, root):
        self.root = root
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        config = os.path.join(root, ".config")
        settings = os.path.join(config, "lab", "user-settings", "@jupyterlab", "notebook-extension")
        os.makedirs(settings)
        # every cell in the page, so that a test sees each one's prompt and outputs
        with open(os.path.join(settings, "tracker.jupyterlab-settings"), "w") as f:
            json.dump({"windowingMode": "none"}, f)
        # no "get notified about Jupyter news?" toast over the screenshots (and no call out for news)
        notices = os.path.join(config, "lab", "user-settings", "@jupyterlab", "apputils-extension")
        os.makedirs(notices)
        with open(os.path.join(notices, "notification.jupyterlab-settings"), "w") as f:
            json.dump({"fetchNews": "false"}, f)
        env = dict(os.environ, JUPYTER_CONFIG_DIR=config, JUPYTER_RUNTIME_DIR=os.path.join(root, ".runtime"))
        self.log = open(os.path.join(root, ".server.log"), "w")
        self.proc = subprocess.Popen(
            [os.path.join(VENV_BIN, "jupyter-lab"), "--no-browser", "--allow-root", f"--port={self.port}",
             "--ServerApp.ip=127.0.0.1", f"--ServerApp.token={TOKEN}", f"--ServerApp.root_dir={root}",
             "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
             "--LabApp.news_url=", "--ServerApp.open_browser=False"],
            env=env, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"{self.base}/api/status?token={TOKEN}", timeout=2)
                return
            except OSError:
                time.sleep(0.3)
        raise RuntimeError("the Jupyter server did not start: see " + self.log.name)

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()


class BrowserTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.root = tempfile.mkdtemp(prefix="gtrace-lab-")
        for name in ("01-ghibli.ipynb", "06-workshop.ipynb"):
            shutil.copy(os.path.join(NOTEBOOKS, name), cls.root)
        if os.path.isdir(os.path.join(NOTEBOOKS, "data")):
            shutil.copytree(os.path.join(NOTEBOOKS, "data"), os.path.join(cls.root, "data"))
        cls.server = Server(cls.root)
        cls.pw = sync_playwright().start()
        cls.browser = cls.pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        os.makedirs(SHOTS, exist_ok=True)

    @classmethod
    def tearDownClass(cls):
        cls.browser.close()
        cls.pw.stop()
        cls.server.stop()
        shutil.rmtree(cls.root, ignore_errors=True)

    def setUp(self):
        self.page = None
        self.fresh_page()

    def fresh_page(self):
        """A new tab: a notebook left with unsaved changes cannot hold the next one up."""
        if self.page is not None:
            self.page.close()
        self.page = self.browser.new_page(viewport={"width": 1400, "height": 1000})
        self.page.set_default_timeout(30000)

    def tearDown(self):
        self.page.close()

    def show_toc(self, app):
        if app == "lab":
            self.page.locator('li[data-id="table-of-contents"]').first.click()
        else:
            self.menu("View", "Table of Contents")
        self.page.wait_for_selector(".jp-tocItem-content")
        return [t.strip() for t in self.page.locator(".jp-TableOfContents .jp-tocItem-content").all_inner_texts()]

    # ------------------------------------------------------------------ helpers

    def open(self, name, app="lab"):
        url = f"{self.server.base}/lab/tree/{name}?reset&token={TOKEN}" if app == "lab" \
            else f"{self.server.base}/notebooks/{name}?token={TOKEN}"
        self.page.goto(url)
        self.page.wait_for_selector(".jp-Notebook .jp-CodeCell .cm-content", timeout=60000)
        self.notebook = self.page.locator(".jp-NotebookPanel:visible .jp-Notebook").first
        # the kernel is connected and idle, and the notebook has the focus, so its commands are enabled
        self.page.wait_for_selector(".jp-NotebookPanel:visible .jp-Notebook-ExecutionIndicator[data-status='idle']",
                                    timeout=90000)
        self.notebook.locator(".jp-Cell").first.click(position={"x": 5, "y": 5})
        return self.notebook

    def menu(self, *path):
        """Clicks through the menu bar: menu("Kernel", "Interrupt Kernel"), menu("Settings", "Theme", "JupyterLab Dark")."""
        self.page.locator(f'.lm-MenuBar-item:has(.lm-MenuBar-itemLabel:text-is("{path[0]}"))').first.click()
        for item in path[1:]:
            entry = self.page.locator(f'.lm-Menu:visible .lm-Menu-item:has(.lm-Menu-itemLabel:text-is("{item}"))').last
            if entry.get_attribute("data-type") == "submenu":
                entry.hover()
            else:
                entry.click()

    def run_all(self):
        self.menu("Run", "Run All Cells")
        code = self.notebook.locator(".jp-CodeCell")
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            prompts = [p.strip() for p in code.locator(".jp-InputArea-prompt").all_inner_texts()]
            if prompts and all(re.fullmatch(r"\[\d+\]:", p) for p in prompts):
                return prompts
            time.sleep(0.5)
        self.fail(f"not every cell ran: prompts {prompts}")

    def errors(self):
        return self.notebook.locator('[data-mime-type="application/vnd.jupyter.stderr"]').all_inner_texts()

    def new_cell(self, source):
        """A new code cell at the end, in edit mode, holding source."""
        self.notebook.locator(".jp-CodeCell").last.locator(".cm-content").click()
        self.page.keyboard.press("Escape")
        self.page.keyboard.press("b")
        self.page.keyboard.press("Enter")
        self.page.keyboard.insert_text(source)
        return self.notebook.locator(".jp-CodeCell").last

    def shot(self, name):
        # a theme change shows a splash while its CSS loads
        self.page.wait_for_selector("#jupyterlab-splash", state="detached", timeout=30000)
        self.page.wait_for_timeout(500)
        self.page.screenshot(path=os.path.join(SHOTS, name))

    def assert_highlighted(self, cell):
        """The tokens of a G-TRACE cell carry CodeMirror's token classes (the lab extension's language)."""
        content = cell.locator(".cm-content")
        self.assertIn("workload", content.locator(".tok-keyword").all_inner_texts())
        self.assertIn("queries", content.locator(".tok-propertyName").all_inner_texts())
        self.assertIn("700M", content.locator(".tok-number").all_inner_texts())
        self.assertIn("kWh", content.locator(".tok-atom").all_inner_texts())

    def assert_ctrl_slash_toggles_a_comment(self, cell):
        line = cell.locator(".cm-line").first
        before = line.inner_text()
        line.click()
        self.page.keyboard.press("Control+/")
        self.assertEqual("# " + before, cell.locator(".cm-line").first.inner_text())
        self.page.keyboard.press("Control+/")
        self.assertEqual(before, cell.locator(".cm-line").first.inner_text())
        self.page.keyboard.press("Escape")

    # ------------------------------------------------------------------ JupyterLab 4

    def test_every_cell_runs_highlighted_and_the_contents_list_only_the_notebooks_headings(self):
        for app in APPS:
            for name in ("01-ghibli.ipynb", "06-workshop.ipynb"):
                with self.subTest(app=app, notebook=name):
                    self.fresh_page()
                    self.open(name, app)
                    self.run_all()
                    self.assertEqual([], self.errors())
                    if name == "01-ghibli.ipynb":
                        first = self.notebook.locator(".jp-CodeCell").first
                        self.assert_highlighted(first)
                        self.assert_ctrl_slash_toggles_a_comment(first)
                    else:
                        self.assertGreater(self.notebook.locator(".cm-content .tok-comment").count(), 3,
                                           "the exercises' commented lines are comments")
                    self.assertEqual(headings(os.path.join(self.root, name)), self.show_toc(app))
                    stem = name.replace(".ipynb", "") + ("-lab" if app == "lab" else "-notebook7")
                    self.shot(stem + "-light.png")
                    self.menu("Settings", "Theme", "JupyterLab Dark")
                    self.page.wait_for_function("document.body.dataset.jpThemeLight === 'false'")
                    self.shot(stem + "-dark.png")
                    self.menu("Settings", "Theme", "JupyterLab Light")
                    self.page.wait_for_function("document.body.dataset.jpThemeLight === 'true'")

    def test_the_help_menu_opens_the_projects_own_language_reference_and_methodology(self):
        # its one entry, "G-TRACE language reference", opened the paper
        for app in APPS:
            with self.subTest(app=app):
                self.fresh_page()
                self.open("06-workshop.ipynb", app)
                self.help_pages()

    def help_pages(self):
        for label, title, text in (("G-TRACE language reference", "G-TRACE language reference", "workload"),
                                   ("G-TRACE methodology", "G-TRACE methodology", "PUE")):
            with self.page.context.expect_page() as opened:
                self.menu("Help", label)
            doc = opened.value
            doc.wait_for_load_state()
            self.assertEqual(title, doc.title())
            self.assertIn(text, doc.locator("body").inner_text())
            doc.close()

    def test_completion_is_typed_and_quotes_a_name_with_a_space(self):
        for app in APPS:
            with self.subTest(app=app):
                self.fresh_page()
                self.completes(app)

    def completes(self, app):
        self.open("06-workshop.ipynb", app)
        self.run_all()  # the kernel is up: a completion request before it is answered by nobody
        cell = self.new_cell("workload image w < queries 1M; energy 3 Wh; region Fin")
        self.page.keyboard.press("Tab")
        item = self.page.locator(".jp-Completer:visible .jp-Completer-item").first
        item.wait_for()
        self.assertEqual("Finland", item.get_attribute("data-value"))
        self.assertEqual("region", item.locator(".jp-Completer-typeExtended").inner_text())
        self.page.keyboard.press("Escape")  # closes the completer; the click below puts the cursor back at the line's end
        cell.locator(".cm-line").first.click()
        self.page.keyboard.press("End")
        for _ in range(3):
            self.page.keyboard.press("Backspace")
        self.page.keyboard.insert_text("Falk")
        self.page.keyboard.press("Tab")
        quoted = self.page.locator('.jp-Completer:visible .jp-Completer-item[data-value=\'"Falkland Islands"\']')
        quoted.wait_for()
        self.page.keyboard.press("Enter")  # it does not begin with what was typed, so it waits to be chosen
        self.page.wait_for_function(
            "() => [...document.querySelectorAll('.jp-CodeCell .cm-line')].some(l => l.textContent.includes('\"Falkland Islands\"'))")
        self.page.keyboard.insert_text(" >\nemissions w")
        self.page.keyboard.press("Shift+Enter")
        cell.locator(".jp-OutputArea-output").first.wait_for()
        self.assertIn("Emissions of w", cell.locator(".jp-OutputArea").inner_text())

    def test_interrupt_and_restart_leave_no_progress_line(self):
        for app in APPS:
            with self.subTest(app=app):
                self.fresh_page()
                self.stops(app)

    def stops(self, app):
        self.open("06-workshop.ipynb", app)
        self.run_all()
        cell = self.new_cell(LONG_CELL)
        self.page.keyboard.press("Control+Enter")
        self.page.wait_for_function("() => document.body.innerText.includes('⏳')", timeout=60000)
        self.menu("Kernel", "Interrupt Kernel")
        cell.locator(".jp-OutputArea").get_by_text("KeyboardInterrupt").first.wait_for(timeout=30000)
        self.assertNotIn("⏳", self.notebook.inner_text(), "the interrupted cell keeps no progress line")
        cell.locator(".cm-line").first.click()
        self.page.keyboard.press("Control+Enter")
        self.page.wait_for_function("() => document.body.innerText.includes('⏳')", timeout=60000)
        self.menu("Kernel", "Restart Kernel…")
        self.page.locator(".jp-Dialog .jp-Dialog-button.jp-mod-accept").click()
        self.page.wait_for_function("() => !document.body.innerText.includes('⏳')", timeout=30000)
        self.page.keyboard.press("Control+s")
        time.sleep(2)
        with open(os.path.join(self.root, "06-workshop.ipynb")) as f:
            saved = json.load(f)
        for c in saved["cells"]:
            for o in c.get("outputs", []):
                self.assertNotIn("⏳", json.dumps(o), "no progress line is saved")
                if o["output_type"] == "display_data":
                    self.assertTrue(any(v for v in o["data"].values()), f"an empty display_data was saved: {o}")
        shutil.copy(os.path.join(NOTEBOOKS, "06-workshop.ipynb"), self.root)

    def test_a_sanitized_html_export_keeps_the_results_readable(self):
        self.open("01-ghibli.ipynb")
        self.run_all()
        self.page.keyboard.press("Control+s")
        time.sleep(2)
        out = os.path.join(self.root, "export")
        subprocess.run([os.path.join(VENV_BIN, "jupyter-nbconvert"), "--to", "html", "--sanitize-html", "--output-dir", out,
                        os.path.join(self.root, "01-ghibli.ipynb")], check=True, capture_output=True)
        with open(os.path.join(out, "01-ghibli.html")) as f:
            html = f.read()
        reports = [self.element(html, i) for i in (m.start() for m in re.finditer('<div class="gtrace-report">', html))]
        self.assertGreater(len(reports), 3)
        for r in reports:
            escaped = set(re.findall(r"&lt;/?([a-z0-9]+)", r)) - {"tbody"}  # html5lib inserts tbody, which bleach escapes
            self.assertEqual(set(), escaped, "tags of ours a sanitized export escapes: " + r[:400])
            self.assertRegex(r, r'<tr class="head"><td class="\w+"><b>[^<]+</b></td>', "a header row of bold cells")
        for r in reports:
            self.assertNotIn("border-collapse", re.sub(r"<[^>]*>", "", r), "no CSS shows as text")
        # what the kernel sends as markdown (explain, expect) comes with HTML of the same safe tags
        for m in re.finditer('<div class="gtrace-md">', html):
            md = self.element(html, m.start())
            self.assertEqual(set(), set(re.findall(r"&lt;/?([a-z0-9]+)", md)) - {"tbody"}, md[:400])
        shutil.copy(os.path.join(NOTEBOOKS, "01-ghibli.ipynb"), self.root)

    @staticmethod
    def element(html, start):
        """The div that opens at start, through its matching </div>."""
        depth, i = 0, start
        for m in re.finditer(r"<div\b|</div>", html[start:]):
            depth += 1 if m.group(0) == "<div" else -1
            if depth == 0:
                return html[start:start + m.end()]
        return html[start:]


if __name__ == "__main__":
    unittest.main()
