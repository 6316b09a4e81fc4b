"""Keeping the data safe from the window: backups, restore, checks, and recovery at start.

session.py          the open installation and its window: start-up checks, recovery when the
                    data is damaged or newer, restore (let go of everything, reopen)
actions.py          File › Back up…, Restore…, Open the backup folder, Check the data…;
                    the status-bar notice
restore_dialog.py   the backups with their check (backup_list), and "Choose another file…"
recovery_dialog.py  the data cannot be used: what happened, the latest good backup
health_dialog.py    what a check found, with what to do
errors.py           one sentence for any failure; uncaught exceptions logged, not shown
background.py       work off the UI thread when no window holds the data
choosers.py         file dialogs and questions (tests replace them)

docs/reliability.md says what the services guarantee and what the window does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kh14_desktop.ui.main_window import MainWindow
    from kh14_desktop.ui.safety.actions import SafetyActions


def install_safety_menu(window: MainWindow) -> None:
    """Add the backup, restore and check items to the window's menus."""
    from kh14_desktop.ui.safety.actions import SafetyActions

    SafetyActions(window)


def safety_actions(window: MainWindow) -> SafetyActions:
    from kh14_desktop.ui.safety.actions import SafetyActions

    found = window.findChild(SafetyActions, "safetyActions")
    assert found is not None, "install_safety_menu(window) was not called"
    return found
