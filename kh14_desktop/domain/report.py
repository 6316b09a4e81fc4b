"""The report data an office signs: its tasks, results, activities and figures for a period.

`report.json` inside a `.kh14` package is `ReportData.to_json()`; an importer reads it back
with `parse_report_data`, which checks every field (the package signature already vouched
for the bytes, but a newer or broken writer must still be refused cleanly).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.json_reader import JsonNode
from kh14_desktop.domain.plan import Role
from kh14_desktop.domain.progress import Status
from kh14_desktop.domain.text import clean, nfc

REPORT_SCHEMA = "kh14-report-data"
REPORT_SCHEMA_VERSION = 1
MAX_FIGURE = 10**12


@dataclass(frozen=True)
class EvidenceEntry:
    member: str  # the ASCII name of the file inside the package
    name: str  # the original (Vietnamese) file name
    sha256: str
    size: int


@dataclass(frozen=True)
class ActivityEntry:
    day: dt.date
    title: str
    description: str
    figures: Mapping[str, int]
    evidence: tuple[EvidenceEntry, ...] = ()


@dataclass(frozen=True)
class TaskEntry:
    code: str
    title: str
    role: Role
    requested: bool
    conditional: bool
    status: Status
    result: str
    difficulties: str
    proposals: str
    updated_at: str | None
    activities: tuple[ActivityEntry, ...]
    adopted: bool = False  # taken up through an open clause, not named by the plan

    @property
    def totals(self) -> dict[str, int]:
        """Derived from the activities, never typed twice."""
        sums: dict[str, int] = {}
        for activity in self.activities:
            for key, value in activity.figures.items():
                sums[key] = sums.get(key, 0) + value
        return sums


@dataclass(frozen=True)
class IndicatorEntry:
    key: str
    name: str
    measure: str


@dataclass(frozen=True)
class DocumentInfo:
    """What the head of office signs under: number, place, date, signer, recipients."""

    number: str  # "05/BC-UBND"; may be left blank to be numbered by hand
    place: str
    date: dt.date
    parent_body: str
    issuing_body: str
    signer_authority: tuple[str, ...]  # ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    signer_name: str
    recipients: tuple[str, ...]


@dataclass(frozen=True)
class ReportData:
    plan_id: str
    plan_number: str
    plan_date: dt.date
    plan_title: str
    plan_issuer: str
    unit_id: str
    unit_name: str
    period_start: dt.date
    period_end: dt.date
    period_key: str
    period_label: str
    document: DocumentInfo
    tasks: tuple[TaskEntry, ...]
    indicators: tuple[IndicatorEntry, ...]
    general_difficulties: str = ""
    general_proposals: str = ""
    exported_at: str = ""
    kind: str = "unit-report"
    extra: Mapping[str, Any] = field(default_factory=dict)

    def totals(self) -> dict[str, int]:
        sums: dict[str, int] = {}
        for task in self.tasks:
            for key, value in task.totals.items():
                sums[key] = sums.get(key, 0) + value
        return sums

    def indicator(self, key: str) -> IndicatorEntry:
        for entry in self.indicators:
            if entry.key == key:
                return entry
        return IndicatorEntry(key, key, "")

    def to_json(self) -> bytes:
        return json.dumps(_report_to_dict(self), ensure_ascii=False, indent=1,
                          sort_keys=False).encode("utf-8")


def _report_to_dict(report: ReportData) -> dict[str, Any]:
    document = report.document
    return {
        "schema": REPORT_SCHEMA,
        "schema_version": REPORT_SCHEMA_VERSION,
        "kind": report.kind,
        "plan": {"id": report.plan_id, "number": report.plan_number,
                 "date": report.plan_date.isoformat(), "title": report.plan_title,
                 "issuer": report.plan_issuer},
        "unit": {"id": report.unit_id, "name": report.unit_name},
        "period": {"start": report.period_start.isoformat(),
                   "end": report.period_end.isoformat(), "key": report.period_key,
                   "label": report.period_label},
        "document": {"number": document.number, "place": document.place,
                     "date": document.date.isoformat(), "parent_body": document.parent_body,
                     "issuing_body": document.issuing_body,
                     "signer_authority": list(document.signer_authority),
                     "signer_name": document.signer_name,
                     "recipients": list(document.recipients)},
        "indicators": [{"key": i.key, "name": i.name, "measure": i.measure}
                       for i in report.indicators],
        "tasks": [{
            "code": task.code, "title": task.title, "role": task.role.value,
            "requested": task.requested, "conditional": task.conditional,
            "adopted": task.adopted,
            "status": task.status.value, "result": task.result,
            "difficulties": task.difficulties, "proposals": task.proposals,
            "updated_at": task.updated_at,
            "totals": task.totals,
            "activities": [{
                "date": activity.day.isoformat(), "title": activity.title,
                "description": activity.description, "figures": dict(activity.figures),
                "evidence": [{"member": e.member, "name": e.name, "sha256": e.sha256,
                              "size": e.size} for e in activity.evidence],
            } for activity in task.activities],
        } for task in report.tasks],
        "general": {"difficulties": report.general_difficulties,
                    "proposals": report.general_proposals},
        "exported_at": report.exported_at,
    }


# reading ------------------------------------------------------------------------------------
class ReportDataError(UserError):
    def __init__(self, path: str, reason_code: str, **params: Any) -> None:
        super().__init__("report.data_invalid", path=path, reason_code=reason_code, **params)
        self.path = path
        self.reason_code = reason_code
        self.reason_params = params

    def message(self, lang: str = "vi") -> str:
        from kh14_desktop.domain.messages import render

        reason = render(self.reason_code, lang, **self.reason_params)
        return render("report.data_invalid", lang, path=self.path, reason=reason)


_TOP = frozenset({"schema", "schema_version", "kind", "plan", "unit", "period", "document",
                  "indicators", "tasks", "general", "exported_at"})
_TASK = frozenset({"code", "title", "role", "requested", "conditional", "adopted", "status",
                   "result",
                   "difficulties", "proposals", "updated_at", "totals", "activities"})
_ACTIVITY = frozenset({"date", "title", "description", "figures", "evidence"})
_ROLES = frozenset(role.value for role in Role)
_STATUSES = frozenset(status.value for status in Status)


def parse_report_data(data: bytes) -> ReportData:
    """Read `report.json`; raises ReportDataError (a UserError) with the JSON path."""

    def error(path: str, reason_code: str, **params: Any) -> ReportDataError:
        return ReportDataError(path, reason_code, **params)

    try:
        decoded = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise error("/", "report.not_json", detail=str(exc)[:200]) from exc
    root = JsonNode(decoded, error).object()
    if root.value.get("schema") != REPORT_SCHEMA:
        (root.get("schema") or root).fail("report.wrong_schema", expected=REPORT_SCHEMA)
    version = root["schema_version"].integer(low=1)
    if version > REPORT_SCHEMA_VERSION:
        root["schema_version"].fail("report.newer_schema", version=version,
                                    supported=REPORT_SCHEMA_VERSION)
    root.object(_TOP)
    plan = root["plan"].object(frozenset({"id", "number", "date", "title", "issuer"}))
    unit = root["unit"].object(frozenset({"id", "name"}))
    period = root["period"].object(frozenset({"start", "end", "key", "label"}))
    document = root["document"].object(frozenset({
        "number", "place", "date", "parent_body", "issuing_body", "signer_authority",
        "signer_name", "recipients"}))
    general = root["general"].object(frozenset({"difficulties", "proposals"}))
    start, end = period["start"].date(), period["end"].date()
    if start > end:
        period.fail("plan.period_reversed", start=start.isoformat(), end=end.isoformat())
    indicators = tuple(
        IndicatorEntry(node.object(frozenset({"key", "name", "measure"}))["key"].ident(),
                       node["name"].text(300), node["measure"].text(50, allow_empty=True))
        for node in root["indicators"].items(1000))
    return ReportData(
        plan_id=plan["id"].ident(), plan_number=plan["number"].text(100),
        plan_date=plan["date"].date(), plan_title=plan["title"].text(1000),
        plan_issuer=plan["issuer"].text(300),
        unit_id=unit["id"].ident(), unit_name=unit["name"].text(300),
        period_start=start, period_end=end, period_key=period["key"].text(40),
        period_label=period["label"].text(200),
        document=DocumentInfo(
            number=document["number"].text(100, allow_empty=True),
            place=document["place"].text(100, allow_empty=True),
            date=document["date"].date(),
            parent_body=document["parent_body"].text(300, allow_empty=True),
            issuing_body=document["issuing_body"].text(300),
            signer_authority=document["signer_authority"].text_list(5, 200),
            signer_name=document["signer_name"].text(200, allow_empty=True),
            recipients=document["recipients"].text_list(100, 500)),
        tasks=tuple(_task(node) for node in root["tasks"].items(1000)),
        indicators=indicators,
        general_difficulties=general["difficulties"].text(100_000, True, collapse=False),
        general_proposals=general["proposals"].text(100_000, True, collapse=False),
        exported_at=root["exported_at"].text(40, allow_empty=True),
        kind=root["kind"].choice(frozenset({"unit-report"})),
    )


def _figures(node: JsonNode) -> dict[str, int]:
    return {key: value.integer(0, MAX_FIGURE) for key, value in node.object().entries()}


_EVIDENCE = frozenset({"member", "name", "sha256", "size"})
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _short_text(value: Any, limit: int) -> str | None:
    if type(value) is not str:
        return None
    cleaned = clean(value)
    return cleaned if cleaned and len(cleaned) <= limit else None


def _fast_activity(raw: Any) -> ActivityEntry | None:
    """The common case, read without a JsonNode per value (an import reads thousands).

    Returns None at the first thing that is not plainly right; the careful reader then
    finds the same thing and says exactly where it is. Both accept the same inputs.
    """
    if type(raw) is not dict or raw.keys() != _ACTIVITY:
        return None
    day, title, description, figures, evidence = (
        raw["date"], _short_text(raw["title"], 500), raw["description"], raw["figures"],
        raw["evidence"])
    if type(day) is not str or not _DAY.match(day) or title is None:
        return None
    if type(description) is not str or type(figures) is not dict or type(evidence) is not list:
        return None
    description = nfc(description).strip()
    if len(description) > 100_000 or len(evidence) > 10_000:
        return None
    if not all(type(v) is int and 0 <= v <= MAX_FIGURE for v in figures.values()):
        return None
    files = []
    for item in evidence:
        if type(item) is not dict or item.keys() != _EVIDENCE:
            return None
        member, name, sha256 = (_short_text(item["member"], 200), _short_text(item["name"], 500),
                                _short_text(item["sha256"], 64))
        size = item["size"]
        if member is None or name is None or sha256 is None or type(size) is not int \
                or size < 0:
            return None
        files.append(EvidenceEntry(member, name, sha256, size))
    try:
        parsed_day = dt.date.fromisoformat(day)
    except ValueError:
        return None
    return ActivityEntry(parsed_day, title, description, dict(figures), tuple(files))


def _task(node: JsonNode) -> TaskEntry:
    node.object(_TASK)
    updated = node.get("updated_at")
    activities = []
    for item in node["activities"].items(100_000):
        fast = _fast_activity(item.value)
        if fast is not None:
            activities.append(fast)
            continue
        item.object(_ACTIVITY)
        evidence = tuple(
            EvidenceEntry(e.object(frozenset({"member", "name", "sha256", "size"}))["member"]
                          .text(200), e["name"].text(500), e["sha256"].text(64),
                          e["size"].integer(0))
            for e in item["evidence"].items(10_000))
        activities.append(ActivityEntry(item["date"].date(), item["title"].text(500),
                                        item["description"].text(100_000, True, False),
                                        _figures(item["figures"]), evidence))
    entry = TaskEntry(
        code=node["code"].text(20), title=node["title"].text(3000),
        role=Role(node["role"].choice(_ROLES)), requested=node["requested"].boolean(),
        conditional=node["conditional"].boolean(),
        status=Status(node["status"].choice(_STATUSES)),
        result=node["result"].text(100_000, True, collapse=False),
        difficulties=node["difficulties"].text(100_000, True, collapse=False),
        proposals=node["proposals"].text(100_000, True, collapse=False),
        updated_at=updated.text(40) if updated else None,
        activities=tuple(activities),
        adopted=node["adopted"].boolean() if node.has("adopted") else False)
    if _figures(node["totals"]) != entry.totals:
        node["totals"].fail("report.totals_mismatch", code=entry.code)
    return entry
