"""briefgen runs as a module and finds its templates from an installed wheel."""

import subprocess
import sys
import zipfile

from tests.conftest import ROOT


def test_python_dash_m_runs_the_cli():
    result = subprocess.run([sys.executable, "-m", "briefgen", "--version"],
                            capture_output=True, text=True, check=True)
    assert "briefgen" in result.stdout


def test_the_wheel_carries_templates_and_fonts(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(tmp_path), str(ROOT)], check=True, capture_output=True)
    wheel = next(tmp_path.glob("briefgen-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "briefgen/templates/analyst.toml" in names
    assert "briefgen/fonts/DejaVuSans.ttf" in names
