"""File › Restore from a backup…: the backups of the data folder, each checked in the
background, plus any backup file chosen elsewhere; "Restore…" asks for the chosen one.

The dialog only chooses: it emits `restore_requested(path, info)` and the caller confirms
and restores (the window must let go of the data first).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kh14_desktop.domain.dates import format_datetime
from kh14_desktop.domain.messages import render
from kh14_desktop.services.backup import BackupInfo, check_backup, list_backups
from kh14_desktop.store.location import DataFolder
from kh14_desktop.ui.i18n import current_language
from kh14_desktop.ui.safety import choosers
from kh14_desktop.ui.safety.background import Task, start_task
from kh14_desktop.ui.safety.backup_list import (
    COL_STATUS,
    BackupListModel,
    BackupRow,
    CheckState,
    reason_text,
)
from kh14_desktop.ui.safety.errors import open_folder
from kh14_desktop.ui.views import compact_rows

translate = QCoreApplication.translate

def _check(path: Path) -> tuple[Path, BackupInfo | BaseException]:
    try:
        return path, check_backup(path)
    except Exception as exc:  # a bad backup is a row's state, not a failure
        return path, exc


def summary_text(info: BackupInfo) -> str:
    return render("backup.summary", current_language(), created=format_datetime(info.created),
                  reason=reason_text(info.reason), version=info.app_version or "?",
                  activities=info.counts.get("activities", 0),
                  reports=info.counts.get("received_reports", 0),
                  files=len(info.referenced_files), included=len(info.included_files))


def confirmation(info: BackupInfo) -> tuple[str, str]:
    """The question before a restore, and what the person should know before answering."""
    text = translate(
        "RestoreDialog",
        "All the current data will be replaced by the backup taken {created} ({reason}). "
        "What was recorded after that moment will no longer be in the program.").format(
        created=format_datetime(info.created), reason=reason_text(info.reason))
    detail = translate(
        "RestoreDialog",
        "Before the restore, the current data is saved as a backup of its own (kind: "
        "“before a restore”), so it can be brought back at any time. The window closes "
        "while the data is restored and opens again by itself.") + "\n\n" + summary_text(info)
    return text, detail


class RestoreDialog(QDialog):
    restore_requested = Signal(object, object)  # Path, BackupInfo

    def __init__(self, folder: DataFolder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.checking: Task | None = None
        self._stopped = False

        intro = QLabel(self.tr(
            "Choose the backup to go back to. Everything recorded after it is replaced; the "
            "current data is first kept as a backup of its own, so nothing is lost."))
        intro.setWordWrap(True)
        self.model = BackupListModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        compact_rows(self.table)
        header = self.table.horizontalHeader()
        for column in range(COL_STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_STATUS, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self.tr(
            "There is no backup in the backup folder yet. Choose a backup file from elsewhere "
            "(a USB stick, for example) with “Choose another file…”."))
        self.empty_label.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(self.fontMetrics().height() * 3)

        self.other_button = QPushButton(self.tr("Choose &another file…"))
        self.folder_button = QPushButton(self.tr("Open the backup &folder"))
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setEnabled(False)
        self.restore_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.other_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)

        self.other_button.clicked.connect(self.choose_other_file)
        self.folder_button.clicked.connect(lambda: open_folder(self.folder.backups))
        self.restore_button.clicked.connect(self.request_restore)
        self.close_button.clicked.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.request_restore())
        self.model.dataChanged.connect(lambda *_args: self._show_selected())
        self.resize(760, 400)
        self.reload()

    # the list ---------------------------------------------------------------------------------
    def reload(self) -> None:
        self.model.set_entries(list_backups(self.folder.backups))
        self.empty_label.setVisible(not self.model.rows)
        self.table.setVisible(bool(self.model.rows))
        if self.model.rows:
            self.table.selectRow(0)
        self._check_next()

    def _check_next(self) -> None:
        if self._stopped or (self.checking is not None and not self.checking.done):
            return
        path = self.model.next_to_check()
        if path is None:
            return
        self.model.set_checking(path)
        # one at a time: each check reads a whole backup, and an old disk reads one well
        self.checking = start_task("check backup", lambda _progress: _check(path))
        self.checking.finished.connect(self._checked)

    def _checked(self, outcome: tuple[Path, BackupInfo | BaseException]) -> None:
        self.model.set_checked(*outcome)
        self._check_next()

    def choose_other_file(self) -> Path | None:
        path = choosers.choose_backup_file(self, self.folder.backups)
        if path is not None:
            self.add_file(path)
        return path

    def add_file(self, path: Path) -> None:
        row = self.model.add_file(path)
        self.empty_label.hide()
        self.table.show()
        if not self.select_path(path):
            self.table.selectRow(row)
        self._check_next()

    def select_path(self, path: Path) -> bool:
        row = self.model.row_of(path)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    # the chosen backup ------------------------------------------------------------------------
    def selected_row(self) -> BackupRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        row = self.selected_row()
        usable = row is not None and row.state is CheckState.USABLE and row.info is not None
        self.restore_button.setEnabled(usable)
        if row is None:
            self.detail.clear()
        elif row.state is CheckState.USABLE and row.info is not None:
            self.detail.setText(summary_text(row.info))
        elif row.state is CheckState.UNUSABLE:
            self.detail.setText(row.problem)
        else:
            self.detail.setText(self.tr("This backup is being checked from end to end…"))

    def request_restore(self) -> None:
        row = self.selected_row()
        if row is not None and row.state is CheckState.USABLE and row.info is not None:
            self.restore_requested.emit(row.path, row.info)

    def done(self, result: int) -> None:
        self._stopped = True  # a check under way finishes; no new one starts
        super().done(result)
