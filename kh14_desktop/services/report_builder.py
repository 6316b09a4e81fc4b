"""Gathering an office's report for a period: what it signs, and the evidence it carries."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from kh14_desktop.domain.period import ReportPeriod
from kh14_desktop.domain.plan import Plan, Unit, UnitKind
from kh14_desktop.domain.report import (
    ActivityEntry,
    DocumentInfo,
    EvidenceEntry,
    IndicatorEntry,
    ReportData,
    TaskEntry,
)
from kh14_desktop.domain.text import clean, nfc
from kh14_desktop.services.installation import Installation
from kh14_desktop.services.office_tasks import office_tasks
from kh14_desktop.services.office_work import OfficeWork

_SAFE_EXTENSION = re.compile(r"^\.[a-z0-9]{1,8}$")


@dataclass(frozen=True)
class ReportOptions:
    """What the officer chooses at export; everything else comes from the records."""

    period: ReportPeriod
    document_number: str = ""
    document_date: dt.date | None = None  # default: today
    signer_name: str = ""
    signer_authority: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    place: str = ""
    parent_body: str | None = None
    issuing_body: str = ""
    general_difficulties: str = ""
    general_proposals: str = ""


@dataclass(frozen=True)
class EvidenceBlob:
    member: str
    name: str
    sha256: str
    data: bytes = field(repr=False)


@dataclass(frozen=True)
class GatheredReport:
    data: ReportData
    evidence: tuple[EvidenceBlob, ...]


def official_name(unit: Unit) -> str:
    """The name as a document header writes it: "UBND" spelled out."""
    name = unit.name
    return "Ủy ban nhân dân" + name[4:] if name.startswith("UBND ") else name


def default_authority(unit: Unit) -> tuple[str, ...]:
    if unit.kind is UnitKind.DISTRICT:
        return ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    if unit.name.startswith("Sở "):
        return ("GIÁM ĐỐC",)
    if unit.name.startswith("Ban ") or unit.kind is UnitKind.PARTY:
        return ("TRƯỞNG BAN",)
    if unit.kind is UnitKind.PRESS and unit.name.startswith("Báo"):
        return ("TỔNG BIÊN TẬP",)
    return ("THỦ TRƯỞNG CƠ QUAN",)


def default_recipients(plan: Plan) -> tuple[str, ...]:
    return (f"{plan.recipient.name} (b/c);", "Lưu: VT.")


def default_number(unit: Unit) -> str:
    """The symbol with the number left blank, to be written by hand when registered."""
    return f"     /BC-{unit.symbol or 'UBND'}"


def _member_name(index: int, original: str) -> str:
    dot = original.rfind(".")
    extension = original[dot:].lower() if dot > 0 else ""
    if not _SAFE_EXTENSION.match(extension):
        extension = ".bin"
    return f"evidence/{index:04d}{extension}"


def gather_report(installation: Installation, options: ReportOptions,
                  exported_at: str = "") -> GatheredReport:
    """Everything the report states, from the office's records, for the chosen period.

    Status and narratives are as they stand now; activities and their figures are those
    dated inside the period. Each evidence file is carried once, however often it is used.
    """
    plan = installation.plan()
    unit = installation.unit()
    work = OfficeWork(installation)
    progress = work.all_progress()
    members: dict[str, EvidenceBlob] = {}
    tasks = []
    used_indicators: set[str] = set()
    for item in office_tasks(installation):
        code = item.task.code
        state = progress.get(code)
        activities = []
        for activity in work.activities(code):
            if not options.period.contains(activity.day):
                continue
            evidence = []
            for file in activity.evidence:
                blob = members.get(file.sha256)
                if blob is None:
                    data = work.evidence_path(file).read_bytes()  # checked: missing, altered
                    blob = EvidenceBlob(_member_name(len(members) + 1, file.original_name),
                                        file.original_name, file.sha256, data)
                    members[file.sha256] = blob
                evidence.append(EvidenceEntry(blob.member, file.original_name, file.sha256,
                                              file.size))
            used_indicators.update(activity.figures)
            activities.append(ActivityEntry(activity.day, activity.title,
                                            activity.description, dict(activity.figures),
                                            tuple(evidence)))
        used_indicators.update(item.task.indicators)
        tasks.append(TaskEntry(
            code=code, title=item.task.title, role=item.role, requested=item.requested,
            conditional=item.conditional, status=item.status,
            result=state.result if state else "",
            difficulties=state.difficulties if state else "",
            proposals=state.proposals if state else "",
            updated_at=state.updated_at if state else None,
            activities=tuple(activities), adopted=item.adopted))
    document = DocumentInfo(
        number=clean(options.document_number) or default_number(unit).strip(),
        place=clean(options.place) or unit.place or plan.province,
        date=options.document_date or dt.date.today(),
        parent_body=clean(options.parent_body) if options.parent_body is not None
        else unit.parent_name,
        issuing_body=clean(options.issuing_body) or official_name(unit),
        signer_authority=tuple(clean(line) for line in options.signer_authority
                               if clean(line)) or default_authority(unit),
        signer_name=clean(options.signer_name),
        recipients=tuple(clean(line) for line in options.recipients if clean(line))
        or default_recipients(plan),
    )
    data = ReportData(
        plan_id=plan.id, plan_number=plan.document.number, plan_date=plan.document.date,
        plan_title=plan.document.title, plan_issuer=plan.document.issuer,
        unit_id=unit.id, unit_name=unit.name,
        period_start=options.period.start, period_end=options.period.end,
        period_key=options.period.key, period_label=options.period.label,
        document=document, tasks=tuple(tasks),
        indicators=tuple(IndicatorEntry(i.key, i.name, i.measure) for i in plan.indicators
                         if i.key in used_indicators),
        general_difficulties=nfc(options.general_difficulties).strip(),
        general_proposals=nfc(options.general_proposals).strip(),
        exported_at=exported_at,
    )
    return GatheredReport(data, tuple(members.values()))
