"""The HTML report of seeds/ opened in a real browser: headless Chromium renders it to PNG
and prints it to PDF; both must be produced and non-trivial.

Skips (with the reason) when no Chromium is installed; ``.ci/run`` installs Debian's
``chromium`` under CI=true.
"""
from __future__ import annotations

import os
import shutil
import struct
import subprocess

import pytest

from checker.engine import Options, run
from checker.report import get_reporter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage")


def browser() -> str | None:
    for name in BROWSERS:
        path = shutil.which(name)
        if path:
            return path
    return None


pytestmark = pytest.mark.skipif(browser() is None, reason="no Chromium installed (apt-get install chromium); "
                                                         "the HTML report is not rendered in a browser")


@pytest.fixture(scope="module")
def report_html(tmp_path_factory):
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        report = run(["seeds"], Options(jobs=1))
    finally:
        os.chdir(cwd)
    path = tmp_path_factory.mktemp("html") / "report.html"
    with open(path, "w", encoding="utf-8") as fh:
        get_reporter("html")(report, fh)
    return path


def chromium(tmp_path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    cmd = [browser(), *FLAGS, f"--user-data-dir={profile}", *args]
    return subprocess.run(cmd, capture_output=True, timeout=180, cwd=tmp_path)


def test_renders_to_png(report_html, tmp_path):
    png = tmp_path / "report.png"
    proc = chromium(tmp_path, "--window-size=1100,1600", f"--screenshot={png}", report_html.as_uri())
    assert png.exists(), proc.stderr.decode(errors="replace")[-2000:]
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1100, 1600)
    assert len(data) > 20_000  # text and colour, not a blank page


def test_prints_to_pdf(report_html, tmp_path):
    pdf = tmp_path / "report.pdf"
    proc = chromium(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", report_html.as_uri())
    assert pdf.exists(), proc.stderr.decode(errors="replace")[-2000:]
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:]
    assert data.count(b"/Type /Page") - data.count(b"/Type /Pages") >= 1 or b"/Type/Page" in data
    assert len(data) > 10_000
