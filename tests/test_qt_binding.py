"""The Qt binding must not leak references to None (PySide6 6.12.0 on Python 3.11 does).

Each call of a Qt method returning nothing took one reference from None; after some
thousands of calls (typing a long narrative) the interpreter aborted with "deallocating
None". pyproject.toml excludes that release; this test fails on any binding that does it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel


def test_qt_calls_keep_none_and_booleans_alive(qapp: QApplication) -> None:
    label = QLabel()
    timer = QTimer()
    before = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    for _ in range(2000):
        label.setText("x")
        timer.stop()
        label.isVisible()
    after = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    assert all(abs(a - b) < 100 for a, b in zip(after, before, strict=True)), (before, after)
