"""What an office did on a task: its status and narrative, and dated activities with figures.

Everything typed by a person is checked here before it reaches the database: a date outside
the plan's period, a negative or non-numeric figure, an indicator the task does not count, an
empty title. Each mistake is a `UserError` that says what to fix.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from kh14_desktop.domain.dates import format_date, parse_date
from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.plan import Plan, Task
from kh14_desktop.domain.text import clean, fold, nfc


class Status(StrEnum):
    NOT_STARTED = "not-started"  # chưa triển khai
    IN_PROGRESS = "in-progress"  # đang triển khai
    DONE = "done"  # hoàn thành
    NOT_APPLICABLE = "not-applicable"  # không phát sinh: the condition never arose


STATUS_ORDER = (Status.NOT_STARTED, Status.IN_PROGRESS, Status.DONE, Status.NOT_APPLICABLE)

# what people type for a status, folded: the values and the Vietnamese words
_STATUS_WORDS = {
    Status.NOT_STARTED: ("not-started", "chua trien khai", "chua"),
    Status.IN_PROGRESS: ("in-progress", "dang trien khai", "dang"),
    Status.DONE: ("done", "hoan thanh", "xong"),
    Status.NOT_APPLICABLE: ("not-applicable", "khong phat sinh", "na"),
}

MAX_TITLE = 500
MAX_TEXT = 50_000
MAX_FIGURE = 10**12  # larger than any count or budget in VND


@dataclass(frozen=True)
class TaskProgress:
    task_code: str
    status: Status = Status.NOT_STARTED
    result: str = ""  # kết quả thực hiện
    difficulties: str = ""  # khó khăn, vướng mắc
    proposals: str = ""  # đề xuất, kiến nghị
    updated_at: str | None = None  # None: never recorded

    @property
    def is_blank(self) -> bool:
        """Nothing said about the task: not started, and every text empty (what was written
        may have been cleared again)."""
        return self.status is Status.NOT_STARTED and not (
            self.result.strip() or self.difficulties.strip() or self.proposals.strip())


@dataclass(frozen=True)
class EvidenceFile:
    """A file attached to an activity, stored once by its SHA-256."""

    id: int
    sha256: str
    original_name: str
    size: int


@dataclass(frozen=True)
class Activity:
    id: int
    task_code: str
    day: dt.date
    title: str
    description: str
    figures: Mapping[str, int] = field(default_factory=dict)
    evidence: tuple[EvidenceFile, ...] = ()
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class ActivityDraft:
    """A checked activity, ready to be written."""

    task_code: str
    day: dt.date
    title: str
    description: str
    figures: Mapping[str, int]


def parse_status(text: str) -> Status:
    wanted = fold(text)
    for status, words in _STATUS_WORDS.items():
        if wanted in words:
            return status
    raise UserError("progress.bad_status", value=text,
                    choices=", ".join(status.value for status in STATUS_ORDER))


def check_progress(plan: Plan, task: Task, status: Status, result: str, difficulties: str,
                   proposals: str) -> TaskProgress:
    texts = {"result": result, "difficulties": difficulties, "proposals": proposals}
    for name, text in texts.items():
        if len(text) > MAX_TEXT:
            raise UserError(f"progress.too_long.{name}", limit=MAX_TEXT)
    return TaskProgress(task.code, status, nfc(result).strip(), nfc(difficulties).strip(),
                        nfc(proposals).strip())


def parse_figure_text(text: str) -> int:
    """A figure as typed: digits, with optional thousands separators ("1.200", "1 200")."""
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "")
    if cleaned.startswith("-"):
        raise UserError("activity.negative_figure", value=text)
    digits = cleaned.replace(".", "").replace(",", "")
    if not digits.isdigit() or not digits.isascii():
        raise UserError("activity.bad_figure", value=text)
    return int(digits)


def parse_figure_assignment(text: str) -> tuple[str, int]:
    """`KEY=N` from the command line."""
    key, separator, value = text.partition("=")
    if not separator or not key.strip():
        raise UserError("activity.bad_figure_assignment", value=text)
    return key.strip(), parse_figure_text(value)


def parse_day(text: str) -> dt.date:
    try:
        return parse_date(text)
    except ValueError as exc:
        raise UserError("activity.bad_date", value=text) from exc


def check_activity(plan: Plan, task: Task, day: dt.date, title: str, description: str,
                   figures: Mapping[str, int]) -> ActivityDraft:
    if not plan.period_start <= day <= plan.period_end:
        raise UserError("activity.date_outside", date=format_date(day),
                        start=format_date(plan.period_start), end=format_date(plan.period_end))
    title = clean(title)
    if not title:
        raise UserError("activity.title_missing")
    if len(title) > MAX_TITLE:
        raise UserError("activity.title_too_long", limit=MAX_TITLE)
    description = nfc(description).strip()
    if len(description) > MAX_TEXT:
        raise UserError("progress.too_long.description", limit=MAX_TEXT)
    checked: dict[str, int] = {}
    for key, value in figures.items():
        if key not in task.indicators:
            raise UserError("activity.unknown_indicator", key=key, task=task.code,
                            choices=", ".join(task.indicators))
        if isinstance(value, bool) or not isinstance(value, int):
            raise UserError("activity.bad_figure", value=str(value))
        if value < 0:
            raise UserError("activity.negative_figure", value=str(value))
        if value > MAX_FIGURE:
            raise UserError("activity.figure_too_large", value=str(value))
        if value:
            checked[key] = value
    return ActivityDraft(task.code, day, title, description, checked)
