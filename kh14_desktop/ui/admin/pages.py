"""The admin's pages in the main window: import, who reported, matrix, consolidation."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kh14_desktop.ui.main_window import MainWindow


def install_admin_pages(window: MainWindow) -> None:
    """Add the admin's pages, menu items and shortcuts to the main window."""


def open_files(window: MainWindow, paths: list[Path]) -> None:
    """Files given on the command line (a double-clicked `.kh14`): offer to import them."""
