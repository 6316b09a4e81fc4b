"""The export dialog: choose, type the passphrase, and the signed report is written in the
background while a progress bar says which step it is at; then the result is shown.

A wrong passphrase is refused before anything is gathered or written (the service unlocks
the key first): the dialog says so under the field and selects what was typed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.messages import render
from kh14_desktop.domain.period import ReportPeriod
from kh14_desktop.services.export import (
    ExportResult,
    export_report,
    package_path,
    remember_options,
)
from kh14_desktop.services.installation import Installation
from kh14_desktop.services.report_builder import ReportOptions
from kh14_desktop.ui.failure import describe
from kh14_desktop.ui.i18n import current_language
from kh14_desktop.ui.jobs import Job, JobRunner, Progress
from kh14_desktop.ui.report.drafts import DraftSaver
from kh14_desktop.ui.report.export_form import ExportForm
from kh14_desktop.ui.report.export_result import ExportResultView, SavedFileBar
from kh14_desktop.ui.report.files import remember_folder
from kh14_desktop.ui.report.widgets import ERROR_STYLE, wrapped

PAGE_FORM, PAGE_RESULT = range(2)


def error_text(error: BaseException, installation: Installation) -> str:
    """A failed export or draft in the person's words (the job runner logged the detail)."""
    return describe(error, installation, QCoreApplication.translate(
        "ExportDialog", "The export stopped because of a fault in the program. Nothing was "
        "recorded and no report file was left half written: try again."),
        logged=True).joined()


class _StepRelay(QObject):
    """The service reports (percent, message code) from the job's thread; the signal
    crosses to the dialog on the UI thread (queued, as the relay lives there)."""

    step = Signal(int, str)


class ExportDialog(QDialog):
    exported = Signal(object)  # ExportResult

    def __init__(self, installation: Installation, runner: JobRunner,
                 period: ReportPeriod | None, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.installation = installation
        self.runner = runner
        self.job: Job | None = None
        self.setWindowTitle(self.tr("Export the signed report"))
        self.relay = _StepRelay(self)
        self.relay.step.connect(self._step)
        self.drafts = DraftSaver(installation, runner, self)
        self.draft_job: Job | None = None

        self.form = ExportForm(installation, period, today)
        intro = wrapped(self.tr(
            "The report states each task's status and result as recorded now, and the "
            "activities dated within the period. It is signed with this office's key."))
        intro.setStyleSheet("color:#444")
        self.error_label = wrapped(style=ERROR_STYLE)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.step_label = QLabel()
        self.progress_bar.hide()
        self.step_label.hide()
        self.draft_bar = SavedFileBar()
        self.draft_button = QPushButton(self.tr("Save a &draft PDF…"))
        self.draft_button.setToolTip(self.tr("An unsigned PDF marked DRAFT, to read over "
                                             "first; no passphrase needed"))
        self.export_button = QPushButton(self.tr("&Export"))
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.draft_button)
        buttons.addWidget(self.step_label)
        buttons.addWidget(self.progress_bar, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)

        form_page = QWidget()
        form_layout = QVBoxLayout(form_page)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(intro)
        form_layout.addWidget(self.form, 1)
        form_layout.addWidget(self.error_label)
        form_layout.addWidget(self.draft_bar)
        form_layout.addLayout(buttons)
        self.result_view = ExportResultView()
        self.stack = QStackedWidget()
        self.stack.addWidget(form_page)
        self.stack.addWidget(self.result_view)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        # a message under a field makes the dialog grow rather than squeeze the message
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)

        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self.reject)
        self.draft_button.clicked.connect(self._draft_clicked)
        self.drafts.saved.connect(self._draft_saved)
        self.drafts.failed.connect(
            lambda error: self.show_error(error_text(error, self.installation)))
        self.form.passphrase.returnPressed.connect(self.start_export)
        self.form.browse_button.clicked.connect(self.choose_target)
        self.result_view.closed.connect(self.accept)
        self.setMinimumWidth(960)
        self._focus_first_empty()

    def _focus_first_empty(self) -> None:
        form = self.form
        for widget in (form.signer_edit, form.passphrase):
            if not widget.text():
                widget.setFocus()
                return
        form.passphrase.setFocus()

    # choosing the file --------------------------------------------------------------------------
    def choose_target(self) -> None:
        from kh14_desktop.ui.report.files import (
            all_files_filter,
            report_filter,
            save_file_dialog,
        )

        current = self.form.target() or Path.home() / "report.kh14"
        dialog = save_file_dialog(self, self.tr("Save the signed report as"), current,
                                  [report_filter(), all_files_filter()], ".kh14")
        if dialog.exec() and dialog.selectedFiles():
            self.form.path_edit.setText(str(package_path(Path(dialog.selectedFiles()[0]))))

    # exporting ----------------------------------------------------------------------------------
    def _checked_options(self) -> ReportOptions | None:
        try:
            return self.form.options()
        except UserError as error:
            self.form.set_message(self.form.period_error, error.message(current_language()))
            self.form.period_picker.setFocus()
            return None

    def start_export(self) -> Job | None:
        """Check the form, then export in the background; None when the form is not ready."""
        if self.job is not None:
            return self.job
        self.show_error("")
        options = self._checked_options()
        if options is None:
            return None
        target = self.form.target()
        if target is None:
            self.show_error(self.tr("Choose where to save the report file."))
            self.form.path_edit.setFocus()
            return None
        target = package_path(target)
        passphrase = self.form.passphrase.text()
        if not passphrase:
            self._passphrase_problem(self.tr("Type the signing key passphrase."))
            return None
        pdf_copy = self.form.pdf_copy(target)
        relay = self.relay

        def work(installation: Installation, _progress: Progress) -> ExportResult:
            return export_report(installation, options, target, passphrase, pdf_copy,
                                 progress=relay.step.emit)

        self._set_busy(True)
        self.job = self.runner.start_with_installation("export report", work, writes=True)
        self.job.finished.connect(lambda result: self._exported(result, options))
        self.job.failed.connect(self._failed)
        return self.job

    def _step(self, percent: int, code: str) -> None:
        self.progress_bar.setValue(percent)
        self.step_label.setText(render(code, current_language()))

    def _set_busy(self, busy: bool) -> None:
        self.form.setEnabled(not busy)
        for button in (self.export_button, self.cancel_button, self.draft_button):
            button.setEnabled(not busy)
        self.draft_button.setVisible(not busy)
        self.progress_bar.setVisible(busy)
        self.step_label.setVisible(busy)
        if busy:
            self._step(0, "export.step.unlock")

    def _exported(self, result: ExportResult, options: ReportOptions) -> None:
        self.job = None
        self._set_busy(False)
        self.form.passphrase.clear()
        # what was typed is offered next time; only after it was used for a real export
        remember_options(self.installation, options)
        remember_folder(self.installation, result.path.parent)
        self.form.remember()
        self.result_view.show_result(result)
        self.stack.setCurrentIndex(PAGE_RESULT)
        self.setWindowTitle(self.tr("Report exported"))
        self.exported.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.job = None
        self._set_busy(False)
        if isinstance(error, UserError) and error.code == "key.wrong_passphrase":
            self._passphrase_problem(error.message(current_language()))
        else:
            self.show_error(error_text(error, self.installation))

    def _passphrase_problem(self, text: str) -> None:
        self.form.set_message(self.form.passphrase_error, text)
        self.form.passphrase.select_for_retyping()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    # the draft --------------------------------------------------------------------------------
    def _draft_clicked(self) -> None:
        options = self._checked_options()
        if options is None:
            return
        target = self.drafts.choose_target(self, options)
        if target is not None:
            self.save_draft(target)

    def save_draft(self, target: Path) -> Job | None:
        self.show_error("")
        options = self._checked_options()
        if options is None:
            return None
        self.draft_bar.hide()
        self.draft_job = self.drafts.save(options, target)
        return self.draft_job

    def _draft_saved(self, path: Path) -> None:
        self.draft_bar.show_file(self.tr("Draft saved: {name}").format(name=path.name), path)

    # closing ------------------------------------------------------------------------------------
    def reject(self) -> None:
        if self.job is not None:
            return  # the export cannot be stopped halfway; it finishes in a moment
        super().reject()
