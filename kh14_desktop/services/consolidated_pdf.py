"""The admin's consolidated report as an official document (báo cáo tổng hợp).

Sections: I. who reported and who is late; II. results by task (lead units by status, the
summed figures, and the units × tasks matrix on landscape pages); III. difficulties and
IV. proposals, unit by unit; then one annex per reporting unit with its results. Everything
printed is read from a `Consolidation`, so the PDF and the workbook always agree.
"""

from __future__ import annotations

import datetime as dt

from kh14_desktop.domain.dates import document_date, format_date
from kh14_desktop.domain.plan import Role, UnitKind
from kh14_desktop.domain.received import (
    ClockWarning,
    ReportingState,
    UnitReportStatus,
    exported_on,
)
from kh14_desktop.domain.text import format_number
from kh14_desktop.services.consolidation import (
    CellState,
    Consolidation,
    MatrixCell,
    StatusCounts,
    UnitNotes,
)
from kh14_desktop.services.pdf import (
    Annex,
    Block,
    Column,
    FlowBlock,
    Heading,
    LandscapeSection,
    OfficialDocument,
    Paragraph,
    Signature,
    Table,
)
from kh14_desktop.services.report_builder import official_name
from kh14_desktop.services.report_pdf import (
    STATUS_WORDS,
    figures_table,
    figures_text,
    notes_blocks,
    number_line,
    plan_words,
    role_words,
)

# 29 task columns and the unit names fit the landscape width at 7 pt, and the provincial
# bodies (27 rows) fit one page; the decree's 11 pt would need a page per eight tasks
MATRIX_FONT_SIZE = 7

DEFAULT_RECIPIENTS = ("UBND tỉnh (b/c);", "Bộ Thông tin và Truyền thông (b/c);", "Lưu: VT.")

REPORTING_WORDS = {
    ReportingState.ON_TIME: "Đúng hạn",
    ReportingState.LATE: "Quá hạn",
    ReportingState.MISSING: "Chưa gửi",
}
CLOCK_WORDS = {
    ClockWarning.NONE: "",
    ClockWarning.FUTURE: "Thời điểm xuất muộn hơn thời điểm nhận: cần kiểm tra đồng hồ "
                         "máy tính của đơn vị",
    ClockWarning.BEFORE_PLAN: "Ngày xuất trước ngày ban hành Kế hoạch: cần kiểm tra đồng hồ "
                              "máy tính của đơn vị",
}
STATE_WORDS = {
    **{CellState.of(status): words for status, words in STATUS_WORDS.items()},
    CellState.NOT_REPORTED: "Chưa báo cáo",
    CellState.NOT_ASSIGNED: "",
}
# upper case for a lead unit, lower case for a cooperating one (see MATRIX_LEGEND)
MATRIX_CODES = {
    CellState.DONE: "HT",
    CellState.IN_PROGRESS: "ĐTK",
    CellState.NOT_STARTED: "CTK",
    CellState.NOT_APPLICABLE: "KPS",
    CellState.NOT_REPORTED: "CBC",
    CellState.NOT_ASSIGNED: "",
}
MATRIX_LEGEND = (
    "Ghi chú: HT - hoàn thành; ĐTK - đang triển khai; CTK - chưa triển khai; KPS - không "
    "phát sinh; CBC - chưa báo cáo; ô để trống - đơn vị không được giao nhiệm vụ. Chữ in hoa: "
    "đơn vị chủ trì; chữ thường: đơn vị phối hợp.")


def consolidated_document(
    c: Consolidation, *,
    parent_body: str | None = None,
    issuing_body: str | None = None,
    number: str | None = None,
    place: str | None = None,
    date: dt.date | None = None,
    signer_authority: tuple[str, ...] = ("GIÁM ĐỐC",),
    signer_name: str = "",
    recipients: tuple[str, ...] = DEFAULT_RECIPIENTS,
    draft: bool = False,
) -> OfficialDocument:
    """The consolidated report; the header defaults to the plan's report recipient (Sở TT&TT).

    `number` is the symbol with the number left blank ("     /BC-STTTT") unless given; the
    date defaults to the consolidation's day.
    """
    plan = c.plan
    recipient = plan.recipient
    parent = parent_body if parent_body is not None else (recipient.parent_name
                                                         or plan.document.issuer_short)
    issuer = issuing_body or official_name(recipient)
    number = number or f"/BC-{recipient.symbol or 'UBND'}"
    day = date or c.today
    subject = consolidated_subject(c)
    note = f"Kèm theo Báo cáo số {number.strip()} ngày {format_date(day)} của {issuer}"
    reference = plan_words(plan.document.number, plan.document.date, plan.document.title,
                           plan.document.issuer)
    blocks: list[Block] = [
        Paragraph(f"Thực hiện {reference}, trên cơ sở báo cáo của các cơ quan, đơn vị, "
                  f"địa phương, {issuer} tổng hợp kết quả thực hiện {c.period_label} như sau:"),
        *_reporting_section(c, issuer),
        *_results_section(c),
        Heading("III. KHÓ KHĂN, VƯỚNG MẮC", 1),
        *_notes_section(c.difficulties, "Các đơn vị không nêu khó khăn, vướng mắc."),
        Heading("IV. ĐỀ XUẤT, KIẾN NGHỊ", 1),
        *_notes_section(c.proposals, "Các đơn vị không có đề xuất, kiến nghị."),
        Paragraph(f"Trên đây là báo cáo tổng hợp kết quả thực hiện Kế hoạch số "
                  f"{plan.document.number} {c.period_label}, {issuer} kính báo cáo./."),
    ]
    annexes = tuple(_unit_annex(c, row, index, note)
                    for index, row in enumerate(
                        (row for row in c.reporting if row.received is not None), start=1))
    return OfficialDocument(
        parent_body=parent, issuing_body=issuer, number_line=number_line(number),
        place_date=document_date(place or recipient.place or plan.province, day),
        kind="BÁO CÁO", subject=subject, blocks=tuple(blocks), recipients=recipients,
        signature=Signature(signer_authority, signer_name), title=f"Báo cáo {subject}",
        author=issuer, draft=draft, annexes=annexes)



def consolidated_subject(c: Consolidation) -> str:
    document = c.plan.document
    words = "Kết quả thực hiện " + plan_words(document.number, document.date, document.title)
    annual = c.period_label == f"năm {c.plan.year}"
    return words + (" (tổng hợp)" if annual else f" (tổng hợp, {c.period_label})")


def short_title(title: str) -> str:
    """A task's first clause, for a summary table ("Kiện toàn bộ máy …; hình thành …")."""
    return title.split(";")[0].strip().rstrip(".").strip()


# --- I. who reported ---------------------------------------------------------------------

def _reporting_section(c: Consolidation, issuer: str) -> list[Block]:
    expected = len(c.plan.reporting_units())
    reported = len(c.reports)
    missing = [row.unit.name for row in c.reporting if row.received is None]
    summary = (f"Kế hoạch giao nhiệm vụ cho {expected} cơ quan, đơn vị, địa phương; hạn gửi "
               f"báo cáo là ngày {format_date(c.deadline)}. Tính đến ngày "
               f"{format_date(c.today)}, {issuer} đã nhận được báo cáo của {reported} cơ quan, "
               f"đơn vị, địa phương, trong đó {c.on_time} báo cáo đúng hạn, {c.late} báo cáo "
               f"gửi sau thời hạn; ")
    summary += (f"còn {len(missing)} đơn vị chưa gửi báo cáo." if missing
                else "tất cả các đơn vị đã gửi báo cáo.")
    blocks: list[Block] = [Heading("I. TÌNH HÌNH BÁO CÁO", 1), Paragraph(summary)]
    if missing:
        late = " (đã quá hạn)" if c.deadline_passed else ""
        blocks.append(Paragraph(f"Các đơn vị chưa gửi báo cáo{late}: {', '.join(missing)}."))
    rows = tuple(_reporting_row(index, row) for index, row in enumerate(c.reporting, start=1))
    blocks.append(Table((Column("STT", 0.6, "center"), Column("Đơn vị", 3.1),
                         Column("Ngày gửi", 1.2, "center"), Column("Lần gửi", 0.8, "center"),
                         Column("Tình trạng", 1.1, "center"), Column("Ghi chú", 2)),
                        rows, caption="Tình hình gửi báo cáo của các đơn vị"))
    return blocks


def _reporting_row(index: int, row: UnitReportStatus) -> tuple[str, ...]:
    received = row.received
    if received is None:
        return (str(index), row.unit.name, "", "", REPORTING_WORDS[row.state], "")
    return (str(index), row.unit.name, format_date(exported_on(received)),
            str(received.sequence), REPORTING_WORDS[row.state], CLOCK_WORDS[row.clock])


# --- II. results by task -------------------------------------------------------------------

def _results_section(c: Consolidation) -> list[Block]:
    lead = _sum_counts([task.lead for task in c.tasks])
    cooperating = _sum_counts([task.cooperating for task in c.tasks])
    blocks: list[Block] = [
        Heading("II. KẾT QUẢ THỰC HIỆN THEO NHIỆM VỤ", 1),
        Heading("1. Tình hình thực hiện của các đơn vị chủ trì", 2),
        Paragraph(f"Kế hoạch có {len(c.plan.tasks)} nhiệm vụ, với {lead.units} lượt đơn vị "
                  f"chủ trì: {_counts_words(lead)}. Đối với {cooperating.units} lượt đơn vị "
                  f"phối hợp: {_counts_words(cooperating)}."),
        _summary_table(c, lead),
        Heading("2. Kết quả số liệu", 2),
    ]
    if c.totals:
        blocks.append(figures_table(c, c.totals, "Tổng hợp số liệu kết quả của các đơn vị"))
        blocks.append(_figures_by_task(c))
    else:
        blocks.append(Paragraph("Các báo cáo chưa có số liệu kết quả."))
    blocks.append(_matrix_section(c))
    return blocks


def _sum_counts(counts: list[StatusCounts]) -> StatusCounts:
    sums = [0] * len(StatusCounts().as_tuple())
    for item in counts:
        sums = [a + b for a, b in zip(sums, item.as_tuple(), strict=True)]
    return StatusCounts(*sums)


def _counts_words(counts: StatusCounts) -> str:
    return (f"hoàn thành {counts.done}, đang triển khai {counts.in_progress}, chưa triển khai "
            f"{counts.not_started}, không phát sinh {counts.not_applicable}, chưa báo cáo "
            f"{counts.not_reported}")


def _summary_table(c: Consolidation, total: StatusCounts) -> Table:
    def cells(counts: StatusCounts) -> tuple[str, ...]:
        return tuple(str(n) for n in (counts.units, *counts.as_tuple()))

    rows = [(f"{task.code}. {short_title(task.title)}", *cells(task.lead)) for task in c.tasks]
    rows.append(("Tổng cộng", *cells(total)))
    counted = ("Số đơn vị chủ trì", "Hoàn thành", "Đang triển khai", "Chưa triển khai",
               "Không phát sinh", "Chưa báo cáo")
    return Table((Column("Nhiệm vụ", 4.2), *(Column(title, 0.8, "center") for title in counted)),
                 tuple(rows), caption="Tình hình thực hiện nhiệm vụ của các đơn vị chủ trì")


def _figures_by_task(c: Consolidation) -> Table:
    rows = []
    for task in c.tasks:
        for index, (key, value) in enumerate(task.totals.items()):
            indicator = c.indicator(key)
            rows.append((task.code if index == 0 else "", indicator.name, indicator.measure,
                         format_number(value)))
    return Table((Column("Nhiệm vụ", 1.1, "center"), Column("Chỉ tiêu", 4.6),
                  Column("Đơn vị tính", 1.5, "center"), Column("Kết quả", 1.2, "right")),
                 tuple(rows), caption="Số liệu kết quả theo nhiệm vụ")


def _matrix_section(c: Consolidation) -> LandscapeSection:
    matrix = c.matrix
    rows = list(zip(matrix.units, matrix.rows, strict=True))
    districts = [row for row in rows if row[0].kind is UnitKind.DISTRICT]
    others = [row for row in rows if row[0].kind is not UnitKind.DISTRICT]
    columns = (Column("Đơn vị", 2.8),
               *(Column(_code_header(code), 1, "center") for code in matrix.task_codes))
    blocks: list[FlowBlock] = [Heading("3. Tình hình thực hiện nhiệm vụ của từng đơn vị", 2)]
    groups = [(others, "Các cơ quan, đơn vị cấp tỉnh"), (districts, _district_caption(c))]
    lettered = all(group for group, _ in groups)
    for letter, (group, caption) in zip("ab", groups, strict=True):
        if not group:
            continue
        table_rows = tuple((unit.short_name, *(_matrix_code(cell) for cell in cells))
                           for unit, cells in group)
        blocks.append(Table(columns, table_rows, font_size=MATRIX_FONT_SIZE,
                            caption=f"{letter}) {caption}" if lettered else ""))
    blocks.append(Paragraph(MATRIX_LEGEND, indent=False, italic=True))
    return LandscapeSection(tuple(blocks))


def _code_header(code: str) -> str:
    # "II.3.1" over two lines ("II" / "3.1"): the part, then the item, as the plan numbers them
    part, _, item = code.partition(".")
    return f"{part}\n{item}" if item else code


def _matrix_code(cell: MatrixCell) -> str:
    code = MATRIX_CODES[cell.state]
    return code.lower() if cell.role is Role.COOPERATING else code


def _district_caption(c: Consolidation) -> str:
    districts = {unit.id for unit in c.plan.units if unit.kind is UnitKind.DISTRICT}
    for group in c.plan.groups:
        if set(group.members) == districts:
            return group.name
    return "Các địa phương"


# --- III., IV. difficulties and proposals --------------------------------------------------

def _notes_section(notes: tuple[UnitNotes, ...], nothing: str) -> list[Block]:
    if not notes:
        return [Paragraph(nothing)]
    blocks: list[Block] = []
    for index, unit_notes in enumerate(notes, start=1):
        blocks.append(Heading(f"{index}. {unit_notes.unit.name}", 3))
        blocks.extend(notes_blocks(unit_notes.general,
                                   ((note.code, note.text) for note in unit_notes.tasks)))
    return blocks


# --- annexes -------------------------------------------------------------------------------

def _unit_annex(c: Consolidation, row: UnitReportStatus, index: int, note: str) -> Annex:
    received = row.received
    assert received is not None
    report = received.report
    document = report.document
    source = (f"Theo Báo cáo số {document.number.strip()} ngày {format_date(document.date)} "
              f"của {report.unit_name} (gửi ngày {format_date(exported_on(received))}, lần gửi "
              f"thứ {received.sequence}, {REPORTING_WORDS[row.state].lower()}).")
    rows = []
    for entry in report.tasks:
        result = entry.result.strip()
        if not result and entry.activities:
            result = "\n".join(f"- {format_date(a.day)}: {a.title}"
                               for a in sorted(entry.activities, key=lambda a: a.day))
        rows.append((f"{entry.code}\n({role_words(entry)})", STATUS_WORDS[entry.status],
                     result, figures_text(report, entry.totals, "\n", measures=True,
                                          ordered=True)))
    blocks: list[Block] = [Paragraph(source, italic=True)]
    if rows:
        blocks.append(Table((Column("Nhiệm vụ", 1.3, "center"), Column("Tình hình", 1.2),
                             Column("Kết quả thực hiện", 4), Column("Số liệu", 2.4)),
                            tuple(rows)))
    else:
        blocks.append(Paragraph("Báo cáo không nêu nhiệm vụ nào."))
    # no table of the unit's own totals: section II and the workbook sum them already, and
    # on every unit it would cost a fifth of the render time
    return Annex(f"Phụ lục {_roman(index)}", f"Kết quả thực hiện của {row.unit.name}",
                 tuple(blocks), note=note)


def _roman(number: int) -> str:
    numerals = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    words = []
    for value, numeral in numerals:
        count, number = divmod(number, value)
        words.append(numeral * count)
    return "".join(words)
