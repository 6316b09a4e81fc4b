"""What the window loads before it shows: what its first page needs, and nothing else.

benchmarks/startup.py measures the start-up time; these tests keep the work it measures from
creeping back in unnoticed (one module-level import of a heavy library is enough).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# prints the modules loaded at the moment the main window has been shown, then quits
PROBE = """
import sys
import kh14_desktop.ui.app as app
shown = app._exit_when_shown
def probe(qt_app):
    print("MODULES", *sorted(sys.modules))
    shown(qt_app)
app._exit_when_shown = probe
sys.exit(app.main(sys.argv[1:]))
"""

# each costs the start-up milliseconds and none is needed to show the overview
NOT_BEFORE_SHOWN = (
    "hashlib",  # loads OpenSSL: only needed to store or check an evidence file
    "sqlite_utils",  # writes go through it; the window only reads at start
    "reportlab", "PIL",  # the first PDF
    "cryptography", "minisign",  # the first signature
    "openpyxl",
    "kh14_desktop.services.backup",  # the day's backup runs after the window shows
    "kh14_desktop.services.startup", "kh14_desktop.services.health",
    "kh14_desktop.services.export", "kh14_desktop.services.signing",
    "kh14_desktop.services.verify", "kh14_desktop.services.importer",
    "kh14_desktop.ui.task_page", "kh14_desktop.ui.activities_page",  # built when opened
    "kh14_desktop.ui.activity_dialog", "kh14_desktop.ui.setup_wizard",
    # the activity actions are made just after the window shows, for its evidence check
    "kh14_desktop.ui.activity_actions", "kh14_desktop.ui.activity_model",
    "kh14_desktop.services.office_work",
    "kh14_desktop.ui.admin",  # an office has no admin pages
)


def modules_when_shown(kh14: object, data_dir: Path) -> set[str]:
    kh14("setup", "--unit", "h-van-yen")  # type: ignore[operator]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KH14_EXIT_WHEN_SHOWN="1")
    result = subprocess.run([sys.executable, "-c", PROBE, "--data-dir", str(data_dir)],
                            env=env, cwd=ROOT, capture_output=True, text=True, encoding="utf-8",
                            timeout=60, check=False)
    lines = [line for line in result.stdout.splitlines() if line.startswith("MODULES ")]
    assert lines, result.stdout + result.stderr
    return set(lines[0].split()[1:])


@pytest.fixture
def loaded(kh14: object, data_dir: Path) -> set[str]:
    return modules_when_shown(kh14, data_dir)


def test_the_overview_shows_without_the_heavy_modules(loaded: set[str]) -> None:
    assert "kh14_desktop.ui.overview_page" in loaded  # the probe did see the window
    early = sorted(name for name in loaded
                   if any(name == heavy or name.startswith(heavy + ".")
                          for heavy in NOT_BEFORE_SHOWN))
    assert early == []


def test_the_window_help_speaks_vietnamese_throughout() -> None:
    # piped, in a Windows console's code page (cp1258, the Vietnamese one, has no "ế")
    result = subprocess.run([sys.executable, "-m", "kh14_desktop.ui.app", "--help"],
                            cwd=ROOT, capture_output=True, text=True, encoding="utf-8",
                            env={**os.environ, "PYTHONIOENCODING": "cp1258"},
                            timeout=60, check=True)
    assert result.stdout.startswith("cách dùng: kh14-desktop")
    assert "hiện trợ giúp này rồi thoát" in result.stdout
