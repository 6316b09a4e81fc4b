"""Render the app's screens offscreen into docs/images/, as an officer would see them.

    QT_QPA_PLATFORM=offscreen python build/screenshots.py

The screen is an old office PC: 1366×768 at 125% scaling. Each shot uses a demo
installation, so the pictures show realistic data.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault(
    "QT_QPA_PLATFORM",
    f"offscreen:configfile={ROOT / 'tests' / 'data' / 'offscreen-office-pc.json'}")

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from kh14_desktop.services.demo import create_demo_installation  # noqa: E402
from kh14_desktop.ui.i18n import install_language  # noqa: E402
from kh14_desktop.ui.main_window import MainWindow  # noqa: E402

OUT = ROOT / "docs" / "images"
DEMO_TODAY = dt.date(2024, 10, 28)


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def save(widget: QWidget, name: str, app: QApplication) -> None:
    settle(app)
    widget.grab().save(str(OUT / name))
    print(OUT / name)


def main_window(app: QApplication, folder: Path) -> None:
    installation = create_demo_installation(folder)
    window = MainWindow(installation, demo=True, clock=DEMO_TODAY)
    window.resize(1093, 580)
    window.show()
    window.task_page.select_task("II.3.2")
    save(window, "main-window.png", app)
    window.close()
    installation.close()


SHOTS: list[Callable[[QApplication, Path], None]] = [main_window]


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    install_language("vi")
    OUT.mkdir(parents=True, exist_ok=True)
    for shot in SHOTS:
        with tempfile.TemporaryDirectory() as folder:
            shot(app, Path(folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
