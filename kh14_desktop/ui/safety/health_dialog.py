"""File › Check the data…: what the check found, each finding saying what to do, and the
buttons that do it (restore a backup, copy lost files back from a complete backup)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kh14_desktop.domain.messages import render
from kh14_desktop.services.health import HealthReport, Severity
from kh14_desktop.store.location import DataFolder
from kh14_desktop.ui.i18n import current_language
from kh14_desktop.ui.safety.errors import open_folder

# findings a restore answers, and those copying files back from a complete backup answers
RESTORE_CODES = frozenset({"health.database_damaged", "health.foreign_keys"})
FILE_CODES = frozenset({"health.evidence_missing", "health.evidence_altered",
                        "health.report_file_missing"})


class HealthDialog(QDialog):
    restore_requested = Signal()
    recover_requested = Signal()

    def __init__(self, folder: DataFolder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.report: HealthReport | None = None
        self.setWindowTitle(self.tr("Check the data"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.findings = QListWidget()
        self.findings.setWordWrap(True)
        self.findings.setResizeMode(QListView.ResizeMode.Adjust)
        self.findings.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.findings.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.findings.setSpacing(3)
        self.restore_button = QPushButton(self.tr("&Restore from a backup…"))
        self.recover_button = QPushButton(self.tr("&Copy lost files back from a backup…"))
        self.recover_button.setToolTip(self.tr(
            "Copies the missing or altered evidence files back from a complete backup (one "
            "made with “Back up the data…”); the recorded data is not changed."))
        self.folder_button = QPushButton(self.tr("Open the data &folder"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.recover_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.findings, 1)
        layout.addLayout(buttons)
        self.restore_button.clicked.connect(self.restore_requested.emit)
        self.recover_button.clicked.connect(self.recover_requested.emit)
        self.folder_button.clicked.connect(lambda: open_folder(self.folder.root))
        self.close_button.clicked.connect(self.accept)
        self.resize(760, 380)

    def set_report(self, report: HealthReport) -> None:
        self.report = report
        lang = current_language()
        checked = render("health.checked", lang, files=report.checked_files,
                         mode="integrity_check" if report.full else "quick_check")
        if report.ok and not report.stopped:
            text = render("health.ok", lang, files=report.checked_files)
        elif report.ok:
            text = checked
        else:
            text = checked + " " + self.tr("Found {count} problem(s); each says what to do.") \
                .format(count=len(report.findings))
        if report.stopped:
            text += " " + self.tr("The check was stopped before every file was read.")
        self.summary.setText(text)
        self.findings.clear()
        for finding in report.findings:
            problem = finding.severity is Severity.PROBLEM
            item = QListWidgetItem(("✗ " if problem else "⚠ ") + finding.message(lang))
            item.setForeground(QColor("#b00020" if problem else "#a15c00"))
            item.setData(Qt.ItemDataRole.UserRole, finding.code)
            self.findings.addItem(item)
        self.findings.setVisible(bool(report.findings))
        codes = {finding.code for finding in report.findings}
        self.restore_button.setVisible(bool(codes & RESTORE_CODES))
        self.recover_button.setVisible(bool(codes & FILE_CODES))

    def codes(self) -> list[str]:
        return [self.findings.item(row).data(Qt.ItemDataRole.UserRole)
                for row in range(self.findings.count())]

    def texts(self) -> list[str]:
        return [self.findings.item(row).text() for row in range(self.findings.count())]

    def sizeHint(self) -> QSize:
        return QSize(760, 380)
