"""Saving the report as an unsigned draft PDF (marked "DỰ THẢO") to read it over first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from kh14_desktop.services.export import save_draft_pdf
from kh14_desktop.services.installation import Installation
from kh14_desktop.services.report_builder import ReportOptions
from kh14_desktop.ui.jobs import Job, JobRunner, Progress
from kh14_desktop.ui.report.files import (
    all_files_filter,
    last_folder,
    pdf_filter,
    remember_folder,
    save_file_dialog,
    suggested_name,
)


class DraftSaver(QObject):
    """Asks where, then renders in the background (a PDF takes a moment)."""

    saved = Signal(object)  # Path
    failed = Signal(object)  # the exception

    def __init__(self, installation: Installation, runner: JobRunner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.installation = installation
        self.runner = runner
        self.job: Job | None = None

    def suggested_path(self, options: ReportOptions) -> Path:
        name = suggested_name(self.installation.unit(), options.period, None, ".pdf",
                              prefix="DuThao")
        return last_folder(self.installation) / name

    def choose_target(self, parent: QWidget | None, options: ReportOptions) -> Path | None:
        dialog = save_file_dialog(parent, self.tr("Save the draft PDF as"),
                                  self.suggested_path(options),
                                  [pdf_filter(), all_files_filter()], ".pdf")
        if dialog.exec() and dialog.selectedFiles():
            return Path(dialog.selectedFiles()[0])
        return None

    def save(self, options: ReportOptions, target: Path) -> Job:
        if self.job is not None and not self.job.done:
            return self.job

        def work(installation: Installation, _progress: Progress) -> Path:
            return save_draft_pdf(installation, options, target)

        # in the writers' queue although it writes no record: it then never renders at the
        # same time as an export, and two reportlab renders at once can trip over the shared
        # font subsets (tests/test_pdf_render.py's pool test fails now and then under load)
        job = self.runner.start_with_installation("save draft pdf", work, writes=True)
        job.finished.connect(self._saved)
        job.failed.connect(self.failed)
        self.job = job
        return job

    def _saved(self, path: Path) -> None:
        remember_folder(self.installation, path.parent)
        self.saved.emit(path)
