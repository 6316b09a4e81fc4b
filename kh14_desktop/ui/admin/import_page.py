"""The Import page: bring report files in, see what became of each, trust waiting keys.

Files arrive through the two big buttons, by dropping them anywhere on the window, or by
double-clicking a `.kh14` file; all three end in `import_paths`. The results of the last
run fill the first tab; keys waiting for the admin's word and the import log have a tab each.
Files signed by another key than their unit's ("khóa khác") can have that key confirmed as
the unit's new one, when the unit lost its old key (replace_key_dialog).
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kh14_desktop.services.importer import WRITTEN, ImportOutcome
from kh14_desktop.services.installation import Installation
from kh14_desktop.ui.admin import file_choosers
from kh14_desktop.ui.admin.import_model import (
    COL_FILE,
    COL_MESSAGE,
    COL_OUTCOME,
    COL_SEQUENCE,
    COL_UNIT,
    ImportResultModel,
    reason_text,
    summary_text,
)
from kh14_desktop.ui.admin.importing import AdminJobs, ImportBatch
from kh14_desktop.ui.admin.labels import DANGER, OUTCOME_COLOURS, WARNING, outcome_label
from kh14_desktop.ui.admin.log_model import COL_FILE as LOG_FILE
from kh14_desktop.ui.admin.log_model import COL_OUTCOME as LOG_OUTCOME
from kh14_desktop.ui.admin.log_model import COL_REASON, COL_WHEN, ImportLogModel
from kh14_desktop.ui.admin.log_model import COL_UNIT as LOG_UNIT
from kh14_desktop.ui.admin.replace_key_dialog import ReplaceKeyDialog
from kh14_desktop.ui.admin.snapshot import AdminData, WaitingKey
from kh14_desktop.ui.admin.trust_dialog import (
    COL_FINGERPRINT,
    COL_STATE,
    TrustDialog,
    WaitingKeysModel,
)
from kh14_desktop.ui.admin.trusted_keys_tab import TrustedKeysTab
from kh14_desktop.ui.admin.widgets import table_view
from kh14_desktop.ui.jobs import Job

TAB_RESULTS, TAB_WAITING, TAB_LOG, TAB_KEYS = range(4)


class ImportPage(QWidget):
    def __init__(self, installation: Installation, jobs: AdminJobs, data: AdminData,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.installation = installation
        self.jobs = jobs
        self.data = data
        self.trust_dialog: TrustDialog | ReplaceKeyDialog | None = None
        plan = installation.plan()

        self.files_button = QPushButton(self.tr("Choose files…"))
        self.folder_button = QPushButton(self.tr("Choose folder…"))
        self.files_button.setToolTip(self.tr("Import one or more .kh14 report files (Ctrl+I)"))
        self.folder_button.setToolTip(self.tr("Import every .kh14 file in a folder and its "
                                              "subfolders (Ctrl+Shift+I)"))
        for button in (self.files_button, self.folder_button):
            button.setObjectName("bigButton")
            button.setStyleSheet("#bigButton { font-size: 12pt; font-weight: bold;"
                                 " padding: 6px 18px; }")
        hint = QLabel(self.tr("or drop .kh14 files or whole folders anywhere on this window"))
        hint.setStyleSheet("color:#555")
        top = QHBoxLayout()
        top.addWidget(self.files_button)
        top.addWidget(self.folder_button)
        top.addWidget(hint, 1)

        self.waiting_banner = QLabel()
        self.waiting_banner.setStyleSheet(f"color:{WARNING}; font-weight: bold")
        self.waiting_banner.setTextFormat(Qt.TextFormat.RichText)
        self.waiting_banner.hide()

        # results of the last run
        self.results = ImportResultModel(plan, self)
        self.results_view = table_view(self.results)
        header = self.results_view.horizontalHeader()
        header.setSectionResizeMode(COL_FILE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_UNIT, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_OUTCOME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SEQUENCE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.heading_label = QLabel()
        self.heading_label.setWordWrap(True)
        self.summary_label = QLabel()
        self.summary_label.setStyleSheet("font-weight: bold")
        self.summary_label.setWordWrap(True)
        self.empty_label = QLabel(self.tr(
            "Drop .kh14 files here, or press Choose files… (Ctrl+I).\n"
            "Files are checked before anything is written: a damaged, altered or older file "
            "changes nothing."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color:#555; font-size: 12pt")
        # the reason in full: a refusal names its check and member, too long for a cell
        self.reason_label = QLabel()
        self.reason_label.setWordWrap(True)
        self.reason_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason_label.setMinimumHeight(self.fontMetrics().height() * 3)
        self.reason_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        results_tab = QWidget()
        results_layout = QVBoxLayout(results_tab)
        results_layout.addWidget(self.heading_label)
        results_layout.addWidget(self.summary_label)
        results_layout.addWidget(self.results_view, 1)
        results_layout.addWidget(self.reason_label)
        # a "khóa khác" file: the way to its unit's new key, once the unit has been called
        self.results_replace_button = QPushButton(self.tr("Confirm the unit's new key…"))
        self.results_replace_button.setToolTip(self.tr(
            "Only after the unit confirmed by phone that it lost its old key"))
        self.results_replace_button.hide()
        replace_row = QHBoxLayout()
        replace_row.addWidget(self.results_replace_button)
        replace_row.addStretch(1)
        results_layout.addLayout(replace_row)
        results_layout.addWidget(self.empty_label, 1)

        # keys waiting for the admin's word
        self.waiting = WaitingKeysModel(self)
        self.waiting_view = table_view(self.waiting)
        header = self.waiting_view.horizontalHeader()
        header.setSectionResizeMode(COL_FINGERPRINT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_STATE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 220)
        self.trust_button = QPushButton(self.tr("&Trust…"))
        self.trust_button.setToolTip(self.tr("Confirm the chosen unit's key by its fingerprint"))
        self.replace_button = QPushButton(self.tr("Confirm the unit's new key…"))
        self.replace_button.setToolTip(self.tr(
            "For files signed by another key than the unit's: only after the unit confirmed "
            "by phone that it lost its old key (a forgotten passphrase)"))
        self.key_list_button = QPushButton(self.tr("Load key list…"))
        self.key_list_button.setToolTip(self.tr(
            "Trust the keys of a pre-shared list of public keys (one line per unit)"))
        explanation = QLabel(self.tr(
            "A unit's first file waits here until you confirm its key: call the unit, ask "
            "them to read out their fingerprint, compare, then press Trust. Once trusted, "
            "its waiting files are imported."))
        explanation.setWordWrap(True)
        waiting_buttons = QHBoxLayout()
        waiting_buttons.addWidget(self.trust_button)
        waiting_buttons.addWidget(self.replace_button)
        waiting_buttons.addWidget(self.key_list_button)
        waiting_buttons.addStretch(1)
        waiting_tab = QWidget()
        waiting_layout = QVBoxLayout(waiting_tab)
        waiting_layout.addWidget(explanation)
        waiting_layout.addLayout(waiting_buttons)
        waiting_layout.addWidget(self.waiting_view, 1)

        # every attempt so far
        self.log = ImportLogModel(plan, self)
        self.log_view = table_view(self.log)
        header = self.log_view.horizontalHeader()
        header.setSectionResizeMode(COL_WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LOG_OUTCOME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(LOG_FILE, 200)
        header.resizeSection(LOG_UNIT, 190)
        log_tab = QWidget()
        QVBoxLayout(log_tab).addWidget(self.log_view)

        self.tabs = QTabWidget()
        self.tabs.addTab(results_tab, self.tr("Results"))
        self.tabs.addTab(waiting_tab, self.tr("Keys waiting"))
        self.tabs.addTab(log_tab, self.tr("Import log"))
        self.keys_tab = TrustedKeysTab(data)
        self.tabs.addTab(self.keys_tab, self.tr("Trusted keys"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.waiting_banner)
        layout.addWidget(self.tabs, 1)

        self.files_button.clicked.connect(self.choose_files)
        self.folder_button.clicked.connect(self.choose_folder)
        self.trust_button.clicked.connect(self.trust_selected)
        self.replace_button.clicked.connect(self.replace_selected)
        self.results_replace_button.clicked.connect(self.replace_for_result)
        self.key_list_button.clicked.connect(self.choose_key_list)
        self.waiting_view.activated.connect(lambda _index: self.trust_selected())
        self.waiting_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.results_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_reason(current.row()))
        self.waiting_banner.linkActivated.connect(
            lambda _link: self.tabs.setCurrentIndex(TAB_WAITING))
        jobs.batch_done.connect(self.show_batch)
        data.changed.connect(self.set_snapshot)
        self._show_results_state()
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        self.data.ensure_loaded()
        super().showEvent(event)

    # bringing files in ------------------------------------------------------------------------
    def import_paths(self, paths: list[Path]) -> Job | None:
        return self.jobs.import_paths(paths)

    def choose_files(self) -> Job | None:
        return self.import_paths(file_choosers.choose_import_files(self, self.installation))

    def choose_folder(self) -> Job | None:
        folder = file_choosers.choose_import_folder(self, self.installation)
        return self.import_paths([folder]) if folder is not None else None

    def choose_key_list(self) -> Job | None:
        path = file_choosers.choose_key_list(self, self.installation)
        return self.jobs.load_key_list(path) if path is not None else None

    # showing what happened --------------------------------------------------------------------
    def show_batch(self, batch: ImportBatch) -> None:
        self.results.set_results(batch.results)
        self.heading_label.setText(batch.heading)
        self.summary_label.setText(summary_text(batch.results) if batch.results else "")
        self.results_view.resizeColumnToContents(COL_FILE)
        self.results_view.resizeColumnToContents(COL_UNIT)
        for column, widest in ((COL_FILE, 240), (COL_UNIT, 220)):
            if self.results_view.columnWidth(column) > widest:
                self.results_view.setColumnWidth(column, widest)
        self.tabs.setCurrentIndex(TAB_RESULTS)
        self._show_results_state()
        rows = range(self.results.rowCount())
        # the row that most needs reading first: a possible forgery, then any refusal
        first = next((row for row in rows if self.results.result_at(row).outcome
                      is ImportOutcome.KEY_MISMATCH), None)
        if first is None:
            first = next((row for row in rows if self.results.result_at(row).outcome
                          not in WRITTEN), 0)
        if self.results.rowCount():
            self.results_view.selectRow(first)
        self._show_reason(first)

    def _show_reason(self, row: int) -> None:
        self.results_replace_button.setVisible(self._replaceable_key(row) is not None)
        if not 0 <= row < self.results.rowCount():
            self.reason_label.clear()
            return
        result = self.results.result_at(row)
        colour = OUTCOME_COLOURS[result.outcome]
        self.reason_label.setText(
            f"<b>{html.escape(result.name)}</b> — <span style='color:{colour}'>"
            f"{html.escape(outcome_label(result.outcome))}</span><br>"
            + html.escape(reason_text(result)).replace("\n", "<br>"))

    def _show_results_state(self) -> None:
        has_rows = self.results.rowCount() > 0
        self.results_view.setVisible(has_rows)
        self.reason_label.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows and not self.heading_label.text())
        self.summary_label.setVisible(has_rows)
        self.heading_label.setVisible(bool(self.heading_label.text()))

    def set_snapshot(self) -> None:
        snapshot = self.data.snapshot
        if snapshot is None:
            return
        self.waiting.set_keys(snapshot.waiting)
        self.log.set_entries(snapshot.log)
        count = len(snapshot.trustable)
        conflicts = len(snapshot.waiting) - count
        self.tabs.setTabText(TAB_WAITING, self.tr("Keys waiting ({count})").format(
            count=len(snapshot.waiting)) if snapshot.waiting else self.tr("Keys waiting"))
        parts = []
        if count:
            parts.append(self.tr("⚠ {count} unit key(s) wait for you to confirm their "
                                 "fingerprint.").format(count=count))
        if conflicts:
            parts.append(f"<span style='color:{DANGER}'>" + self.tr(
                "⚠ {count} possibly forged file group(s) are kept apart.").format(
                count=conflicts) + "</span>")
        if parts:
            link = self.tr("See them")
            self.waiting_banner.setText(" ".join(parts) + f" <a href='#waiting'>{link}</a>")
        self.waiting_banner.setVisible(bool(parts))
        self._update_buttons()

    # trusting keys ----------------------------------------------------------------------------
    def selected_key(self) -> WaitingKey | None:
        index = self.waiting_view.currentIndex()
        if index.isValid():
            return self.waiting.key_at(index.row())
        trustable = [self.waiting.key_at(row) for row in range(self.waiting.rowCount())
                     if not self.waiting.key_at(row).conflicts]
        return trustable[0] if len(trustable) == 1 else None

    def select_key(self, fingerprint: str) -> bool:
        for row in range(self.waiting.rowCount()):
            if self.waiting.key_at(row).fingerprint == fingerprint:
                self.waiting_view.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        key = self.selected_key()
        self.trust_button.setEnabled(key is not None and not key.conflicts)
        self.replace_button.setEnabled(key is not None and key.replaceable)
        self.results_replace_button.setVisible(
            self._replaceable_key(self.results_view.currentIndex().row()) is not None)

    def trust_selected(self) -> TrustDialog | None:
        """Open the confirmation for the chosen key; trusting it imports what waits."""
        key = self.selected_key()
        if key is None or key.conflicts:
            return None
        if self.trust_dialog is not None:
            self.trust_dialog.raise_()
            return self.trust_dialog if isinstance(self.trust_dialog, TrustDialog) else None
        dialog = TrustDialog(key, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.jobs.trust(key.fingerprint, key.unit_id,
                                                        consolidator=key.consolidated))
        dialog.finished.connect(self._trust_dialog_closed)
        self.trust_dialog = dialog
        dialog.open()
        return dialog

    def _trust_dialog_closed(self) -> None:
        self.trust_dialog = None

    # a unit's new key, when it lost the old one ------------------------------------------------
    def _replaceable_key(self, row: int) -> WaitingKey | None:
        """The waiting key of a "khóa khác" result row, if its files still wait."""
        if not 0 <= row < self.results.rowCount():
            return None
        result = self.results.result_at(row)
        if result.outcome is not ImportOutcome.KEY_MISMATCH:
            return None
        return next((self.waiting.key_at(index) for index in range(self.waiting.rowCount())
                     if self.waiting.key_at(index).fingerprint == result.fingerprint
                     and self.waiting.key_at(index).replaceable), None)

    def replace_for_result(self) -> ReplaceKeyDialog | None:
        key = self._replaceable_key(self.results_view.currentIndex().row())
        if key is None:
            return None
        self.tabs.setCurrentIndex(TAB_WAITING)
        self.select_key(key.fingerprint)
        return self.replace_selected()

    def replace_selected(self) -> ReplaceKeyDialog | None:
        """The strongly worded confirmation for a key that conflicts with the unit's trusted
        one; confirming retires the old key and imports what waits."""
        key = self.selected_key()
        if key is None or not key.replaceable:
            return None
        if self.trust_dialog is not None:
            self.trust_dialog.raise_()
            return self.trust_dialog if isinstance(self.trust_dialog, ReplaceKeyDialog) \
                else None
        dialog = ReplaceKeyDialog(key, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.jobs.trust(key.fingerprint, key.unit_id, replace=True))
        dialog.finished.connect(self._trust_dialog_closed)
        self.trust_dialog = dialog
        dialog.open()
        return dialog
