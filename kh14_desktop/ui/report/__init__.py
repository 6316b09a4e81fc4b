"""The office's report: the export dialog, the signing key, verifying received files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kh14_desktop.ui.main_window import MainWindow


def install_report_pages(window: MainWindow) -> None:
    """Add the report page, its menu items and shortcuts to the main window."""


def open_files(window: MainWindow, paths: list[Path]) -> None:
    """Files given on the command line (a double-clicked `.kh14`): offer to verify them."""
