"""After an export: where the file is, what it is, and the fingerprint to read out."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kh14_desktop.store.attachments import human_size
from kh14_desktop.ui.report.widgets import FingerprintLabel, wrapped

if TYPE_CHECKING:  # the export's code (PDF rendering) loads with the export dialog
    from kh14_desktop.services.export import ExportResult


def open_path(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _selectable(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ExportResultView(QWidget):
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: ExportResult | None = None
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size:15pt; font-weight:bold; color:#1b5e20")
        self.file_label = _selectable()
        self.size_label = _selectable()
        self.sequence_label = _selectable()
        self.period_label = _selectable()
        self.pdf_label = _selectable()
        self.fingerprint = FingerprintLabel(point_size=20)
        fingerprint_caption = QLabel(self.tr("Key fingerprint — read it out to the Department "
                                             "when asked:"))
        fingerprint_caption.setStyleSheet("font-weight:bold")
        self.next_steps = wrapped(self.tr(
            "Next: print the PDF for the head of office to sign and stamp; send the .kh14 file "
            "to the Department of Information and Communications by USB stick or email. "
            "The file must not be changed: any change makes the signature invalid."))
        self.next_steps.setStyleSheet("color:#333")

        details = QFormLayout()
        details.addRow(self.tr("File:"), self.file_label)
        details.addRow(self.tr("Size:"), self.size_label)
        details.addRow(self.tr("Sequence number:"), self.sequence_label)
        details.addRow(self.tr("Period:"), self.period_label)
        details.addRow(self.tr("PDF:"), self.pdf_label)

        self.open_pdf_button = QPushButton(self.tr("Open &PDF"))
        self.open_folder_button = QPushButton(self.tr("Open the containing &folder"))
        self.close_button = QPushButton(self.tr("&Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_pdf_button)
        buttons.addWidget(self.open_folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(details)
        layout.addSpacing(6)
        layout.addWidget(fingerprint_caption)
        layout.addWidget(self.fingerprint)
        layout.addSpacing(6)
        layout.addWidget(self.next_steps)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.open_pdf_button.clicked.connect(self.open_pdf)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.close_button.clicked.connect(self.closed)

    def show_result(self, result: ExportResult) -> None:
        self.result = result
        self.heading.setText(self.tr("✔ The signed report was exported"))
        self.file_label.setText(str(result.path))
        self.size_label.setText(human_size(result.size))
        self.sequence_label.setText(f"{result.sequence:02d}")
        self.period_label.setText(result.report.period_label)
        self.pdf_label.setText(str(result.pdf_path) if result.pdf_path else self.tr(
            "not saved beside the file (the .kh14 file carries it)"))
        self.fingerprint.set_fingerprint(result.fingerprint)
        self.open_pdf_button.setEnabled(result.pdf_path is not None)
        self.open_pdf_button.setToolTip("" if result.pdf_path else self.tr(
            "No PDF was saved beside the file"))
        (self.open_pdf_button if result.pdf_path else self.close_button).setFocus()

    def open_pdf(self) -> None:
        if self.result is not None and self.result.pdf_path is not None:
            open_path(self.result.pdf_path)

    def open_folder(self) -> None:
        if self.result is not None:
            open_path(self.result.path.parent)


class SavedFileBar(QWidget):
    """"Draft saved: … [Open] [Open folder]": offered once a file was written."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.label = QLabel()
        self.label.setStyleSheet("color:#1b5e20")
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open"))
        self.folder_button = QPushButton(self.tr("Open folder"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.folder_button)
        self.open_button.clicked.connect(lambda: self.path and open_path(self.path))
        self.folder_button.clicked.connect(lambda: self.path and open_path(self.path.parent))
        self.hide()

    def show_file(self, text: str, path: Path) -> None:
        self.path = path
        self.label.setText(text)
        self.label.setStyleSheet("color:#1b5e20")
        self.label.setToolTip(str(path))
        self.open_button.show()
        self.folder_button.show()
        self.show()

    def show_error(self, text: str) -> None:
        self.path = None
        self.label.setText(text)
        self.label.setStyleSheet("color:#b00020")
        self.label.setToolTip("")
        self.open_button.hide()
        self.folder_button.hide()
        self.show()
