"""jupyter-console with piped input, as a user in a terminal would run it."""
import os
import subprocess
import unittest


class ConsoleTests(unittest.TestCase):
    def test_piped_cells_print_their_results(self):
        cells = "let per_image = 0.006 kWh\nper_image\n%seed 7\n"
        done = subprocess.run(
            ["/usr/bin/jupyter-console", "--kernel", "gtrace", "--simple-prompt", "--no-confirm-exit"],
            input=cells, capture_output=True, text=True, timeout=90, env=os.environ.copy())
        self.assertEqual(0, done.returncode, done.stderr)
        self.assertIn("6 Wh", done.stdout)
        self.assertIn("Seed set to 7.", done.stdout)
        self.assertNotIn("Traceback", done.stdout + done.stderr)


if __name__ == "__main__":
    unittest.main()
