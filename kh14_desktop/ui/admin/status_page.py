"""The "Who reported" page: counts on top, then every unit the plan expects a report from."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kh14_desktop.domain.dates import days_until, format_date
from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.received import ClockWarning, ReportingState, UnitReportStatus
from kh14_desktop.services.installation import Installation
from kh14_desktop.ui.admin.labels import (
    DANGER,
    GOOD,
    REPORTING_COLOURS,
    WARNING,
    reporting_label,
)
from kh14_desktop.ui.admin.set_aside_dialog import SetAsideDialog
from kh14_desktop.ui.admin.snapshot import AdminData
from kh14_desktop.ui.admin.status_model import (
    CLOCK_FILTER,
    COL_EXPORTED,
    COL_FINGERPRINT,
    COL_IMPORTED,
    COL_SEQUENCE,
    COL_STATE,
    COL_UNIT,
    ROW_ROLE,
    ReportingStatusFilter,
    ReportingStatusModel,
)
from kh14_desktop.ui.admin.widgets import table_view
from kh14_desktop.ui.dialogs import show_error
from kh14_desktop.ui.i18n import current_language
from kh14_desktop.ui.jobs import Job
from kh14_desktop.ui.overview_page import Card

SEARCH_DELAY_MS = 150


class StatusPage(QWidget):
    def __init__(self, data: AdminData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data

        self.state_cards: dict[ReportingState, Card] = {}
        cards = QHBoxLayout()
        cards.setSpacing(8)
        for state in ReportingState:
            card = Card(reporting_label(state), REPORTING_COLOURS[state])
            card.setToolTip(self.tr("Show only these units"))
            card.clicked.connect(lambda s=state: self.set_state_filter(s))
            self.state_cards[state] = card
            cards.addWidget(card, 1)
        self.clock_card = Card(self.tr("clock warnings"), WARNING)
        self.clock_card.setToolTip(self.tr(
            "Reports whose signed export time and import time cannot both be right"))
        self.clock_card.clicked.connect(lambda: self.set_state_filter(CLOCK_FILTER))
        self.deadline_card = Card("", GOOD, clickable=False)
        cards.addWidget(self.clock_card, 1)
        cards.addWidget(self.deadline_card, 1)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search units (accents optional)…"))
        self.search.setClearButtonEnabled(True)
        self.state_filter = QComboBox()
        self.state_filter.addItem(self.tr("All units"), None)
        for state in ReportingState:
            self.state_filter.addItem(reporting_label(state), state)
        self.state_filter.addItem(self.tr("⚠ Clock warnings"), CLOCK_FILTER)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.state_filter)

        self.model = ReportingStatusModel(self)
        self.proxy = ReportingStatusFilter(self.model, self)
        self.table = table_view(self.proxy)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_UNIT, QHeaderView.ResizeMode.Stretch)
        for column in (COL_STATE, COL_EXPORTED, COL_IMPORTED, COL_SEQUENCE, COL_FINGERPRINT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the plan's order first
        self.table.setSortingEnabled(True)
        self.count_label = QLabel()
        self.empty_label = QLabel(self.tr("No unit matches. Clear the search box or choose "
                                          "“All units”."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color:#555")
        self.empty_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(cards)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        self.review_label = QLabel()
        self.review_label.setWordWrap(True)
        self.review_label.setStyleSheet(f"color:{WARNING}")
        self.review_label.hide()
        layout.addWidget(self.review_label)
        self.set_aside_button = QPushButton(self.tr("Set aside the report…"))
        self.set_aside_button.setToolTip(self.tr(
            "A report accepted wrongly (forged, or vouched for by the wrong admin) stops being "
            "counted; the unit's next genuine report takes its place."))
        self.set_aside_button.setEnabled(False)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label, 1)
        footer.addWidget(self.set_aside_button)
        layout.addLayout(footer)
        self.set_aside_dialog: SetAsideDialog | None = None

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.search.returnPressed.connect(self.apply_filters)
        self.state_filter.currentIndexChanged.connect(self.apply_filters)
        data.changed.connect(self.refresh)
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_args: self.set_aside_button.setEnabled(self.selected_report() is not None))
        self.set_aside_button.clicked.connect(self.set_aside_selected)

    def showEvent(self, event: QShowEvent) -> None:
        self.data.ensure_loaded()
        super().showEvent(event)

    def refresh(self) -> None:
        snapshot = self.data.snapshot
        if snapshot is None:
            return
        c = snapshot.consolidation
        self.model.set_rows(c.reporting)
        self.review_label.setText("\n".join(f"⚠ {note}" for note in snapshot.review))
        self.review_label.setVisible(bool(snapshot.review))
        for state, card in self.state_cards.items():
            card.set_value(str(c.count(state)))
        clocks = sum(1 for row in c.reporting if row.clock is not ClockWarning.NONE)
        self.clock_card.set_value(str(clocks))
        self.clock_card.setVisible(clocks > 0)
        days = days_until(c.deadline, c.today)
        deadline = format_date(c.deadline)
        if days >= 0:
            caption = self.tr("days left until the deadline ({date})").format(date=deadline)
            colour = GOOD if days > 14 else WARNING
        else:
            caption = self.tr("days since the deadline ({date})").format(date=deadline)
            colour = DANGER
        self.deadline_card.set_value(str(abs(days)), caption)
        self.deadline_card.number.setStyleSheet(
            f"font-size: 20pt; font-weight: bold; color: {colour}")
        self.deadline_card.setStyleSheet(
            f"#card {{ border: 1px solid #c8c8c8; border-left: 5px solid {colour};"
            " border-radius: 4px; background: palette(base); }")
        self.apply_filters()

    def set_state_filter(self, state: ReportingState | str | None) -> None:
        self.state_filter.setCurrentIndex(max(0, self.state_filter.findData(state)))

    def apply_filters(self) -> None:
        self.search_timer.stop()
        self.proxy.set_filter(self.state_filter.currentData(), self.search.text())
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(self.tr("{shown} of {total} units").format(
            shown=shown, total=total) if shown != total else
            self.tr("{total} units").format(total=total))
        self.table.setVisible(shown > 0 or total == 0)
        self.empty_label.setVisible(shown == 0 and total > 0)

    # setting a report aside ------------------------------------------------------------------
    def selected_report(self) -> UnitReportStatus | None:
        row = self.table.currentIndex().data(ROW_ROLE)
        return row if isinstance(row, UnitReportStatus) and row.received is not None else None

    def set_aside_selected(self) -> SetAsideDialog | None:
        row = self.selected_report()
        if row is None or row.received is None or self.set_aside_dialog is not None:
            return None
        dialog = SetAsideDialog.for_report(row.unit.name, row.received.sequence, self)
        dialog.accepted.connect(lambda: self._set_aside(
            row.unit.id, dialog.reason.text(),
            row.received.package_sha256 if dialog.with_key.isChecked() else ""))
        dialog.finished.connect(self._set_aside_closed)
        self.set_aside_dialog = dialog
        dialog.open()
        return dialog

    def _set_aside_closed(self) -> None:
        self.set_aside_dialog = None

    def _set_aside(self, unit_id: str, reason: str, with_key_of: str = "") -> Job:
        """Set the unit's report aside; with `with_key_of` (its package), the key that signed
        or vouched for that report too, with all it brought."""
        from kh14_desktop.services.admin_actions import followed_period
        from kh14_desktop.services.revocation import revoke_key_of_report, revoke_unit_report

        def work(installation: Installation, _progress: object) -> object:
            if with_key_of:
                return revoke_key_of_report(installation, with_key_of, reason)
            return revoke_unit_report(installation, unit_id, reason,
                                      followed_period(installation))

        job = self.data.runner.start_with_installation("set aside a report", work, writes=True)
        job.failed.connect(lambda error: show_error(
            self, self.tr("Set aside the report"),
            error.message(current_language()) if isinstance(error, UserError) else str(error)))
        job.ended.connect(self.data.reload)
        return job

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
