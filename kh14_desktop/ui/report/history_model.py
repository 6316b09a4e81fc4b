"""The office's exports so far, newest first, as a table."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from kh14_desktop.domain.dates import format_date, format_datetime
from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.period import parse_period
from kh14_desktop.domain.plan import Plan
from kh14_desktop.store.attachments import human_size
from kh14_desktop.store.exports import ExportRecord
from kh14_desktop.ui.rows_model import RowsModel

COL_SEQUENCE, COL_PERIOD, COL_CREATED, COL_NUMBER, COL_FILE, COL_FINGERPRINT = range(6)
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1  # the ExportRecord of the row

ModelIndex = QModelIndex | QPersistentModelIndex


def period_text(plan: Plan, record: ExportRecord) -> str:
    try:
        return parse_period(plan, record.period_key).label
    except UserError:  # a period of another plan's year: its dates say enough
        start = dt.date.fromisoformat(record.period_start)
        end = dt.date.fromisoformat(record.period_end)
        return f"{format_date(start)} – {format_date(end)}"


def created_text(record: ExportRecord) -> str:
    try:
        return format_datetime(dt.datetime.fromisoformat(record.created_at))
    except ValueError:
        return record.created_at


class ExportHistoryModel(RowsModel[ExportRecord]):
    column_count = 6

    def __init__(self, plan: Plan, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = plan

    set_records = RowsModel.set_rows
    record_at = RowsModel.row_at

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("ExportHistoryModel", "No."),
            QCoreApplication.translate("ExportHistoryModel", "Period"),
            QCoreApplication.translate("ExportHistoryModel", "Exported"),
            QCoreApplication.translate("ExportHistoryModel", "Document number"),
            QCoreApplication.translate("ExportHistoryModel", "File"),
            QCoreApplication.translate("ExportHistoryModel", "Key fingerprint"),
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                f"{record.sequence:02d}",
                period_text(self.plan, record),
                created_text(record),
                record.document_number,
                record.file_name,
                record.fingerprint,
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_FILE:
                return QCoreApplication.translate(
                    "ExportHistoryModel", "{name}\n{size}, SHA-256 {sha}").format(
                    name=record.file_name, size=human_size(record.size), sha=record.sha256)
            if column == COL_NUMBER and record.signer_name:
                return QCoreApplication.translate("ExportHistoryModel", "Signed by {name}") \
                    .format(name=record.signer_name)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_SEQUENCE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == RECORD_ROLE:
            return record
        return None
