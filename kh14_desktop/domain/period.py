"""Report periods: the plan's year by default, or a quarter, 6 or 9 months, or any range."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kh14_desktop.domain.dates import format_date, parse_date
from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.plan import Plan


@dataclass(frozen=True)
class ReportPeriod:
    start: dt.date
    end: dt.date
    key: str  # "year", "q3", "h1", "m9", or "2024-03-01..2024-05-31"
    label: str  # Vietnamese, as printed: "năm 2024", "quý III năm 2024", "6 tháng đầu năm 2024"

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    @property
    def is_annual(self) -> bool:
        return self.key == "year"


_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
_RANGE = re.compile(r"^\s*(\S+)\s*(?:\.\.|–|—| - )\s*(\S+)\s*$")


def _month_end(year: int, month: int) -> dt.date:
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def period_choices(plan: Plan) -> list[ReportPeriod]:
    """The periods an office usually reports on, the annual report first."""
    year = plan.year
    start = plan.period_start
    return [
        annual_period(plan),
        *(ReportPeriod(dt.date(year, 3 * q - 2, 1), _month_end(year, 3 * q), f"q{q}",
                       f"quý {_ROMAN[q]} năm {year}") for q in range(1, 5)),
        ReportPeriod(start, _month_end(year, 6), "h1", f"6 tháng đầu năm {year}"),
        ReportPeriod(start, _month_end(year, 9), "m9", f"9 tháng đầu năm {year}"),
    ]


def annual_period(plan: Plan) -> ReportPeriod:
    return ReportPeriod(plan.period_start, plan.period_end, "year", f"năm {plan.year}")


def parse_period(plan: Plan, text: str | None) -> ReportPeriod:
    """`year`, `q1`…`q4`, `h1`, `m9`, or `START..END` (dates as YYYY-MM-DD or dd/mm/yyyy)."""
    if not text:
        return annual_period(plan)
    wanted = text.strip().lower()
    for choice in period_choices(plan):
        if choice.key == wanted:
            return choice
    match = _RANGE.match(text)
    if match is None:
        raise UserError("period.bad", value=text)
    try:
        start, end = parse_date(match.group(1)), parse_date(match.group(2))
    except ValueError as exc:
        raise UserError("period.bad", value=text) from exc
    return custom_period(plan, start, end)


def custom_period(plan: Plan, start: dt.date, end: dt.date) -> ReportPeriod:
    if start > end:
        raise UserError("period.reversed", start=format_date(start), end=format_date(end))
    if start < plan.period_start or end > plan.period_end:
        raise UserError("period.outside", start=format_date(plan.period_start),
                        end=format_date(plan.period_end))
    for choice in period_choices(plan):
        if (choice.start, choice.end) == (start, end):
            return choice
    return ReportPeriod(start, end, f"{start.isoformat()}..{end.isoformat()}",
                        f"từ ngày {format_date(start)} đến ngày {format_date(end)}")
