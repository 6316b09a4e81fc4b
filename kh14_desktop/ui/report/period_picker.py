"""Choosing the report period: the year, a quarter, 6 or 9 months, or any range of days."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from kh14_desktop.domain.dates import format_date
from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.period import ReportPeriod, custom_period, period_choices
from kh14_desktop.domain.plan import Plan

CUSTOM = "custom"


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class PeriodPicker(QWidget):
    """A list of the usual periods; "another range" shows two dates (dd/mm/yyyy)."""

    changed = Signal()

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.choices = period_choices(plan)
        self.combo = QComboBox()
        for choice in self.choices:
            self.combo.addItem(self._describe(choice), choice.key)
        self.combo.addItem(self.tr("Another range of days…"), CUSTOM)
        self.start_edit = self._date_edit(plan.period_start)
        self.end_edit = self._date_edit(plan.period_end)
        self.dash = QLabel("–")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.start_edit)
        layout.addWidget(self.dash)
        layout.addWidget(self.end_edit)
        self.setFocusProxy(self.combo)
        self.combo.currentIndexChanged.connect(self._combo_changed)
        self.start_edit.dateChanged.connect(lambda _date: self.changed.emit())
        self.end_edit.dateChanged.connect(lambda _date: self.changed.emit())
        self._show_dates(False)

    def _describe(self, period: ReportPeriod) -> str:
        return f"{period.label[:1].upper()}{period.label[1:]} " \
               f"({format_date(period.start)} – {format_date(period.end)})"

    def _date_edit(self, day: dt.date) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setDateRange(qdate(self.plan.period_start), qdate(self.plan.period_end))
        edit.setDate(qdate(day))
        return edit

    def _show_dates(self, shown: bool) -> None:
        for widget in (self.start_edit, self.dash, self.end_edit):
            widget.setVisible(shown)

    def _combo_changed(self) -> None:
        self._show_dates(self.is_custom())
        self.changed.emit()

    def is_custom(self) -> bool:
        return self.combo.currentData() == CUSTOM

    def period(self) -> ReportPeriod:
        """The chosen period; a range the plan does not cover raises `UserError`."""
        if self.is_custom():
            return custom_period(self.plan, pydate(self.start_edit.date()),
                                 pydate(self.end_edit.date()))
        return self.choices[max(0, self.combo.currentIndex())]

    def period_or_none(self) -> ReportPeriod | None:
        try:
            return self.period()
        except UserError:
            return None

    def set_period(self, period: ReportPeriod) -> None:
        index = self.combo.findData(period.key)
        if index >= 0:
            self.combo.setCurrentIndex(index)
            return
        self.start_edit.setDate(qdate(period.start))
        self.end_edit.setDate(qdate(period.end))
        self.combo.setCurrentIndex(self.combo.findData(CUSTOM))

    def set_custom_range(self, start: dt.date, end: dt.date) -> None:
        self.combo.setCurrentIndex(self.combo.findData(CUSTOM))
        self.start_edit.setDate(qdate(start))
        self.end_edit.setDate(qdate(end))
