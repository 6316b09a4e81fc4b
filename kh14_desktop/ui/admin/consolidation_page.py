"""The Consolidation page: the province's figures at a glance, and the three outputs.

The PDF (for the People's Committee to sign), the Excel workbook (for analysis) and the
signed `.kh14` (for the next level to import) are written off the UI thread, each from the
same consolidation the other pages show.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kh14_desktop.domain.plan import Indicator
from kh14_desktop.services.consolidate_outputs import ConsolidatedOutput, write_consolidated
from kh14_desktop.services.consolidation import Consolidation
from kh14_desktop.services.installation import Installation
from kh14_desktop.ui.admin import file_choosers
from kh14_desktop.ui.admin.labels import GOOD, NOTICE, WARNING
from kh14_desktop.ui.admin.snapshot import AdminData
from kh14_desktop.ui.dialogs import show_error
from kh14_desktop.ui.failure import describe
from kh14_desktop.ui.figures_model import (
    COL_INDICATOR,
    COL_MEASURE,
    COL_TOTAL,
    IndicatorTotalsModel,
)
from kh14_desktop.ui.i18n import format_number
from kh14_desktop.ui.jobs import Job, JobRunner, Progress
from kh14_desktop.ui.overview_page import Card
from kh14_desktop.ui.views import compact_rows

SIGNER_SETTING = "ui.admin.signer"


def indicators_of(c: Consolidation) -> list[tuple[Indicator, int]]:
    """The totals as the plan's indicators (a figure only a report names keeps its words)."""
    known = {indicator.key: indicator for indicator in c.plan.indicators}
    rows = []
    for key, total in c.totals.items():
        indicator = known.get(key)
        if indicator is None:
            entry = c.indicator(key)
            indicator = Indicator(key, entry.name, entry.name, entry.measure, entry.measure)
        rows.append((indicator, total))
    return rows


class ConsolidationPage(QWidget):
    def __init__(self, installation: Installation, runner: JobRunner, data: AdminData,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.installation = installation
        self.runner = runner
        self.data = data
        self.plan = installation.plan()
        self.job: Job | None = None
        self.output: ConsolidatedOutput | None = None

        self.reported_card = Card(self.tr("units have reported"), GOOD, clickable=False)
        self.activities_card = Card(self.tr("activities in their reports"), NOTICE,
                                    clickable=False)
        self.difficulties_card = Card(self.tr("units name difficulties"), WARNING,
                                      clickable=False)
        self.proposals_card = Card(self.tr("units make proposals"), NOTICE, clickable=False)
        cards = QHBoxLayout()
        cards.setSpacing(8)
        for card in (self.reported_card, self.activities_card, self.difficulties_card,
                     self.proposals_card):
            cards.addWidget(card, 1)

        self.totals = IndicatorTotalsModel(self)
        self.totals_view = QTableView()
        self.totals_view.setModel(self.totals)
        self.totals_view.verticalHeader().hide()
        compact_rows(self.totals_view)
        self.totals_view.setWordWrap(False)
        header = self.totals_view.horizontalHeader()
        header.setSectionResizeMode(COL_INDICATOR, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_TOTAL, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_MEASURE, QHeaderView.ResizeMode.ResizeToContents)
        totals_box = QGroupBox(self.tr("Totals of the province (summed from every report)"))
        QVBoxLayout(totals_box).addWidget(self.totals_view)

        self.signer = QLineEdit(installation.store.setting(SIGNER_SETTING) or "")
        self.signer.setPlaceholderText(self.tr("name printed under the signature"))
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("leave empty to number it by hand"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("only for the signed file"))
        form = QFormLayout()
        form.addRow(self.tr("Signer:"), self.signer)
        form.addRow(self.tr("Document number:"), self.number)
        form.addRow(self.tr("Key passphrase:"), self.passphrase)
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.pdf_button.setToolTip(self.tr("The consolidated report, ready to print and sign"))
        self.xlsx_button = QPushButton(self.tr("Export Excel…"))
        self.xlsx_button.setToolTip(self.tr("Six sheets to filter and analyse"))
        self.kh14_button = QPushButton(self.tr("Export signed consolidated file (.kh14)…"))
        self.kh14_button.setToolTip(self.tr(
            "Every unit's report in one signed file that the next level imports"))
        self.output_label = QLabel()
        self.output_label.setWordWrap(True)
        self.open_file_button = QPushButton(self.tr("Open file"))
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        opened = QHBoxLayout()
        opened.addWidget(self.open_file_button)
        opened.addWidget(self.open_folder_button)
        opened.addStretch(1)
        export_box = QGroupBox(self.tr("Consolidated report"))
        export_layout = QVBoxLayout(export_box)
        export_layout.addLayout(form)
        for button in (self.pdf_button, self.xlsx_button, self.kh14_button):
            export_layout.addWidget(button)
        export_layout.addWidget(self.output_label)
        export_layout.addLayout(opened)
        export_layout.addStretch(1)

        lower = QHBoxLayout()
        lower.addWidget(totals_box, 3)
        lower.addWidget(export_box, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(cards)
        layout.addLayout(lower, 1)

        self.pdf_button.clicked.connect(lambda: self.export(".pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export(".xlsx"))
        self.kh14_button.clicked.connect(lambda: self.export(".kh14"))
        self.open_file_button.clicked.connect(self.open_file)
        self.open_folder_button.clicked.connect(self.open_folder)
        data.changed.connect(self.refresh)
        self._show_output()

    def showEvent(self, event: QShowEvent) -> None:
        self.data.ensure_loaded()
        super().showEvent(event)

    def refresh(self) -> None:
        snapshot = self.data.snapshot
        if snapshot is None:
            return
        c = snapshot.consolidation
        reports = c.reports
        self.reported_card.set_value(f"{len(reports)}/{len(c.reporting)}")
        self.activities_card.set_value(format_number(sum(
            len(task.activities) for received in reports for task in received.report.tasks)))
        self.difficulties_card.set_value(str(len(c.difficulties)))
        self.proposals_card.set_value(str(len(c.proposals)))
        self.totals.set_totals(indicators_of(c))
        self._update_buttons()

    # writing ------------------------------------------------------------------------------------
    def export(self, suffix: str) -> Job | None:
        """Ask where, then write the PDF, workbook or signed file in the background."""
        if self.job is not None:
            return None
        passphrase = self.passphrase.text()
        if suffix == ".kh14" and not passphrase:
            show_error(self, self.tr("Signed consolidated file"), self.tr(
                "Type the passphrase of this PC's signing key first: the file is signed with "
                "it."))
            self.passphrase.setFocus()
            return None
        year = self.plan.year
        title, file_filter, name = {
            ".pdf": (self.tr("Export the consolidated report as PDF"),
                     self.tr("PDF documents (*.pdf)"), f"bao-cao-tong-hop-{year}.pdf"),
            ".xlsx": (self.tr("Export the consolidated workbook"),
                      self.tr("Excel workbooks (*.xlsx)"), f"tong-hop-{year}.xlsx"),
            ".kh14": (self.tr("Export the signed consolidated file"),
                      self.tr("Report files (*.kh14)"), f"tong-hop-{year}.kh14"),
        }[suffix]
        target = file_choosers.choose_output(self, self.installation, title, file_filter, name)
        if target is None:
            return None
        signer, number = self.signer.text().strip(), self.number.text().strip() or None
        self.installation.store.set_setting(SIGNER_SETTING, signer)

        def write(installation: Installation, _progress: Progress) -> ConsolidatedOutput:
            return write_consolidated(installation, target, passphrase, signer, number)

        # a signed file takes the next export number: it queues behind the imports
        job = self.runner.start_with_installation("consolidate", write, writes=True)
        self.job = job
        self.passphrase.clear()
        busy = QProgressDialog(self.tr("Writing {name}…").format(name=target.name), "", 0, 0,
                               self)
        busy.setCancelButton(None)  # a half-written output is never left: nothing to stop
        busy.setWindowTitle(title)
        busy.setWindowModality(Qt.WindowModality.WindowModal)
        busy.setMinimumDuration(300)
        job.ended.connect(busy.reset)
        job.ended.connect(busy.deleteLater)
        job.finished.connect(self._written)
        job.failed.connect(lambda error: self._failed(title, error))
        job.ended.connect(self._job_ended)
        self._update_buttons()
        return job

    def _written(self, output: ConsolidatedOutput) -> None:
        self.output = output
        self._show_output()

    def _failed(self, title: str, error: BaseException) -> None:
        failure = describe(error, self.installation, self.tr(
            "The file could not be written because of a fault in the program. No file was "
            "left half written and the received reports are unchanged: try again."),
            logged=True)
        show_error(self, title, failure.text, failure.detail)

    def _job_ended(self) -> None:
        self.job = None
        self._update_buttons()

    def _update_buttons(self) -> None:
        snapshot = self.data.snapshot
        ready = self.job is None and snapshot is not None and bool(
            snapshot.consolidation.reports)
        for button in (self.pdf_button, self.xlsx_button, self.kh14_button):
            button.setEnabled(ready)
        if snapshot is not None and not snapshot.consolidation.reports:
            self.output_label.setText(self.tr(
                "No report imported yet: import the units' files first (Import page)."))

    def _show_output(self) -> None:
        output = self.output
        if output is not None:
            text = self.tr("Written: {path} ({count} units' reports).").format(
                path=output.path, count=output.reported)
            if output.fingerprint:
                text += " " + self.tr("Signed with key {fingerprint}.").format(
                    fingerprint=output.fingerprint)
            self.output_label.setText(text)
        self.open_file_button.setVisible(output is not None)
        self.open_folder_button.setVisible(output is not None)

    # opening ------------------------------------------------------------------------------------
    def open_file(self) -> None:
        if self.output is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.output.path)))

    def open_folder(self) -> None:
        if self.output is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.output.path).parent)))
