"""The evidence files of the activity being edited: those already stored and those to add.

Files can be dropped onto the list from the file manager. A stored file is opened
through a checked copy under its original name (the store names files by their hash,
which no program knows how to open).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QListView, QWidget

from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.progress import EvidenceFile
from kh14_desktop.domain.text import nfc
from kh14_desktop.services.office_work import OfficeWork
from kh14_desktop.store.attachments import FileState, human_size

EVIDENCE_ROLE = Qt.ItemDataRole.UserRole + 1  # the EvidenceItem of the row
PROBLEM_COLOUR = "#b00020"

ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class EvidenceItem:
    """A row of the list: a stored file (`stored`) or a file chosen to add (`path`)."""

    name: str
    size: int
    stored: EvidenceFile | None = None
    path: Path | None = None
    state: FileState | None = None  # of a stored file, once checked

    @property
    def is_new(self) -> bool:
        return self.stored is None


class EvidenceListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[EvidenceItem] = []
        self.removed: list[int] = []  # ids of stored evidence the person took off

    def set_stored(self, files: tuple[EvidenceFile, ...]) -> None:
        self.beginResetModel()
        self._items = [EvidenceItem(e.original_name, e.size, stored=e) for e in files]
        self.removed = []
        self.endResetModel()

    def items(self) -> list[EvidenceItem]:
        return list(self._items)

    def item_at(self, row: int) -> EvidenceItem:
        return self._items[row]

    def new_paths(self) -> list[Path]:
        return [item.path for item in self._items if item.path is not None]

    def has_path(self, path: Path) -> bool:
        return any(item.path == path for item in self._items)

    def add_path(self, path: Path, size: int) -> None:
        row = len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append(EvidenceItem(nfc(path.name), size, path=path))
        self.endInsertRows()

    def remove_row(self, row: int) -> None:
        item = self._items[row]
        if item.stored is not None:
            self.removed.append(item.stored.id)
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._items[row]
        self.endRemoveRows()

    def set_states(self, states: dict[str, FileState]) -> None:
        for row, item in enumerate(self._items):
            if item.stored is not None and item.stored.sha256 in states:
                self._items[row] = replace(item, state=states[item.stored.sha256])
                index = self.index(row)
                self.dataChanged.emit(index, index)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = f"{item.name} — {human_size(item.size)}"
            if item.is_new:
                text += " " + QCoreApplication.translate("EvidenceListModel", "(new)")
            elif item.state is FileState.MISSING:
                text += " " + QCoreApplication.translate("EvidenceListModel",
                                                         "⚠ missing from the store")
            elif item.state is FileState.ALTERED:
                text += " " + QCoreApplication.translate("EvidenceListModel",
                                                         "⚠ altered in the store")
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(item.path) if item.path else item.name
        if role == Qt.ItemDataRole.ForegroundRole and item.state in (FileState.MISSING,
                                                                      FileState.ALTERED):
            return QBrush(QColor(PROBLEM_COLOUR))
        if role == EVIDENCE_ROLE:
            return item
        return None


class EvidenceListView(QListView):
    """A list that takes files dropped from the file manager."""

    files_dropped = Signal(list)  # list[Path]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    @staticmethod
    def _local_files(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
        data = event.mimeData()
        if data is None or not data.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = self._local_files(event)
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)
        else:
            event.ignore()


def evidence_file_dialog(parent: QWidget, start: str) -> QFileDialog:
    """The file chooser, labelled in our words (Qt has no Vietnamese of its own)."""
    translate = QCoreApplication.translate
    dialog = QFileDialog(parent, translate("EvidenceFileDialog", "Choose evidence files"), start)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setNameFilters([
        translate("EvidenceFileDialog", "All files (*)"),
        translate("EvidenceFileDialog",
                  "Documents (*.pdf *.doc *.docx *.xls *.xlsx *.odt *.ods)"),
        translate("EvidenceFileDialog", "Pictures (*.jpg *.jpeg *.png *.gif *.tif *.tiff)"),
    ])
    # Windows' own dialog speaks the system's language; elsewhere ours carries our labels
    if sys.platform != "win32":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    for label, text in (
        (QFileDialog.DialogLabel.LookIn, translate("EvidenceFileDialog", "Look in:")),
        (QFileDialog.DialogLabel.FileName, translate("EvidenceFileDialog", "File name:")),
        (QFileDialog.DialogLabel.FileType, translate("EvidenceFileDialog", "Files of type:")),
        (QFileDialog.DialogLabel.Accept, translate("EvidenceFileDialog", "Choose")),
        (QFileDialog.DialogLabel.Reject, translate("EvidenceFileDialog", "Cancel")),
    ):
        dialog.setLabelText(label, text)
    return dialog


def viewing_copy(work: OfficeWork, evidence: EvidenceFile) -> Path:
    """A checked copy of a stored file under its original name, for the system to open.

    Raises the service's `UserError` when the stored file is missing or altered. Runs in a
    background job: it hashes the file, which takes a moment for a large scan.
    """
    source = work.evidence_path(evidence)
    folder = Path(tempfile.gettempdir()) / "kh14-evidence" / evidence.sha256[:16]
    target = folder / (Path(evidence.original_name).name or evidence.sha256)
    if target.is_file() and target.stat().st_size == evidence.size:
        return target
    folder.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(prefix=".opening-", dir=folder)
    os.close(handle)
    try:
        shutil.copyfile(source, partial)
        os.replace(partial, target)
    except OSError as exc:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(partial)
        raise UserError("evidence.unreadable", name=evidence.original_name,
                        detail=exc.strerror or str(exc)) from exc
    return target
