"""Keeping the data safe from the window: backups, restore, checks, and recovery at start."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kh14_desktop.ui.main_window import MainWindow


def install_safety_menu(window: MainWindow) -> None:
    """Add the backup, restore and check items to the window's menus."""
