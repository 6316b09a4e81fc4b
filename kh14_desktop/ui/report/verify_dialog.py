"""File › Check report files: is each file exactly what its key signed?

Reading and hashing a report (with its evidence files) takes a moment each, so the files
are checked in the background; a verdict says nothing about whether the key is the
office's own: the fingerprint is shown for comparing with the one read out by phone.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kh14_desktop.services.verify import VerifyOutcome, verify_file
from kh14_desktop.ui.failure import describe
from kh14_desktop.ui.jobs import Job, JobRunner, Progress
from kh14_desktop.ui.report.files import (
    all_files_filter,
    open_files_dialog,
    report_filter,
)
from kh14_desktop.ui.report.verify_model import (
    COL_CREATED,
    COL_FILE,
    COL_FINGERPRINT,
    COL_REASON,
    COL_SEQUENCE,
    COL_VERDICT,
    VerifyResultModel,
    period_text,
    reason_text,
    unit_text,
)
from kh14_desktop.ui.report.widgets import ERROR_STYLE, FingerprintLabel, wrapped
from kh14_desktop.ui.views import compact_rows


def verify_files(paths: list[Path], progress: Progress) -> list[VerifyOutcome]:
    outcomes = []
    for number, path in enumerate(paths):
        if progress.cancelled:
            break
        progress.update(number, len(paths))
        outcomes.append(verify_file(path))
    progress.update(len(outcomes), len(paths))
    return outcomes


class VerifyDialog(QDialog):
    def __init__(self, runner: JobRunner, own_fingerprint: str = "",
                 folder: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.folder = folder or Path.home()
        self.job: Job | None = None
        self.setWindowTitle(self.tr("Check report files"))
        self.model = VerifyResultModel(own_fingerprint, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        compact_rows(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnHidden(COL_FINGERPRINT, True)  # shown large under the table

        self.empty_label = wrapped(self.tr(
            "No file yet: click “Add files…” and choose the .kh14 files to check (from the "
            "USB stick or an email's attachments)."))
        self.empty_label.setStyleSheet("color:#555")
        self.progress_bar = QProgressBar()
        self.progress_bar.hide()
        self.detail_title = QLabel()
        self.detail_title.setStyleSheet("font-weight:bold")
        self.detail_text = wrapped()
        self.detail_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_fingerprint = FingerprintLabel(point_size=15)
        self.note = wrapped(self.tr(
            "“Genuine” means the file is exactly what its key signed. Compare the fingerprint "
            "with the one the office read out before trusting the key."))
        self.note.setStyleSheet("color:#444")
        self.add_button = QPushButton(self.tr("&Add files…"))
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.progress_bar, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.detail_title)
        layout.addWidget(self.detail_text)
        layout.addWidget(self.detail_fingerprint)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.choose_files)
        self.close_button.clicked.connect(self.accept)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.resize(960, 480)
        self._show_detail(QModelIndex())

    def choose_files(self) -> None:
        dialog = open_files_dialog(self, self.tr("Choose report files to check"), self.folder,
                                   [report_filter(), all_files_filter()])
        if dialog.exec() and dialog.selectedFiles():
            self.check([Path(name) for name in dialog.selectedFiles()])

    def check(self, paths: list[Path]) -> Job:
        """Verify `paths` in the background; their rows appear when done."""
        if self.job is not None and not self.job.done:
            return self.job
        if paths:
            self.folder = paths[-1].parent
        job = self.runner.start("verify files", lambda progress: verify_files(list(paths),
                                                                              progress))
        self.progress_bar.setRange(0, max(1, len(paths)))
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        self.add_button.setEnabled(False)
        job.progress.connect(lambda done, _total: self.progress_bar.setValue(done))
        job.finished.connect(self._checked)
        job.failed.connect(self._failed)
        self.job = job
        return job

    def _checked(self, outcomes: list[VerifyOutcome]) -> None:
        self.progress_bar.hide()
        self.add_button.setEnabled(True)
        self.model.add_outcomes(outcomes)
        if outcomes:
            rows = [row for row in range(self.model.rowCount())
                    if self.model.outcome_at(row).path == outcomes[0].path]
            self.table.selectRow(rows[0] if rows else 0)
        self.table.resizeColumnToContents(COL_FILE)
        self._show_detail(self.table.currentIndex())

    def _failed(self, error: BaseException) -> None:
        self.progress_bar.hide()
        self.add_button.setEnabled(True)
        self.detail_title.setText(self.tr("The files could not be checked"))
        self.detail_text.setText(describe(error, self.runner.installation, self.tr(
            "Checking stopped because of a fault in the program; the files were not changed. "
            "Try again."), logged=True).joined())
        self.detail_text.setStyleSheet(ERROR_STYLE)

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        empty = self.model.rowCount() == 0
        self.table.setVisible(not empty)
        self.empty_label.setVisible(empty)
        self.note.setVisible(not empty)
        if not current.isValid():
            self.detail_title.clear()
            self.detail_text.clear()
            self.detail_fingerprint.hide()
            return
        outcome = self.model.outcome_at(current.row())
        self.detail_title.setText(f"{self.model.index(current.row(), COL_VERDICT).data()} — "
                                  f"{outcome.path.name}")
        self.detail_title.setStyleSheet(
            f"font-weight:bold; color:{'#1b5e20' if outcome.genuine else '#b00020'}")
        if outcome.genuine:
            self.detail_text.setText(self.tr("{unit} · {period} · sequence number {sequence} · "
                                             "exported {created}").format(
                unit=unit_text(outcome), period=period_text(outcome),
                sequence=self.model.index(current.row(), COL_SEQUENCE).data(),
                created=self.model.index(current.row(), COL_CREATED).data()))
            self.detail_text.setStyleSheet("")
        else:
            self.detail_text.setText(reason_text(outcome))
            self.detail_text.setStyleSheet(ERROR_STYLE)
        self.detail_fingerprint.set_fingerprint(outcome.fingerprint)
        self.detail_fingerprint.setVisible(bool(outcome.fingerprint))

    def reject(self) -> None:
        if self.job is not None and not self.job.done:
            self.job.cancel()  # only reads files: safe to stop between two
        super().reject()
