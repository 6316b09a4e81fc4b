"""The Report page: what the report for a period will say, what was exported before, and
the two big buttons (export the signed report, or save a draft PDF to read first)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kh14_desktop.domain.period import ReportPeriod
from kh14_desktop.domain.progress import STATUS_ORDER
from kh14_desktop.services.installation import Installation
from kh14_desktop.services.office_key import has_office_key
from kh14_desktop.services.office_work import EvidenceProblem
from kh14_desktop.store.exports import list_exports
from kh14_desktop.ui.figures_model import (
    COL_INDICATOR,
    COL_MEASURE,
    COL_TOTAL,
    IndicatorTotalsModel,
)
from kh14_desktop.ui.i18n import format_number
from kh14_desktop.ui.jobs import Job, JobRunner, Progress
from kh14_desktop.ui.labels import status_label
from kh14_desktop.ui.report.export_result import SavedFileBar
from kh14_desktop.ui.report.history_model import (
    COL_CREATED,
    COL_FILE,
    COL_FINGERPRINT,
    COL_NUMBER,
    COL_PERIOD,
    COL_SEQUENCE,
    ExportHistoryModel,
)
from kh14_desktop.ui.report.period_picker import PeriodPicker
from kh14_desktop.ui.report.preview import ReportPreview, report_preview
from kh14_desktop.ui.report.widgets import wrapped
from kh14_desktop.ui.task_model import STATUS_COLOURS
from kh14_desktop.ui.views import compact_rows

MAX_LINKED_CODES = 8


def _task_links(codes: list[str]) -> str:
    shown = ", ".join(f"<a href='task:{code}'>{code}</a>" for code in codes[:MAX_LINKED_CODES])
    return shown + (", …" if len(codes) > MAX_LINKED_CODES else "")


class ReportPage(QWidget):
    export_requested = Signal()
    draft_requested = Signal()
    verify_requested = Signal()
    key_requested = Signal()
    task_requested = Signal(str)

    def __init__(self, installation: Installation, runner: JobRunner,
                 problems: Callable[[], list[EvidenceProblem]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.installation = installation
        self.runner = runner
        self._problems = problems
        self.preview: ReportPreview | None = None
        self.preview_job: Job | None = None
        self.stale = True

        self.period_picker = PeriodPicker(installation.plan())
        period_label = QLabel(self.tr("Report &period:"))
        period_label.setBuddy(self.period_picker)
        period_label.setStyleSheet("font-weight:bold")
        top = QHBoxLayout()
        top.addWidget(period_label)
        top.addWidget(self.period_picker, 1)

        self.export_button = QPushButton(self.tr("Export the signed report…"))
        self.export_button.setObjectName("exportReport")
        self.export_button.setStyleSheet("#exportReport { font-weight:bold; font-size:11pt; "
                                         "padding:7px 16px; }")
        self.export_button.setToolTip(self.tr("The .kh14 file for the Department and the PDF "
                                              "to sign (Ctrl+E)"))
        self.draft_button = QPushButton(self.tr("Save a draft PDF…"))
        self.draft_button.setStyleSheet("padding:7px 12px")
        self.draft_button.setToolTip(self.tr("An unsigned PDF marked DRAFT, to read over "
                                             "before exporting (Ctrl+Shift+E)"))
        self.verify_button = QPushButton(self.tr("Check report files…"))
        self.key_button = QPushButton(self.tr("Signing key…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.draft_button)
        buttons.addStretch(1)
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.key_button)

        self.key_banner = wrapped()
        self.key_banner.setStyleSheet("background:#fff3e0; color:#7a3e00; padding:4px")
        self.key_banner.setText(self.tr(
            "⚠ This PC has no signing key yet, so a signed report cannot be exported. "
            "<a href='key'>Make the signing key</a>."))
        self.key_banner.hide()
        self.draft_bar = SavedFileBar()

        # what the report will say
        self.summary_label = wrapped()
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.warnings_label = wrapped()
        self.warnings_label.setTextFormat(Qt.TextFormat.RichText)
        self.warnings_label.setToolTip(self.tr("Click a task code to open the task"))
        self.totals = IndicatorTotalsModel(self)
        self.totals_view = QTableView()
        self.totals_view.setModel(self.totals)
        self.totals_view.verticalHeader().hide()
        compact_rows(self.totals_view)
        self.totals_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.totals_view.setWordWrap(False)
        self.totals_view.setMinimumHeight(80)
        header = self.totals_view.horizontalHeader()
        header.setSectionResizeMode(COL_INDICATOR, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_TOTAL, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_MEASURE, QHeaderView.ResizeMode.ResizeToContents)
        self.totals_empty = wrapped(self.tr("No figures recorded in this period yet."))
        self.totals_empty.setStyleSheet("color:#555")
        self.totals_empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.totals_empty.hide()
        self.preview_box = QGroupBox(self.tr("What the report will say"))
        words = QVBoxLayout()
        words.addWidget(self.summary_label)
        words.addWidget(self.warnings_label)
        words.addStretch(1)
        figures = QVBoxLayout()
        figures.addWidget(self.totals_view, 1)
        figures.addWidget(self.totals_empty, 1)
        preview_layout = QHBoxLayout(self.preview_box)
        preview_layout.addLayout(words, 1)
        preview_layout.addLayout(figures, 1)

        # what was sent before
        self.history = ExportHistoryModel(installation.plan(), self)
        self.history_view = QTableView()
        self.history_view.setModel(self.history)
        self.history_view.verticalHeader().hide()
        compact_rows(self.history_view)
        self.history_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history_view.setWordWrap(False)
        header = self.history_view.horizontalHeader()
        for column in (COL_SEQUENCE, COL_PERIOD, COL_CREATED, COL_NUMBER, COL_FINGERPRINT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_FILE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.history_empty = wrapped(self.tr(
            "Nothing exported yet. When the tasks have their results, click “Export the "
            "signed report…” (Ctrl+E): it writes the .kh14 file to send to the Department "
            "and the PDF for the head of office to sign."))
        self.history_empty.setStyleSheet("color:#555")
        self.history_empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.history_box = QGroupBox()
        history_layout = QVBoxLayout(self.history_box)
        history_layout.addWidget(self.history_view, 1)
        history_layout.addWidget(self.history_empty, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.key_banner)
        layout.addWidget(self.draft_bar)
        layout.addWidget(self.preview_box, 4)
        layout.addWidget(self.history_box, 3)

        self.export_button.clicked.connect(self.export_requested)
        self.draft_button.clicked.connect(self.draft_requested)
        self.verify_button.clicked.connect(self.verify_requested)
        self.key_button.clicked.connect(self.key_requested)
        self.key_banner.linkActivated.connect(lambda _link: self.key_requested.emit())
        self.warnings_label.linkActivated.connect(self._link)
        self.period_picker.changed.connect(self._period_changed)

    # content ------------------------------------------------------------------------------------
    def period(self) -> ReportPeriod | None:
        return self.period_picker.period_or_none()

    def mark_stale(self) -> None:
        """Something changed: refresh now if on screen, else when next shown."""
        self.stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self.stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self.stale = False
        self.key_banner.setVisible(not has_office_key(self.installation))
        self.refresh_history()
        self.load_preview()

    def refresh_history(self) -> None:
        records = list_exports(self.installation.store)
        self.history.set_records(records)
        self.history_box.setTitle(self.tr("Reports exported ({count})").format(
            count=len(records)))
        self.history_view.setVisible(bool(records))
        self.history_empty.setVisible(not records)

    def _period_changed(self) -> None:
        if self.period() is None:
            self.summary_label.setText(self.tr("Choose a range of days within the plan's "
                                               "year."))
            self.warnings_label.clear()
            return
        self.load_preview()

    def load_preview(self) -> Job | None:
        """Count in the background what the report for the chosen period will hold."""
        period = self.period()
        if period is None:
            return None

        def work(installation: Installation, _progress: Progress) -> ReportPreview:
            return report_preview(installation, period)

        if self.preview is None:
            self.summary_label.setText(self.tr("Counting…"))
        job = self.runner.start_with_installation("report preview", work)
        job.finished.connect(self._show_preview)
        self.preview_job = job
        return job

    def _show_preview(self, preview: ReportPreview) -> None:
        if preview.period != self.period():
            return  # the person chose another period meanwhile; its own count follows
        self.preview = preview
        counts = " · ".join(
            f"<span style='color:{STATUS_COLOURS[status]}'>"
            f"{status_label(status).replace(' ', '&nbsp;')}:&nbsp;"
            f"<b>{preview.status_counts[status]}</b></span>" for status in STATUS_ORDER)
        self.summary_label.setText(
            self.tr("<b>{tasks}</b> tasks — {counts}<br><b>{activities}</b> activities dated "
                    "in the period, <b>{files}</b> evidence files").format(
                tasks=preview.task_count, counts=counts,
                activities=format_number(preview.activity_count), files=preview.evidence_count))
        # figures of zero say nothing yet: the table lists what the period has
        figures = [(indicator, total) for indicator, total in preview.totals if total]
        self.totals.set_totals(figures)
        self.totals_view.setVisible(bool(figures))
        self.totals_empty.setVisible(not figures)
        self.show_warnings()

    def show_warnings(self) -> None:
        preview = self.preview
        if preview is None:
            return
        lines = []
        broken = sum(1 for problem in self._problems()
                     if problem.activity_id in preview.activity_ids)
        if broken:
            lines.append("<span style='color:#b00020'>⛔ " + self.tr(
                "{count} evidence file(s) of this period are missing or altered: the export "
                "will stop until they are fixed (see the Activities page).").format(
                count=broken) + "</span>")
        if preview.not_started:
            lines.append("<span style='color:#b00020'>⚠ " + self.tr(
                "Not started ({count}): {tasks} — record what was done, or mark “Did not "
                "arise”.").format(count=len(preview.not_started),
                                  tasks=_task_links(preview.not_started)) + "</span>")
        if preview.without_result:
            lines.append("<span style='color:#a15c00'>⚠ " + self.tr(
                "No result written ({count}): {tasks}").format(
                count=len(preview.without_result),
                tasks=_task_links(preview.without_result)) + "</span>")
        if preview.without_activity:
            lines.append("<span style='color:#555'>ℹ " + self.tr(
                "No activity in this period ({count}): {tasks}").format(
                count=len(preview.without_activity),
                tasks=_task_links(preview.without_activity)) + "</span>")
        if not (broken or preview.not_started or preview.without_result):
            lines.insert(0, "<span style='color:#1b5e20'>✔ " + self.tr(
                "Every task has its result: the report is ready to export.") + "</span>")
        self.warnings_label.setText("<br>".join(lines))

    def _link(self, link: str) -> None:
        if link.startswith("task:"):
            self.task_requested.emit(link.removeprefix("task:"))
