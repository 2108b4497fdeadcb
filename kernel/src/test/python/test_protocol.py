"""Jupyter's own kernel test suite (jupyter_kernel_test) against the gtrace kernel.

Run by bin/test.d/20-kernel.sh with JUPYTER_PATH pointing at a freshly written kernelspec.
"""
import os
import unittest

import jupyter_kernel_test as jkt

CHART_CELL = (
    "%%java\n"
    'display(new ChartSpec(ChartSpec.Kind.BAR, "CO2e by region", "region", "CO2e", "tCO2e",\n'
    '    List.of("FR", "US"), List.of(ChartSpec.Series.of("CO2e", 50.0, 700.0)), "Ember 2023"));'
)


class GtraceKernelTests(jkt.KernelTests):
    kernel_name = "gtrace"

    @classmethod
    def setUpClass(cls):
        # A cell that runs over a second also shows a progress line, a display_data of its own
        # (test_client.py tests it). On a loaded machine the samples below can take that long, and
        # this suite wants every display_data to be the sample's, so the line waits 60 s here.
        os.environ["GTRACE_PROGRESS_AFTER_MS"] = "60000"
        try:
            super().setUpClass()
        finally:
            del os.environ["GTRACE_PROGRESS_AFTER_MS"]
        cls.kc.execute_interactive(CHART_CELL, timeout=60)

    language_name = "gtrace"
    file_extension = ".gtrace"

    code_hello_world = '%%java\nSystem.out.println("hello, world");'
    code_stderr = '%%java\nSystem.err.println("written to stderr");'

    completion_samples = [
        {"text": "%lsm", "matches": {"%lsmagic"}},
        {"text": "%%ja", "matches": {"%%java"}},
        {"text": "%se", "matches": {"%seed"}},
    ]

    complete_code_samples = ["let e = 0.006 kWh", "workload image ghibli < queries 700M; energy 0.006 kWh >"]
    incomplete_code_samples = ["workload image ghibli < queries 700M;", "workload image ghibli <"]
    invalid_code_samples = ["workload image ghibli > queries 700M"]

    code_generate_error = "emissions not_declared_anywhere"

    code_execute_result = [
        {"code": "%%java\n6 * 7", "result": "42"},
        {"code": "let e = 0.006 kWh\ne", "mime": "text/html"},
    ]
    code_display_data = [
        {"code": CHART_CELL, "mime": "image/svg+xml"},
        {"code": CHART_CELL, "mime": "image/png"},
        {"code": "let f = 2 kWh\nf\nf", "mime": "text/html"},
    ]

    code_history_pattern = "let e*"
    supported_history_operations = ("tail", "range", "search")

    code_inspect_sample = "%time"
    code_clear_output = "%%java\nclearOutput();"


if __name__ == "__main__":
    unittest.main()
