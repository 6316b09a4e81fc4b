"""The backups a restore can choose from: when, why, how large, and whether each one passed
its own check (which runs in the background, newest first, one backup at a time)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.messages import render
from kh14_desktop.services.backup import BackupEntry, BackupInfo, BackupReason
from kh14_desktop.store.attachments import human_size
from kh14_desktop.ui.i18n import current_language

COL_TAKEN, COL_REASON, COL_SIZE, COL_STATUS = range(4)
PATH_ROLE = Qt.ItemDataRole.UserRole + 1
USABLE_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class CheckState(Enum):
    WAITING = "waiting"
    CHECKING = "checking"
    USABLE = "usable"
    UNUSABLE = "unusable"


@dataclass
class BackupRow:
    path: Path
    taken: dt.datetime  # local time
    reason: BackupReason | None  # None: a file chosen elsewhere, not yet checked
    size: int
    state: CheckState = CheckState.WAITING
    info: BackupInfo | None = None
    problem: str = ""  # why it cannot be used, in the person's language

    @classmethod
    def of_entry(cls, entry: BackupEntry) -> BackupRow:
        return cls(entry.path, entry.taken, entry.reason, entry.size)

    @classmethod
    def of_file(cls, path: Path) -> BackupRow:
        try:
            stat = path.stat()
            taken, size = dt.datetime.fromtimestamp(stat.st_mtime), stat.st_size
        except OSError:
            taken, size = dt.datetime.now(), 0
        return cls(path, taken, None, size)


def reason_text(reason: BackupReason | None) -> str:
    key = f"backup.reason.{reason.value}" if reason is not None else "backup.reason.other"
    return render(key, current_language())


def when_text(moment: dt.datetime) -> str:
    return moment.strftime("%d/%m/%Y %H:%M")


class BackupListModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[BackupRow] = []

    # filling ----------------------------------------------------------------------------------
    def set_entries(self, entries: list[BackupEntry]) -> None:
        self.beginResetModel()
        self.rows = [BackupRow.of_entry(entry) for entry in entries]
        self.endResetModel()

    def add_file(self, path: Path) -> int:
        """A backup chosen elsewhere: listed first; returns its row."""
        existing = self.row_of(path)
        if existing is not None:
            return existing
        self.beginInsertRows(QModelIndex(), 0, 0)
        self.rows.insert(0, BackupRow.of_file(path))
        self.endInsertRows()
        return 0

    def row_of(self, path: Path) -> int | None:
        for number, row in enumerate(self.rows):
            if row.path == path:
                return number
        return None

    def next_to_check(self) -> Path | None:
        return next((row.path for row in self.rows if row.state is CheckState.WAITING), None)

    @property
    def all_checked(self) -> bool:
        return all(row.state in (CheckState.USABLE, CheckState.UNUSABLE) for row in self.rows)

    def set_checking(self, path: Path) -> None:
        self._update(path, state=CheckState.CHECKING)

    def set_checked(self, path: Path, outcome: BackupInfo | BaseException) -> None:
        number = self.row_of(path)
        if number is None:
            return
        row = self.rows[number]
        if isinstance(outcome, BackupInfo):
            # a file chosen elsewhere is dated by what it says inside, not by its name
            taken = row.taken if row.reason is not None \
                else outcome.created.astimezone().replace(tzinfo=None)
            self._update(path, state=CheckState.USABLE, info=outcome, reason=outcome.reason,
                         taken=taken)
        else:
            problem = outcome.message(current_language()) if isinstance(outcome, UserError) \
                else self.tr("It could not be read ({error}).").format(
                    error=type(outcome).__name__)
            self._update(path, state=CheckState.UNUSABLE, problem=problem)

    def _update(self, path: Path, **changes: object) -> None:
        number = self.row_of(path)
        if number is None:
            return
        row = self.rows[number]
        for name, value in changes.items():
            setattr(row, name, value)
        self.dataChanged.emit(self.index(number, 0), self.index(number, COL_STATUS))

    # reading ----------------------------------------------------------------------------------
    def row_at(self, index: Index) -> BackupRow | None:
        return self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) \
            else None

    def status_text(self, row: BackupRow) -> str:
        if row.state is CheckState.WAITING:
            return self.tr("Waiting to be checked")
        if row.state is CheckState.CHECKING:
            return self.tr("Checking…")
        if row.state is CheckState.UNUSABLE:
            return self.tr("✗ Cannot be used")
        if row.info is not None and row.info.complete:
            return self.tr("✓ Usable, with evidence files")
        return self.tr("✓ Usable")

    # the model --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Taken"), self.tr("Kind"), self.tr("Size"), self.tr("Check"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row_at(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_TAKEN:
                return when_text(row.taken)
            if column == COL_REASON:
                return reason_text(row.reason)
            if column == COL_SIZE:
                return human_size(row.size)
            return self.status_text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.path}\n{row.problem}".strip()
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS:
            if row.state is CheckState.USABLE:
                return QColor("#1b5e20")
            if row.state is CheckState.UNUSABLE:
                return QColor("#b00020")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == PATH_ROLE:
            return str(row.path)
        if role == USABLE_ROLE:
            return row.state is CheckState.USABLE
        return None
