"""A provincial plan as data: its document, units, unit groups, indicators and tasks.

A task names its units the way the plan's text does ("Các sở, ban, ngành; Báo Yên Bái…"):
an `Assignment` keeps that original text and the `UnitRef`s it was read as. Resolving a
reference turns a group into its member units, so every clause ends in concrete units or,
for open clauses ("các cơ quan, đơn vị có liên quan"), in none.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from kh14_desktop.domain.text import fold, sort_key


class Role(StrEnum):
    """What a unit does in a task."""

    LEAD = "lead"  # đơn vị thực hiện / chủ trì / the organisation a part IV duty is given to
    COOPERATING = "cooperating"  # đơn vị phối hợp


class UnitKind(StrEnum):
    DEPARTMENT = "department"  # sở, ban, ngành cấp tỉnh
    DISTRICT = "district"  # UBND huyện, thị xã, thành phố
    PROVINCE = "province"  # UBND tỉnh and its office
    PARTY = "party"  # bodies of the provincial Party Committee
    PRESS = "press"  # newspapers, broadcasters
    COUNCIL = "council"  # coordinating councils
    ASSOCIATION = "association"  # hội
    CENTRE = "centre"  # public service centres


@dataclass(frozen=True)
class Unit:
    id: str
    name: str  # full official name, e.g. "UBND huyện Văn Yên"
    short_name: str  # for tables, e.g. "Văn Yên"
    kind: UnitKind
    aliases: tuple[str, ...] = ()
    parent_name: str = ""  # tên cơ quan chủ quản, printed above the name on documents
    place: str = ""  # địa danh printed on the unit's documents ("Văn Yên")
    symbol: str = ""  # abbreviation used in document numbers ("UBND", "STTTT")
    party_body: bool = False  # the People's Committee can only request ("Đề nghị") its work

    @cached_property
    def search_text(self) -> str:
        return fold(" ".join((self.id, self.name, self.short_name, *self.aliases)))


@dataclass(frozen=True)
class UnitGroup:
    id: str
    name: str
    members: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class UnitRef:
    """One unit, one group, or an open clause, as a clause of the plan names it."""

    text: str  # the words of the plan this reference was read from
    unit: str | None = None
    group: str | None = None
    open: bool = False  # "các cơ quan, đơn vị có liên quan": names no concrete unit
    requested: bool = False  # "Đề nghị …": asked of a body outside the committee's authority
    conditional: bool = False  # applies only to those the condition picks out
    condition: str = ""  # the condition in the plan's words


@dataclass(frozen=True)
class Assignment:
    """Who a task is given to, in the plan's words and as references."""

    label: str  # "Đơn vị thực hiện", "Đơn vị chủ trì", "Đơn vị phối hợp"
    text: str  # the plan's original list, verbatim
    refs: tuple[UnitRef, ...]


@dataclass(frozen=True)
class Indicator:
    """A figure an officer counts, summed over a task's activities."""

    key: str
    name: str
    name_en: str
    measure: str  # "cuộc", "lượt người", "tin, bài"
    measure_en: str

    def label(self, lang: str) -> str:
        return self.name_en if lang == "en" else self.name

    def measure_label(self, lang: str) -> str:
        return self.measure_en if lang == "en" else self.measure


@dataclass(frozen=True)
class Section:
    """A heading that groups tasks (part II item 3, part IV item 1)."""

    code: str
    title: str
    content: str = ""


@dataclass(frozen=True)
class Task:
    code: str  # "II.3.2", "IV.1.4"
    part: str  # "II" (nội dung) or "IV" (tổ chức thực hiện)
    number: str  # as printed in the plan: "3.2", "1"
    title: str
    content: str
    lead: Assignment
    cooperating: Assignment | None
    indicators: tuple[str, ...]
    section: str | None = None  # code of the heading it sits under
    keywords: tuple[str, ...] = ()  # words people search by that the text lacks ("đào tạo")

    @cached_property
    def search_text(self) -> str:
        """Folded code, title, content and keywords: what a task search looks in."""
        return fold(" ".join((self.code, self.title, self.content, *self.keywords)))


@dataclass(frozen=True)
class Signer:
    authority: str  # "KT. CHỦ TỊCH"
    title: str  # "PHÓ CHỦ TỊCH"
    name: str


@dataclass(frozen=True)
class PlanDocument:
    number: str  # "14/KH-UBND"
    date: dt.date
    place: str
    issuer: str  # "Ủy ban nhân dân tỉnh Yên Bái"
    issuer_short: str  # "UBND tỉnh Yên Bái"
    kind: str  # "KẾ HOẠCH"
    title: str
    signer: Signer
    recipients: tuple[str, ...]
    legal_bases: tuple[str, ...]
    purposes: tuple[str, ...]
    requirements: tuple[str, ...]
    funding: str
    closing: str


@dataclass(frozen=True)
class ReportRule:
    deadline: dt.date
    recipient: str  # unit id
    text: str  # the plan's own words about the report


@dataclass(frozen=True)
class UnitTask:
    """A task as one unit sees it."""

    task: Task
    role: Role
    requested: bool = False
    conditional: bool = False


@dataclass(frozen=True)
class Plan:
    id: str
    format_version: int
    name: str  # short name for lists: "Kế hoạch 14/KH-UBND (Yên Bái, 2024)"
    province: str
    year: int
    period_start: dt.date
    period_end: dt.date
    document: PlanDocument
    report: ReportRule
    units: tuple[Unit, ...]
    groups: tuple[UnitGroup, ...]
    indicators: tuple[Indicator, ...]
    sections: tuple[Section, ...]
    tasks: tuple[Task, ...]
    source: str = field(default="", compare=False)  # the file it was read from

    # lookups ---------------------------------------------------------------------------------
    @cached_property
    def _units_by_id(self) -> dict[str, Unit]:
        return {unit.id: unit for unit in self.units}

    @cached_property
    def _groups_by_id(self) -> dict[str, UnitGroup]:
        return {group.id: group for group in self.groups}

    @cached_property
    def _tasks_by_code(self) -> dict[str, Task]:
        return {task.code: task for task in self.tasks}

    @cached_property
    def _indicators_by_key(self) -> dict[str, Indicator]:
        return {indicator.key: indicator for indicator in self.indicators}

    @cached_property
    def _sections_by_code(self) -> dict[str, Section]:
        return {section.code: section for section in self.sections}

    def unit(self, unit_id: str) -> Unit:
        return self._units_by_id[unit_id]

    def has_unit(self, unit_id: str) -> bool:
        return unit_id in self._units_by_id

    def unit_name(self, unit_id: str) -> str:
        """The unit's name; its id when the plan does not know it (a file from elsewhere)."""
        unit = self._units_by_id.get(unit_id)
        return unit.name if unit is not None else unit_id

    def group(self, group_id: str) -> UnitGroup:
        return self._groups_by_id[group_id]

    def task(self, code: str) -> Task:
        return self._tasks_by_code[code]

    def has_task(self, code: str) -> bool:
        return code in self._tasks_by_code

    def indicator(self, key: str) -> Indicator:
        return self._indicators_by_key[key]

    def section(self, code: str) -> Section:
        return self._sections_by_code[code]

    def task_indicators(self, task: Task) -> tuple[Indicator, ...]:
        return tuple(self.indicator(key) for key in task.indicators)

    @property
    def recipient(self) -> Unit:
        return self.unit(self.report.recipient)

    def sorted_units(self) -> list[Unit]:
        """Units in Vietnamese alphabetical order of their names."""
        return sorted(self.units, key=lambda unit: sort_key(unit.name))

    # resolution ------------------------------------------------------------------------------
    def resolve(self, ref: UnitRef) -> tuple[str, ...]:
        """The concrete unit ids a reference stands for (none for an open clause)."""
        if ref.unit is not None:
            return (ref.unit,)
        if ref.group is not None:
            return self._groups_by_id[ref.group].members
        return ()

    def resolve_assignment(self, assignment: Assignment | None) -> tuple[str, ...]:
        """Unit ids named by an assignment, each once, in the order the plan names them."""
        if assignment is None:
            return ()
        seen: dict[str, None] = {}
        for ref in assignment.refs:
            for unit_id in self.resolve(ref):
                seen.setdefault(unit_id)
        return tuple(seen)

    def lead_units(self, task: Task) -> tuple[str, ...]:
        return self.resolve_assignment(task.lead)

    def cooperating_units(self, task: Task) -> tuple[str, ...]:
        """Cooperating units, without those that already lead the task."""
        leads = set(self.lead_units(task))
        return tuple(u for u in self.resolve_assignment(task.cooperating) if u not in leads)

    @cached_property
    def _assignments_by_unit(self) -> dict[str, list[UnitTask]]:
        table: dict[str, list[UnitTask]] = {unit.id: [] for unit in self.units}
        for task in self.tasks:
            placed: set[str] = set()
            for role, assignment in ((Role.LEAD, task.lead), (Role.COOPERATING, task.cooperating)):
                if assignment is None:
                    continue
                flags: dict[str, tuple[bool, bool]] = {}
                for ref in assignment.refs:
                    for unit_id in self.resolve(ref):
                        requested, conditional = flags.get(unit_id, (True, True))
                        # a unit named both plainly and conditionally is bound plainly
                        flags[unit_id] = (requested and ref.requested,
                                          conditional and ref.conditional)
                for unit_id, (requested, conditional) in flags.items():
                    if unit_id in placed:
                        continue  # lead wins over cooperating
                    placed.add(unit_id)
                    table[unit_id].append(UnitTask(task, role, requested, conditional))
        return table

    def tasks_for(self, unit_id: str) -> list[UnitTask]:
        """The unit's tasks, lead tasks first, each group in plan order."""
        entries = self._assignments_by_unit.get(unit_id, [])
        return [e for e in entries if e.role is Role.LEAD] + [
            e for e in entries if e.role is Role.COOPERATING
        ]

    def role_of(self, task: Task, unit_id: str) -> UnitTask | None:
        for entry in self._assignments_by_unit.get(unit_id, []):
            if entry.task.code == task.code:
                return entry
        return None

    def adoptable_tasks(self, unit_id: str) -> list[Task]:
        """Tasks with an open clause ("các cơ quan, đơn vị có liên quan") that the plan does
        not give this unit: an office that took part may add them to its own list."""
        assigned = {entry.task.code for entry in self._assignments_by_unit.get(unit_id, [])}
        return [task for task in self.tasks if task.code not in assigned and any(
            ref.open for assignment in (task.lead, task.cooperating) if assignment
            for ref in assignment.refs)]

    def reporting_units(self) -> list[Unit]:
        """Units the plan expects a report from: every unit with at least one task."""
        return [unit for unit in self.units if self._assignments_by_unit[unit.id]]
