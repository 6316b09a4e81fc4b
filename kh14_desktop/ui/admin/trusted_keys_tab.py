"""The keys this admin trusts, what each is trusted for, and setting one aside.

A unit's own key signs its reports; a consolidator's (the admin of the level below) signs
consolidated files and vouches for the units of its scope that have no key here
(docs/report-format.md, "Who may vouch for whom"). A key set aside accepts nothing more,
and the reports it signed or vouched for are set aside with it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFontDatabase
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QVBoxLayout, QWidget

from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.messages import render
from kh14_desktop.services.installation import Installation
from kh14_desktop.store.received import TrustedKey
from kh14_desktop.ui.admin.labels import QUIET
from kh14_desktop.ui.admin.set_aside_dialog import SetAsideDialog
from kh14_desktop.ui.admin.snapshot import AdminData
from kh14_desktop.ui.admin.widgets import table_view
from kh14_desktop.ui.dialogs import show_error
from kh14_desktop.ui.i18n import current_language
from kh14_desktop.ui.jobs import Job
from kh14_desktop.ui.rows_model import RowsModel

COL_UNIT, COL_FINGERPRINT, COL_ROLE, COL_STATE = range(4)
KeyRow = tuple[str, str, TrustedKey]  # unit name, scope in names, key
ModelIndex = QModelIndex | QPersistentModelIndex


class TrustedKeysModel(RowsModel[KeyRow]):
    column_count = 4

    def headers(self) -> tuple[str, ...]:
        lang = current_language()
        return (render("head.unit", lang), render("head.fingerprint", lang),
                QCoreApplication.translate("TrustedKeysModel", "Trusted as"),
                QCoreApplication.translate("TrustedKeysModel", "State"))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        unit_name, scope, key = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_ROLE, COL_STATE):
            return self.data(index)  # a long scope or reason, whole
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_UNIT:
                return unit_name
            if column == COL_FINGERPRINT:
                return key.fingerprint
            if column == COL_ROLE:
                return (QCoreApplication.translate(
                    "TrustedKeysModel", "consolidator, vouching for: {scope}").format(
                    scope=scope) if key.is_consolidator else QCoreApplication.translate(
                    "TrustedKeysModel", "the unit's own key"))
            if key.active:
                return QCoreApplication.translate("TrustedKeysModel", "trusted")
            if key.replaced_by:
                return QCoreApplication.translate("TrustedKeysModel", "replaced")
            return QCoreApplication.translate("TrustedKeysModel", "set aside: {reason}").format(
                reason=key.retired_reason)
        if role == Qt.ItemDataRole.ForegroundRole and not key.active:
            return QBrush(QColor(QUIET))
        if role == Qt.ItemDataRole.FontRole and column == COL_FINGERPRINT:
            return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        return None


class TrustedKeysTab(QWidget):
    def __init__(self, data: AdminData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.model = TrustedKeysModel(self)
        self.view = table_view(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(COL_UNIT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_FINGERPRINT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_ROLE, QHeaderView.ResizeMode.Stretch)
        self.set_aside_button = QPushButton(self.tr("Stop trusting this key…"))
        self.set_aside_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.set_aside_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.dialog: SetAsideDialog | None = None
        self.view.selectionModel().currentRowChanged.connect(
            lambda *_args: self.set_aside_button.setEnabled(self.selected() is not None))
        self.set_aside_button.clicked.connect(self.set_aside_selected)
        data.changed.connect(self.refresh)

    def refresh(self) -> None:
        snapshot = self.data.snapshot
        if snapshot is not None:
            self.model.set_rows(snapshot.keys)
            self.set_aside_button.setEnabled(self.selected() is not None)

    def select(self, fingerprint: str) -> bool:
        for row, (_unit, _scope, key) in enumerate(self.model.rows()):
            if key.fingerprint == fingerprint:
                self.view.selectRow(row)
                return True
        return False

    def selected(self) -> KeyRow | None:
        row = self.view.currentIndex().row()
        if not 0 <= row < self.model.rowCount():
            return None
        found = self.model.row_at(row)
        return found if found[2].active else None

    def set_aside_selected(self) -> SetAsideDialog | None:
        found = self.selected()
        if found is None or self.dialog is not None:
            return None
        unit_name, _scope, key = found
        dialog = SetAsideDialog.for_key(unit_name, key.fingerprint, self)
        dialog.accepted.connect(lambda: self._set_aside(key.fingerprint, dialog.reason.text()))
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self) -> None:
        self.dialog = None

    def _set_aside(self, fingerprint: str, reason: str) -> Job:
        def work(installation: Installation, _progress: object) -> object:
            from kh14_desktop.services.revocation import revoke_key

            return revoke_key(installation, fingerprint, reason)

        job = self.data.runner.start_with_installation("set aside a key", work, writes=True)
        job.failed.connect(lambda error: show_error(
            self, self.tr("Stop trusting a key"),
            error.message(current_language()) if isinstance(error, UserError) else str(error)))
        job.ended.connect(self.data.reload)
        return job
