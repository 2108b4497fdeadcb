"""Checks of nbrun's own checks, on small notebooks built in memory (no kernel needed):
    /usr/bin/python3 -m unittest discover -s notebooks/tools -p 'test_*.py'
"""
import unittest

from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

import nbrun


def code(source, plain=None, svg=None, stderr=None):
    cell = new_code_cell(source)
    if plain is not None:
        cell.outputs.append(new_output("display_data", data={"text/plain": plain}))
    if svg is not None:
        cell.outputs.append(new_output("display_data", data={"image/svg+xml": svg, "text/plain": "[chart]"}))
    if stderr is not None:
        cell.outputs.append(new_output("stream", name="stderr", text=stderr))
    return cell


CHART = ("<svg><text>CO2e by region</text><text>region</text><text>CO2e (tCO2e)</text>"
         "<text>USA</text><text>Source: G-TRACE estimate</text></svg>")


class ProseNumbers(unittest.TestCase):

    def test_a_number_printed_above_may_be_quoted(self):
        nb = new_notebook(cells=[code("emissions ghibli", plain="CO2e  2,020 tCO2e"),
                                 new_markdown_cell("The trend emits 2,020 tonnes.")])
        self.assertEqual([], nbrun.prose_problems(nb))

    def test_a_number_no_output_shows_is_reported_with_its_cell(self):
        nb = new_notebook(cells=[code("emissions ghibli", plain="CO2e  2,020 tCO2e"),
                                 new_markdown_cell("The trend emits 2,068 tonnes.")])
        self.assertEqual(["markdown cell 1: the number 2,068 appears in no output or code above it"],
                         nbrun.prose_problems(nb))

    def test_a_number_printed_only_below_does_not_count(self):
        nb = new_notebook(cells=[new_markdown_cell("It is 4,309 MWh."), code("x", plain="4,309 MWh")])
        self.assertEqual(1, len(nbrun.prose_problems(nb)))

    def test_inputs_typed_in_code_above_may_be_quoted(self):
        nb = new_notebook(cells=[code("let paper_energy = 4309 MWh"), new_markdown_cell("The paper's 4,309 MWh.")])
        self.assertEqual([], nbrun.prose_problems(nb))

    def test_years_model_names_citations_headings_and_task_cells_are_not_results(self):
        task = new_markdown_cell("Declare 10M queries at 0.3 Wh.", metadata={"tags": ["task"]})
        nb = new_notebook(cells=[new_markdown_cell("## 3. Llama 3.1 405B, GPT-3 (arXiv 2511.04776), in 2025"), task])
        self.assertEqual([], nbrun.prose_problems(nb))


class Charts(unittest.TestCase):

    def test_a_chart_with_title_axes_and_source_passes(self):
        self.assertEqual([], nbrun.chart_problems(new_notebook(cells=[code("chart x", svg=CHART)])))

    def test_a_chart_without_a_source_line_fails(self):
        svg = CHART.replace("Source: G-TRACE estimate", "")
        self.assertEqual(["cell 0: a chart has no 'Source:' line"],
                         nbrun.chart_problems(new_notebook(cells=[code("chart x", svg=svg)])))


class Errors(unittest.TestCase):

    def test_stderr_and_error_outputs_fail(self):
        cell = code("x", stderr="SLF4J(W): No SLF4J providers were found.")
        cell.outputs.append(new_output("error", ename="ExpectationError", evalue="expected 3 kWh, got 2 kWh", traceback=[]))
        problems = nbrun.stderr_problems(new_notebook(cells=[cell]))
        self.assertEqual(2, len(problems))
        self.assertIn("ExpectationError: expected 3 kWh, got 2 kWh", problems[1])

    def test_the_kernels_progress_line_is_not_stored(self):
        cell = code("x", plain="✓ finished in 3.2 s")
        self.assertEqual([], nbrun.without_progress(new_notebook(cells=[cell])).cells[0].outputs)


if __name__ == "__main__":
    unittest.main()
