"""The office's report: the export dialog, the signing key, verifying received files.

page.py           the Report page: period, what the report will say, exports so far
actions.py        the page (built when first opened), menu items and shortcuts in the main
                  window; one dialog each
export_dialog.py  export in the background with progress, then the result (export_form,
                  export_result, drafts)
key_dialog.py     Settings › Signing key: fingerprint, public key, make or replace, and a
                  new key when the passphrase is forgotten (lost_key)
verify_dialog.py  File › Check report files (verify_model)
wizard_pages.py   the setup wizard's passphrase and fingerprint pages
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kh14_desktop.ui.main_window import MainWindow
    from kh14_desktop.ui.report.actions import ReportActions


def install_report_pages(window: MainWindow) -> None:
    """Add the report page, its menu items and shortcuts to the main window."""
    from kh14_desktop.ui.report.actions import ReportActions

    ReportActions(window)


def report_actions(window: MainWindow) -> ReportActions:
    from kh14_desktop.ui.report.actions import ReportActions

    found = window.findChild(ReportActions, "reportActions")
    assert found is not None, "install_report_pages(window) was not called"
    return found


def request_export(window: MainWindow) -> None:
    """The overview's last step, "Export the report": the export dialog."""
    report_actions(window).export()


def open_files(window: MainWindow, paths: list[Path]) -> None:
    """Files given on the command line (a double-clicked `.kh14`): offer to verify them."""
    report_actions(window).verify(list(paths))
