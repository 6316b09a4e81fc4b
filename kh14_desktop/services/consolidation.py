"""The admin's consolidation of the offices' reports: one value that every output reads.

`consolidate` turns the plan and each unit's latest received report into plain frozen data:
counts by status per task (lead and cooperating units apart), figures summed per task and
overall, who has reported, the units × tasks matrix, and the difficulties and proposals by
unit. The consolidated PDF, the Excel workbook and the admin window all read this one value,
so they can never disagree about a count.

A unit is counted where its report puts it: a task it reported outside its assignment is
counted under that task, in the role its report gives. Nothing a signed report states is
dropped, so the overall totals are always the sum of the reports' totals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from kh14_desktop.domain.plan import Plan, Role, Task, Unit, UnitKind
from kh14_desktop.domain.progress import Status
from kh14_desktop.domain.received import (
    ReceivedReport,
    ReportingState,
    UnitReportStatus,
    clock_warning,
    exported_on,
    reporting_status,
)
from kh14_desktop.domain.report import IndicatorEntry, TaskEntry
from kh14_desktop.domain.text import sort_key


class CellState(StrEnum):
    """What the matrix shows for one unit and one task (the first four are `Status` values)."""

    DONE = "done"
    IN_PROGRESS = "in-progress"
    NOT_STARTED = "not-started"
    NOT_APPLICABLE = "not-applicable"
    NOT_REPORTED = "not-reported"  # assigned, but no report (or the report left it out)
    NOT_ASSIGNED = "not-assigned"

    @classmethod
    def of(cls, status: Status) -> CellState:
        return cls(status.value)


# the order counts are printed in, best news first
COUNTED_STATES = (CellState.DONE, CellState.IN_PROGRESS, CellState.NOT_STARTED,
                  CellState.NOT_APPLICABLE, CellState.NOT_REPORTED)

# fill colours (RGB hex) shared by the workbook and the admin window, so both read alike
STATE_COLOURS: dict[CellState, str] = {
    CellState.DONE: "C6EFCE",
    CellState.IN_PROGRESS: "FFEB9C",
    CellState.NOT_STARTED: "FFC7CE",
    CellState.NOT_APPLICABLE: "DDEBF7",
    CellState.NOT_REPORTED: "D9D9D9",
    CellState.NOT_ASSIGNED: "FFFFFF",
}


@dataclass(frozen=True)
class StatusCounts:
    """How many units of one role stand where on one task."""

    done: int = 0
    in_progress: int = 0
    not_started: int = 0
    not_applicable: int = 0
    not_reported: int = 0

    @classmethod
    def from_states(cls, states: list[CellState]) -> StatusCounts:
        return cls(*(states.count(state) for state in COUNTED_STATES))

    def of(self, state: CellState) -> int:
        return dict(zip(COUNTED_STATES, self.as_tuple(), strict=True)).get(state, 0)

    def as_tuple(self) -> tuple[int, int, int, int, int]:
        return (self.done, self.in_progress, self.not_started, self.not_applicable,
                self.not_reported)

    @property
    def units(self) -> int:
        return sum(self.as_tuple())

    @property
    def reported(self) -> int:
        return self.units - self.not_reported


@dataclass(frozen=True)
class TaskSummary:
    code: str
    title: str
    task: Task | None  # None for a code a report carries that the plan does not know
    lead: StatusCounts
    cooperating: StatusCounts
    totals: Mapping[str, int]  # summed over every unit's report, in the plan's indicator order


@dataclass(frozen=True)
class MatrixCell:
    unit: Unit
    task_code: str
    state: CellState
    role: Role | None  # the role the unit's report gives, else the plan's; None if unassigned
    entry: TaskEntry | None  # what the unit reported on the task: narrative, activities, figures


@dataclass(frozen=True)
class Matrix:
    """Units (rows, in the order of the who-reported table) × tasks (columns, plan order)."""

    units: tuple[Unit, ...]
    task_codes: tuple[str, ...]
    rows: tuple[tuple[MatrixCell, ...], ...]

    def cell(self, unit_id: str, task_code: str) -> MatrixCell:
        row = next(i for i, unit in enumerate(self.units) if unit.id == unit_id)
        return self.rows[row][self.task_codes.index(task_code)]


@dataclass(frozen=True)
class TaskNote:
    code: str
    title: str
    text: str


@dataclass(frozen=True)
class UnitNotes:
    """One unit's difficulties (or proposals): its general text, then task by task."""

    unit: Unit
    general: str
    tasks: tuple[TaskNote, ...]


@dataclass(frozen=True)
class Consolidation:
    plan: Plan
    period_label: str
    today: dt.date
    tasks: tuple[TaskSummary, ...]
    reporting: tuple[UnitReportStatus, ...]  # every expected unit, and any other that reported
    matrix: Matrix
    difficulties: tuple[UnitNotes, ...]  # units in Vietnamese alphabetical order
    proposals: tuple[UnitNotes, ...]
    totals: Mapping[str, int]
    indicators: tuple[IndicatorEntry, ...]  # the plan's, then any only a report names

    @property
    def deadline(self) -> dt.date:
        return self.plan.report.deadline

    @property
    def deadline_passed(self) -> bool:
        return self.today > self.deadline

    def count(self, state: ReportingState) -> int:
        return sum(1 for row in self.reporting if row.state is state)

    @property
    def on_time(self) -> int:
        return self.count(ReportingState.ON_TIME)

    @property
    def late(self) -> int:
        return self.count(ReportingState.LATE)

    @property
    def missing(self) -> int:
        return self.count(ReportingState.MISSING)

    @property
    def reports(self) -> tuple[ReceivedReport, ...]:
        """The received reports, in the order of the who-reported table."""
        return tuple(row.received for row in self.reporting if row.received is not None)

    def indicator(self, key: str) -> IndicatorEntry:
        for entry in self.indicators:
            if entry.key == key:
                return entry
        return IndicatorEntry(key, key, "")


def consolidate(plan: Plan, latest: dict[str, ReceivedReport], period_label: str,
                today: dt.date) -> Consolidation:
    """Consolidate each unit's latest report (`latest`: unit id → report) for one period."""
    reporting = _reporting_rows(plan, latest)
    indicators = _indicators(plan, latest.values())
    order = {entry.key: index for index, entry in enumerate(indicators)}
    task_codes = [task.code for task in plan.tasks]
    extra_codes = sorted({entry.code for received in latest.values()
                          for entry in received.report.tasks} - set(task_codes))
    task_codes.extend(extra_codes)
    rows = tuple(_matrix_row(plan, row, task_codes) for row in reporting)
    summaries = tuple(_task_summary(plan, code, [row[i] for row in rows], order, latest)
                      for i, code in enumerate(task_codes))
    totals: dict[str, int] = {}
    for received in latest.values():
        for key, value in received.report.totals().items():
            totals[key] = totals.get(key, 0) + value
    by_name = sorted((row for row in reporting if row.received is not None),
                     key=lambda row: sort_key(row.unit.name))
    return Consolidation(
        plan=plan, period_label=period_label, today=today, tasks=summaries,
        reporting=tuple(reporting),
        matrix=Matrix(tuple(row.unit for row in reporting), tuple(task_codes), rows),
        difficulties=_notes(by_name, "difficulties", "general_difficulties"),
        proposals=_notes(by_name, "proposals", "general_proposals"),
        totals=_ordered(totals, order), indicators=indicators)


def _reporting_rows(plan: Plan, latest: dict[str, ReceivedReport]) -> list[UnitReportStatus]:
    rows = reporting_status(plan, latest)
    listed = {row.unit.id for row in rows}
    plan_order = {unit.id: index for index, unit in enumerate(plan.units)}
    others = sorted((unit_id for unit_id in latest if unit_id not in listed),
                    key=lambda unit_id: (plan_order.get(unit_id, len(plan_order)), unit_id))
    for unit_id in others:
        # a unit without assignment that reported anyway (open clauses), or one the plan
        # does not know: its signed figures must still count
        received = latest[unit_id]
        unit = plan.unit(unit_id) if plan.has_unit(unit_id) else _unknown_unit(received)
        state = (ReportingState.ON_TIME if exported_on(received) <= plan.report.deadline
                 else ReportingState.LATE)
        rows.append(UnitReportStatus(unit, state, received, clock_warning(plan, received)))
    return rows


def _unknown_unit(received: ReceivedReport) -> Unit:
    name = received.report.unit_name
    return Unit(received.unit_id, name, name, UnitKind.DEPARTMENT)


def _indicators(plan: Plan, reports: Iterable[ReceivedReport]) -> tuple[IndicatorEntry, ...]:
    entries = {i.key: IndicatorEntry(i.key, i.name, i.measure) for i in plan.indicators}
    for received in reports:
        for entry in received.report.indicators:
            entries.setdefault(entry.key, entry)
        for key in received.report.totals():
            entries.setdefault(key, IndicatorEntry(key, key, ""))
    return tuple(entries.values())


def _ordered(totals: dict[str, int], order: dict[str, int]) -> dict[str, int]:
    return dict(sorted(totals.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0])))


def _matrix_row(plan: Plan, row: UnitReportStatus,
                task_codes: list[str]) -> tuple[MatrixCell, ...]:
    reported: dict[str, TaskEntry] = {}
    if row.received is not None:
        reported = {entry.code: entry for entry in row.received.report.tasks}
    assigned = {item.task.code: item.role for item in plan.tasks_for(row.unit.id)}
    cells = []
    for code in task_codes:
        entry = reported.get(code)
        if entry is not None:
            cells.append(MatrixCell(row.unit, code, CellState.of(entry.status), entry.role,
                                    entry))
        elif code in assigned:
            cells.append(MatrixCell(row.unit, code, CellState.NOT_REPORTED, assigned[code],
                                    None))
        else:
            cells.append(MatrixCell(row.unit, code, CellState.NOT_ASSIGNED, None, None))
    return tuple(cells)


def _task_summary(plan: Plan, code: str, cells: list[MatrixCell], order: dict[str, int],
                  latest: dict[str, ReceivedReport]) -> TaskSummary:
    task = plan.task(code) if plan.has_task(code) else None
    title = task.title if task is not None else _reported_title(code, latest)
    totals: dict[str, int] = {}
    for cell in cells:
        if cell.entry is not None:
            for key, value in cell.entry.totals.items():
                totals[key] = totals.get(key, 0) + value
    return TaskSummary(
        code=code, title=title, task=task,
        lead=StatusCounts.from_states([c.state for c in cells if c.role is Role.LEAD]),
        cooperating=StatusCounts.from_states(
            [c.state for c in cells if c.role is Role.COOPERATING]),
        totals=_ordered(totals, order))


def _reported_title(code: str, latest: dict[str, ReceivedReport]) -> str:
    for received in latest.values():
        for entry in received.report.tasks:
            if entry.code == code:
                return entry.title
    return code


def _notes(rows: list[UnitReportStatus], attribute: str,
           general_attribute: str) -> tuple[UnitNotes, ...]:
    notes = []
    for row in rows:
        assert row.received is not None
        report = row.received.report
        general = getattr(report, general_attribute).strip()
        tasks = tuple(TaskNote(entry.code, entry.title, getattr(entry, attribute).strip())
                      for entry in report.tasks if getattr(entry, attribute).strip())
        if general or tasks:
            notes.append(UnitNotes(row.unit, general, tasks))
    return tuple(notes)
