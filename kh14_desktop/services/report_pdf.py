"""An office's report as an official document (báo cáo, Nghị định 30/2020/NĐ-CP)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Protocol

from kh14_desktop.domain.dates import document_date, format_date
from kh14_desktop.domain.plan import Role
from kh14_desktop.domain.progress import STATUS_ORDER, Status
from kh14_desktop.domain.report import IndicatorEntry, ReportData, TaskEntry
from kh14_desktop.domain.text import format_number, lower_first
from kh14_desktop.services.pdf import (
    Block,
    Column,
    Heading,
    OfficialDocument,
    Paragraph,
    Signature,
    Table,
)

STATUS_WORDS = {
    Status.NOT_STARTED: "Chưa triển khai",
    Status.IN_PROGRESS: "Đang triển khai",
    Status.DONE: "Hoàn thành",
    Status.NOT_APPLICABLE: "Không phát sinh",
}


def role_words(task: TaskEntry) -> str:
    words = "chủ trì" if task.role is Role.LEAD else "phối hợp"
    if task.requested:
        words = "được đề nghị " + words
    if task.conditional:
        words += ", nếu phát sinh"
    if task.adopted:
        words = "tham gia với tư cách cơ quan, đơn vị có liên quan"
    return words


class IndicatorSource(Protocol):
    """Where indicator names come from: one report, or a consolidation of many."""

    @property
    def indicators(self) -> tuple[IndicatorEntry, ...]: ...

    def indicator(self, key: str) -> IndicatorEntry: ...


def plan_words(number: str, day: dt.date, title: str, issuer: str = "") -> str:
    """"Kế hoạch số 14/KH-UBND ngày 17/01/2024 [của …] về …", as a sentence cites it."""
    of = f" của {issuer}" if issuer else ""
    return f"Kế hoạch số {number} ngày {format_date(day)}{of} về {lower_first(title)}"


def plan_reference(report: ReportData) -> str:
    return plan_words(report.plan_number, report.plan_date, report.plan_title,
                      report.plan_issuer)


def report_subject(report: ReportData) -> str:
    subject = "Kết quả thực hiện " + plan_words(report.plan_number, report.plan_date,
                                                report.plan_title)
    if report.period_key != "year":
        subject += f" ({report.period_label})"
    return subject


def _paragraphs(text: str) -> list[Paragraph]:
    return [Paragraph(line.strip()) for line in text.splitlines() if line.strip()]


def figures_table(report: IndicatorSource, totals: Mapping[str, int],
                  caption: str = "") -> Table:
    rows = tuple((report.indicator(key).name, report.indicator(key).measure,
                  format_number(value))
                 for key, value in sorted(totals.items(),
                                          key=lambda kv: _indicator_order(report, kv[0])))
    return Table((Column("Chỉ tiêu", 5), Column("Đơn vị tính", 1.6, "center"),
                  Column("Kết quả", 1.3, "right")), rows, caption=caption)


def figures_text(report: IndicatorSource, figures: Mapping[str, int], separator: str = "; ",
                 measures: bool = False, ordered: bool = False) -> str:
    """"Hội nghị…: 2; Lượt người tham dự: 215": as given, or `ordered` as the indicators."""
    items = list(figures.items())
    if ordered:
        items.sort(key=lambda kv: _indicator_order(report, kv[0]))
    parts = []
    for key, value in items:
        indicator = report.indicator(key)
        measure = f" {indicator.measure}" if measures and indicator.measure else ""
        parts.append(f"{indicator.name}: {format_number(value)}{measure}")
    return separator.join(parts)


def _indicator_order(report: IndicatorSource, key: str) -> int:
    keys = [indicator.key for indicator in report.indicators]
    return keys.index(key) if key in keys else len(keys)


def _task_blocks(report: ReportData, number: str, task: TaskEntry) -> list[Block]:
    blocks: list[Block] = [
        Heading(f"{number}. Nhiệm vụ {task.code} ({role_words(task)}): {task.title}", 3),
        Paragraph(f"Tình hình thực hiện: {STATUS_WORDS[task.status]}.", italic=True),
    ]
    blocks.extend(_paragraphs(task.result))
    if task.activities:
        rows = tuple(
            (format_date(a.day), a.title + (f"\n{a.description}" if a.description else ""),
             figures_text(report, a.figures))
            for a in sorted(task.activities, key=lambda a: a.day))
        blocks.append(Table((Column("Ngày", 1.2, "center"), Column("Hoạt động", 4),
                             Column("Số liệu", 3)), rows, caption="Các hoạt động đã thực hiện"))
    if task.totals:
        blocks.append(figures_table(report, task.totals, "Số liệu kết quả"))
    if not task.result and not task.activities and task.status is not Status.NOT_APPLICABLE:
        blocks.append(Paragraph("Chưa có kết quả trong kỳ báo cáo."))
    return blocks


def notes_blocks(general: str, by_task: Iterable[tuple[str, str]]) -> list[Block]:
    """General text, then "- Nhiệm vụ II.1: …" for each (task code, text) with any text."""
    blocks: list[Block] = _paragraphs(general)
    blocks.extend(Paragraph(f"- Nhiệm vụ {code}: {text.strip()}")
                  for code, text in by_task if text.strip())
    return blocks


def _collected(report: ReportData, attribute: str, general: str) -> list[Block]:
    blocks = notes_blocks(general, ((task.code, getattr(task, attribute))
                                    for task in report.tasks))
    return blocks or [Paragraph("Không có.")]


BLANK_NUMBER = "\u00a0" * 8  # where the clerk writes the number by hand when registering


def number_line(number: str) -> str:
    """ "Số: 45/BC-UBND", or with room left for the number: "Số:        /BC-UBND"."""
    stripped = number.strip()
    if not stripped or stripped.startswith("/"):
        stripped = BLANK_NUMBER + stripped
    return f"Số: {stripped}"


def report_document(report: ReportData, draft: bool = False) -> OfficialDocument:
    document = report.document
    counts = {status: 0 for status in STATUS_ORDER}
    for task in report.tasks:
        counts[task.status] += 1
    lead = sum(1 for task in report.tasks if task.role is Role.LEAD)
    blocks: list[Block] = [
        Paragraph(f"Thực hiện {plan_reference(report)}, {report.unit_name} báo cáo kết quả "
                  f"thực hiện {report.period_label} như sau:"),
        Heading("I. KẾT QUẢ THỰC HIỆN", 1),
        Heading("1. Kết quả chung", 2),
        Paragraph(
            f"{report.unit_name} được giao {len(report.tasks)} nhiệm vụ ({lead} nhiệm vụ chủ "
            f"trì, {len(report.tasks) - lead} nhiệm vụ phối hợp). Đến nay: hoàn thành "
            f"{counts[Status.DONE]}, đang triển khai {counts[Status.IN_PROGRESS]}, chưa triển "
            f"khai {counts[Status.NOT_STARTED]}, không phát sinh "
            f"{counts[Status.NOT_APPLICABLE]} nhiệm vụ."),
    ]
    totals = report.totals()
    if totals:
        blocks.append(figures_table(report, totals, "Tổng hợp số liệu kết quả"))
    blocks.append(Heading("2. Kết quả thực hiện từng nhiệm vụ", 2))
    for index, task in enumerate(report.tasks, start=1):
        blocks.extend(_task_blocks(report, f"2.{index}", task))
    blocks.append(Heading("II. KHÓ KHĂN, VƯỚNG MẮC", 1))
    blocks.extend(_collected(report, "difficulties", report.general_difficulties))
    blocks.append(Heading("III. ĐỀ XUẤT, KIẾN NGHỊ", 1))
    blocks.extend(_collected(report, "proposals", report.general_proposals))
    blocks.append(Paragraph(
        f"Trên đây là báo cáo kết quả thực hiện Kế hoạch số {report.plan_number} "
        f"{report.period_label} của {report.unit_name}./."))
    return OfficialDocument(
        parent_body=document.parent_body,
        issuing_body=document.issuing_body,
        number_line=number_line(document.number),
        place_date=document_date(document.place, document.date),
        kind="BÁO CÁO",
        subject=report_subject(report),
        blocks=tuple(blocks),
        recipients=document.recipients,
        signature=Signature(document.signer_authority, document.signer_name),
        title=f"Báo cáo {report_subject(report)}",
        author=report.unit_name,
        draft=draft,
    )
