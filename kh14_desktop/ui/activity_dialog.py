"""Adding or changing one activity: date, title, description, figures, evidence files.

Everything is checked by the domain rules before anything is written; a mistake is shown
in red under the form and every field keeps what was typed. The write itself (which
copies evidence files of up to 50 MB into the store) runs as a background job on its own
database connection, so the window keeps answering while a large scan is copied.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.plan import Plan, Task
from kh14_desktop.domain.progress import Activity, check_activity
from kh14_desktop.services.installation import Installation
from kh14_desktop.services.office_tasks import OfficeTask
from kh14_desktop.services.office_work import OfficeWork
from kh14_desktop.store.attachments import MAX_EVIDENCE_BYTES, AttachmentStore, human_size
from kh14_desktop.ui.dialogs import ask
from kh14_desktop.ui.evidence_list import (
    EvidenceListModel,
    EvidenceListView,
    evidence_file_dialog,
    viewing_copy,
)
from kh14_desktop.ui.figures_form import FiguresForm
from kh14_desktop.ui.i18n import current_language
from kh14_desktop.ui.jobs import Job, JobRunner, Progress

log = logging.getLogger(__name__)

LAST_FOLDER_SETTING = "ui.evidence.last_folder"
PROGRESS_AFTER_BYTES = 2 * 1024 * 1024  # smaller copies finish before a dialog could show
ERROR_STYLE = "color:#b00020"


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class ActivityDialog(QDialog):
    """Emits `saved(Activity)` once the activity is written; closes itself then."""

    saved = Signal(object)

    def __init__(self, work: OfficeWork, runner: JobRunner, tasks: list[OfficeTask], *,
                 task_code: str | None = None, activity: Activity | None = None,
                 today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.plan: Plan = work.plan
        self.runner = runner
        self.activity = activity
        self.job: Job | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.check_job: Job | None = None  # hashing the stored files shown
        self.last_open_job: Job | None = None
        self._changed = False
        self.setWindowTitle(self.tr("Edit activity") if activity else self.tr("New activity"))

        self.task_combo = QComboBox()
        self.task_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.task_combo.setMinimumContentsLength(40)
        for item in tasks:
            title = item.task.title if len(item.task.title) <= 70 else \
                item.task.title[:68].rstrip() + "…"
            self.task_combo.addItem(f"{item.task.code} — {title}", item.task.code)
            self.task_combo.setItemData(self.task_combo.count() - 1, item.task.title,
                                        Qt.ItemDataRole.ToolTipRole)
        wanted = activity.task_code if activity else task_code
        if wanted is not None:
            found = self.task_combo.findData(wanted)
            if found < 0:  # a task outside the list (kept for an old activity): show it anyway
                self.task_combo.addItem(wanted, wanted)
                found = self.task_combo.count() - 1
            self.task_combo.setCurrentIndex(found)
        # an activity stays under its task; a new one from a task's tab belongs to that task
        self.task_choosable = activity is None and task_code is None
        self.task_combo.setEnabled(self.task_choosable)

        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setDateRange(_qdate(self.plan.period_start), _qdate(self.plan.period_end))
        start = activity.day if activity else min(max(today or dt.date.today(),
                                                      self.plan.period_start),
                                                  self.plan.period_end)
        self.date_edit.setDate(_qdate(start))
        self.title_edit = QLineEdit(activity.title if activity else "")
        self.title_edit.setPlaceholderText(self.tr("e.g. Conference to introduce Plan 14"))
        self.description_edit = QPlainTextEdit(activity.description if activity else "")
        self.description_edit.setPlaceholderText(self.tr("Where, who took part, what came of "
                                                         "it…"))
        self.description_edit.setTabChangesFocus(True)

        self.figures_box = FiguresForm()

        self.evidence_model = EvidenceListModel(self)
        if activity:
            self.evidence_model.set_stored(activity.evidence)
        self.evidence_view = EvidenceListView()
        self.evidence_view.setModel(self.evidence_model)
        self.evidence_view.setMinimumHeight(60)
        self.add_file_button = QPushButton(self.tr("&Add files…"))
        self.open_file_button = QPushButton(self.tr("&Open"))
        self.remove_file_button = QPushButton(self.tr("Remo&ve file"))
        files_buttons = QHBoxLayout()
        files_buttons.addWidget(self.add_file_button)
        files_buttons.addWidget(self.open_file_button)
        files_buttons.addWidget(self.remove_file_button)
        files_buttons.addStretch(1)
        self.evidence_hint = QLabel(self.tr("Drop files here or use “Add files”. At most {limit} "
                                            "per file.").format(
            limit=human_size(MAX_EVIDENCE_BYTES)))
        self.evidence_hint.setWordWrap(True)
        self.evidence_hint.setStyleSheet("color:#555")

        form = QFormLayout()
        form.addRow(self.tr("&Task:"), self.task_combo)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("T&itle:"), self.title_edit)
        left = QVBoxLayout()
        left.addLayout(form)
        description_label = QLabel(self.tr("D&escription:"))
        description_label.setBuddy(self.description_edit)
        left.addWidget(description_label)
        left.addWidget(self.description_edit, 2)
        evidence_label = QLabel(self.tr("Evidence files:"))
        evidence_label.setBuddy(self.evidence_view)
        left.addWidget(evidence_label)
        left.addWidget(self.evidence_view, 2)
        left.addLayout(files_buttons)
        left.addWidget(self.evidence_hint)

        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addWidget(self.figures_box, 2)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self.busy_label = QLabel(self.tr("Saving…"))
        self.busy_label.hide()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.busy_label)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        self._build_figures(activity.figures if activity else {})
        self.task_combo.currentIndexChanged.connect(self._task_changed)
        self.figures_box.changed.connect(self._mark_changed)
        self.add_file_button.clicked.connect(self.choose_files)
        self.open_file_button.clicked.connect(self.open_selected)
        self.remove_file_button.clicked.connect(self.remove_selected)
        self.evidence_view.files_dropped.connect(self.add_files)
        self.evidence_view.doubleClicked.connect(lambda _index: self.open_selected())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.evidence_view,
                  self.remove_selected, context=Qt.ShortcutContext.WidgetShortcut)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        for signal in (self.title_edit.textChanged, self.description_edit.textChanged,
                       self.date_edit.dateChanged):
            signal.connect(self._mark_changed)
        self.evidence_model.rowsInserted.connect(self._mark_changed)
        self.evidence_model.rowsRemoved.connect(self._mark_changed)
        self.resize(860, 520)
        self.title_edit.setFocus()
        if activity and activity.evidence:
            self._check_stored_files()

    # the task and its figures -------------------------------------------------------------------
    def task(self) -> Task:
        return self.work.task(str(self.task_combo.currentData()))

    def _task_changed(self) -> None:
        self._build_figures(self.figures())
        self._mark_changed()

    def _build_figures(self, values: Mapping[str, int]) -> None:
        indicators = self.plan.task_indicators(self.task()) if self.task_combo.count() else ()
        self.figures_box.set_indicators(indicators, values)

    @property
    def figure_spins(self) -> dict[str, QSpinBox]:
        return self.figures_box.spins

    def figures(self) -> dict[str, int]:
        return self.figures_box.values()

    def _mark_changed(self, *_args: object) -> None:
        self._changed = True

    # evidence files ------------------------------------------------------------------------------
    def file_dialog(self) -> QFileDialog:
        start = self.runner.installation.store.setting(LAST_FOLDER_SETTING) or str(Path.home())
        return evidence_file_dialog(self, start)

    def choose_files(self) -> None:
        dialog = self.file_dialog()
        if dialog.exec():
            self.add_files([Path(name) for name in dialog.selectedFiles()])

    def add_files(self, paths: list[Path]) -> list[str]:
        """Add what can be added; say why about the rest (too large, not a file, unreadable)."""
        problems: list[str] = []
        lang = current_language()
        for path in paths:
            try:
                if not path.is_file():
                    raise UserError("evidence.not_a_file", name=path.name)
                size = path.stat().st_size
                if size > MAX_EVIDENCE_BYTES:
                    raise UserError("evidence.too_large", name=path.name, size=human_size(size),
                                    limit=human_size(MAX_EVIDENCE_BYTES))
                with path.open("rb"):
                    pass  # readable now; the copy checks again when it saves
            except UserError as error:
                problems.append(error.message(lang))
                continue
            except OSError as exc:
                problems.append(UserError("evidence.unreadable", name=path.name,
                                          detail=exc.strerror or str(exc)).message(lang))
                continue
            if not self.evidence_model.has_path(path):
                self.evidence_model.add_path(path, size)
        if paths:
            self.runner.installation.store.set_setting(LAST_FOLDER_SETTING,
                                                       str(paths[-1].parent))
        self.show_errors(problems)
        return problems

    def _selected_row(self) -> int:
        index = self.evidence_view.currentIndex()
        return index.row() if index.isValid() else -1

    def remove_selected(self) -> None:
        row = self._selected_row()
        if row >= 0:
            self.evidence_model.remove_row(row)

    def open_selected(self) -> Job | None:
        row = self._selected_row()
        if row < 0:
            return None
        item = self.evidence_model.item_at(row)
        if item.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(item.path)))
            return None
        stored = item.stored
        assert stored is not None

        def work(installation: Installation, _progress: Progress) -> Path:
            return viewing_copy(OfficeWork(installation), stored)

        job = self.runner.start_with_installation("open evidence", work)
        job.finished.connect(lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
        job.failed.connect(self._open_failed)
        self.last_open_job = job
        return job

    def _open_failed(self, error: BaseException) -> None:
        self.show_error(error)
        self._check_stored_files()

    def _check_stored_files(self) -> None:
        """Hash the stored files in the background and flag the missing or altered ones."""
        shas = {item.stored.sha256 for item in self.evidence_model.items() if item.stored}
        store = AttachmentStore(self.runner.installation.folder.attachments)
        job = self.runner.start("check evidence",
                                lambda _progress: {sha: store.state(sha) for sha in shas})
        job.finished.connect(self.evidence_model.set_states)
        self.check_job = job

    # messages ------------------------------------------------------------------------------------
    def show_errors(self, messages: list[str]) -> None:
        self.error_label.setText("\n".join(messages))
        self.error_label.setVisible(bool(messages))

    def show_error(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            self.show_errors([error.message(current_language())])
        else:
            self.show_errors([self.tr("Not saved because of a fault in the program: {detail}. "
                                      "Nothing you typed is lost; try again or tell your "
                                      "IT support.").format(detail=str(error) or
                                                            type(error).__name__)])

    # saving --------------------------------------------------------------------------------------
    def save(self) -> Job | None:
        """Check, then write in the background; None if the check failed (message shown)."""
        if self.job is not None:
            return self.job
        task = self.task()
        day = _pydate(self.date_edit.date())
        title = self.title_edit.text()
        description = self.description_edit.toPlainText()
        figures = self.figures()
        try:
            check_activity(self.plan, task, day, title, description, figures)
        except UserError as error:
            self.show_error(error)
            return None
        new_files = self.evidence_model.new_paths()
        removed = list(self.evidence_model.removed)
        activity_id = self.activity.id if self.activity else None

        def write(installation: Installation, _progress: Progress) -> Activity:
            work = OfficeWork(installation)
            if activity_id is None:
                return work.add_activity(task.code, day, title, description, figures,
                                         new_files)
            return work.update_activity(activity_id, day, title, description, figures,
                                        new_files, removed)

        self.show_errors([])
        self._set_busy(True)
        self.job = self.runner.start_with_installation("save activity", write, writes=True)
        self.job.finished.connect(self._saved)
        self.job.failed.connect(self._failed)
        size = sum(item.size for item in self.evidence_model.items() if item.is_new)
        if size > PROGRESS_AFTER_BYTES:
            self.progress_dialog = QProgressDialog(
                self.tr("Copying {size} of evidence files into the store…").format(
                    size=human_size(size)), "", 0, 0, self)
            self.progress_dialog.setCancelButton(None)  # the copy cannot be stopped halfway
            self.progress_dialog.setWindowTitle(self.tr("Saving the activity"))
            self.progress_dialog.setMinimumDuration(400)
            self.progress_dialog.setWindowModality(Qt.WindowModality.WindowModal)
        return self.job

    def _set_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)
        for widget in (self.save_button, self.cancel_button, self.task_combo, self.date_edit,
                       self.title_edit, self.description_edit, self.figures_box,
                       self.add_file_button, self.remove_file_button):
            widget.setEnabled(not busy and (widget is not self.task_combo
                                            or self.task_choosable))

    def _end_job(self) -> None:
        self.job = None
        if self.progress_dialog is not None:
            self.progress_dialog.reset()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _saved(self, activity: Activity) -> None:
        self._end_job()
        self._set_busy(False)
        self._changed = False
        self.activity = activity
        self.saved.emit(activity)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._end_job()
        self._set_busy(False)
        self.show_error(error)

    # closing -------------------------------------------------------------------------------------
    def reject(self) -> None:
        if self.job is not None:
            return  # a save is running: it finishes and closes the dialog itself
        if self._changed and not ask(
                self, self.windowTitle(), self.tr("Discard what you entered for this activity?"),
                self.tr("Discard"), self.tr("Keep editing")):
            return
        super().reject()
