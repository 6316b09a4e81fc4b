"""The consolidation as an Excel workbook, one sheet per view, ready for filtering.

Every sheet is one table: a bold header row that stays in view, an auto-filter over the
rows, dates as real Excel dates (dd/mm/yyyy) and figures as numbers, so an analyst can sort,
filter and pivot without cleaning anything first. Words and colours are those of the PDF
and the admin window (`consolidated_pdf`, `consolidation.STATE_COLOURS`).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kh14_desktop.domain.plan import Role
from kh14_desktop.domain.received import VIETNAM, exported_on
from kh14_desktop.domain.text import sort_key
from kh14_desktop.services.consolidated_pdf import (
    CLOCK_WORDS,
    REPORTING_WORDS,
    STATE_WORDS,
    STATUS_WORDS,
    consolidated_subject,
)
from kh14_desktop.services.consolidation import (
    COUNTED_STATES,
    STATE_COLOURS,
    CellState,
    Consolidation,
    StatusCounts,
)
from kh14_desktop.store.files import atomic_output

if TYPE_CHECKING:
    from openpyxl.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

SHEET_TASKS = "Tổng hợp nhiệm vụ"
SHEET_FIGURES = "Số liệu"
SHEET_REPORTING = "Tình hình báo cáo"
SHEET_MATRIX = "Ma trận"
SHEET_NOTES = "Khó khăn - Đề xuất"
SHEET_ACTIVITIES = "Hoạt động"
SHEETS = (SHEET_TASKS, SHEET_FIGURES, SHEET_REPORTING, SHEET_MATRIX, SHEET_NOTES,
          SHEET_ACTIVITIES)

DATE_FORMAT = "dd/mm/yyyy"
DATETIME_FORMAT = "dd/mm/yyyy hh:mm"
NUMBER_FORMAT = "#,##0"  # the reader's Excel shows its own thousands separator
HEADER_FILL = "D9E1F2"
ROLE_WORDS = {Role.LEAD: "Chủ trì", Role.COOPERATING: "Phối hợp"}
_COUNT_WORDS = {state: STATE_WORDS[state] for state in COUNTED_STATES}


@dataclass(frozen=True)
class _Column:
    title: str
    width: float
    wrap: bool = False


def write_workbook(c: Consolidation, path: Path) -> None:
    """Write the workbook to `path`; a failure leaves whatever was there untouched."""
    from openpyxl import Workbook  # slow to import: only when a workbook is wanted

    workbook = Workbook()
    workbook.remove(workbook.active)
    workbook.properties.title = consolidated_subject(c)
    workbook.properties.creator = "KH14 Desktop"
    _tasks_sheet(workbook, c)
    _figures_sheet(workbook, c)
    _reporting_sheet(workbook, c)
    _matrix_sheet(workbook, c)
    _notes_sheet(workbook, c)
    _activities_sheet(workbook, c)
    with atomic_output(path) as stream:
        workbook.save(stream)


# --- sheets --------------------------------------------------------------------------------

def _used_indicators(c: Consolidation) -> list[str]:
    return list(c.totals)


def _indicator_title(c: Consolidation, key: str) -> str:
    indicator = c.indicator(key)
    return f"{indicator.name} ({indicator.measure})" if indicator.measure else indicator.name


def _tasks_sheet(workbook: Workbook, c: Consolidation) -> None:
    keys = _used_indicators(c)
    counts = [_Column(f"{role} - {words}", 12, True)
              for role in ("Chủ trì", "Phối hợp")
              for words in ("Số đơn vị", *_COUNT_WORDS.values())]
    columns = [_Column("Mã nhiệm vụ", 11), _Column("Nhiệm vụ", 60, True), *counts,
               *(_Column(_indicator_title(c, key), 16, True) for key in keys)]

    def numbers(item: StatusCounts) -> list[int]:
        return [item.units, *item.as_tuple()]

    rows = [[task.code, task.title, *numbers(task.lead), *numbers(task.cooperating),
             *(task.totals.get(key) for key in keys)] for task in c.tasks]
    sheet = _table(workbook, SHEET_TASKS, columns, rows)
    # the overall totals stand below the table, outside the filter, so filtering never
    # hides them and sorting never mixes them into the tasks
    total_row = len(rows) + 3
    sheet.cell(total_row, 2, "Tổng cộng")
    for offset, key in enumerate(keys):
        sheet.cell(total_row, 3 + len(counts) + offset, c.totals[key])
    _bold_row(sheet, total_row)
    _number_formats(sheet, total_row, total_row)


def _figures_sheet(workbook: Workbook, c: Consolidation) -> None:
    columns = [_Column("Mã nhiệm vụ", 11), _Column("Nhiệm vụ", 45, True),
               _Column("Đơn vị", 34), _Column("Vai trò", 10), _Column("Chỉ tiêu", 45, True),
               _Column("Đơn vị tính", 12), _Column("Kết quả", 12)]
    rows = []
    for index, code in enumerate(c.matrix.task_codes):
        title = c.tasks[index].title
        for key in c.tasks[index].totals:
            indicator = c.indicator(key)
            for cell in (row[index] for row in c.matrix.rows):
                if cell.entry is not None and key in cell.entry.totals:
                    rows.append([code, title, cell.unit.name, ROLE_WORDS[cell.entry.role],
                                 indicator.name, indicator.measure, cell.entry.totals[key]])
    _table(workbook, SHEET_FIGURES, columns, rows)


def _reporting_sheet(workbook: Workbook, c: Consolidation) -> None:
    columns = [_Column("STT", 6), _Column("Đơn vị", 40), _Column("Tình trạng", 12),
               _Column("Ngày gửi", 12), _Column("Thời điểm xuất", 17), _Column("Lần gửi", 9),
               _Column("Thời điểm nhập", 17), _Column("Cảnh báo", 40, True),
               _Column("Khóa ký", 24)]
    rows: list[list[Any]] = []
    for number, row in enumerate(c.reporting, start=1):
        received = row.received
        if received is None:
            rows.append([number, row.unit.name, REPORTING_WORDS[row.state]])
            continue
        rows.append([number, row.unit.name, REPORTING_WORDS[row.state], exported_on(received),
                     _local(received.created), received.sequence,
                     _local(received.imported_at), CLOCK_WORDS[row.clock] or None,
                     received.fingerprint])
    _table(workbook, SHEET_REPORTING, columns, rows)


def _matrix_sheet(workbook: Workbook, c: Consolidation) -> None:
    from openpyxl.styles import Font, PatternFill

    matrix = c.matrix
    columns = [_Column("Đơn vị", 34),
               *(_Column(code, 15) for code in matrix.task_codes)]
    rows = [[unit.name, *(STATE_WORDS[cell.state] or None for cell in cells)]
            for unit, cells in zip(matrix.units, matrix.rows, strict=True)]
    sheet = _table(workbook, SHEET_MATRIX, columns, rows, freeze="B2")
    fills = {state: PatternFill("solid", fgColor=colour)
             for state, colour in STATE_COLOURS.items() if state is not CellState.NOT_ASSIGNED}
    cooperating = Font(italic=True)
    for row_number, cells in enumerate(matrix.rows, start=2):
        for column_number, cell in enumerate(cells, start=2):
            target = sheet.cell(row_number, column_number)
            if cell.state in fills:
                target.fill = fills[cell.state]
            if cell.role is Role.COOPERATING:
                target.font = cooperating
    legend = len(rows) + 3
    sheet.cell(legend, 1, "Chữ nghiêng: đơn vị phối hợp; chữ thẳng: đơn vị chủ trì; "
                          "ô trống: không được giao.")
    for column_number, task in enumerate(c.tasks, start=2):
        # the header holds only the code; the title is a hover away
        sheet.cell(1, column_number).comment = _comment(task.title)


def _notes_sheet(workbook: Workbook, c: Consolidation) -> None:
    columns = [_Column("Đơn vị", 34), _Column("Mã nhiệm vụ", 11), _Column("Nhiệm vụ", 40, True),
               _Column("Khó khăn, vướng mắc", 55, True), _Column("Đề xuất, kiến nghị", 55, True)]
    rows: list[list[Any]] = []
    reported = sorted((row for row in c.reporting if row.received is not None),
                      key=lambda row: sort_key(row.unit.name))
    for row in reported:
        assert row.received is not None
        report = row.received.report
        if report.general_difficulties.strip() or report.general_proposals.strip():
            rows.append([row.unit.name, "Chung", "Khó khăn, đề xuất chung",
                         report.general_difficulties.strip() or None,
                         report.general_proposals.strip() or None])
        for entry in report.tasks:
            if entry.difficulties.strip() or entry.proposals.strip():
                rows.append([row.unit.name, entry.code, entry.title,
                             entry.difficulties.strip() or None,
                             entry.proposals.strip() or None])
    _table(workbook, SHEET_NOTES, columns, rows)


def _activities_sheet(workbook: Workbook, c: Consolidation) -> None:
    keys = _used_indicators(c)
    columns = [_Column("Đơn vị", 34), _Column("Mã nhiệm vụ", 11), _Column("Vai trò", 10),
               _Column("Tình hình", 15), _Column("Ngày", 12), _Column("Hoạt động", 45, True),
               _Column("Mô tả", 45, True), _Column("Số tệp minh chứng", 11, True),
               *(_Column(_indicator_title(c, key), 16, True) for key in keys)]
    rows = []
    for row in c.reporting:
        if row.received is None:
            continue
        for entry in row.received.report.tasks:
            for activity in sorted(entry.activities, key=lambda a: a.day):
                rows.append([row.unit.name, entry.code, ROLE_WORDS[entry.role],
                             STATUS_WORDS[entry.status], activity.day, activity.title,
                             activity.description or None, len(activity.evidence),
                             *(activity.figures.get(key) for key in keys)])
    _table(workbook, SHEET_ACTIVITIES, columns, rows)


# --- helpers -------------------------------------------------------------------------------

def _local(moment: dt.datetime) -> dt.datetime:
    # Excel has no time zones: show the time as it was in Vietnam, where the deadline is
    return moment.astimezone(VIETNAM).replace(tzinfo=None)


def _table(workbook: Workbook, title: str, columns: Sequence[_Column],
           rows: Iterable[Sequence[Any]], freeze: str = "A2") -> Worksheet:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(title)
    sheet.append([column.title for column in columns])
    count = 1
    for row in rows:
        sheet.append(list(row))
        count += 1
    header_fill = PatternFill("solid", fgColor=HEADER_FILL)
    # Excel does not grow a row for wrapped text on opening: give the header its lines
    lines = max(math.ceil(1.1 * len(column.title) / max(column.width - 1, 1))
                for column in columns)
    sheet.row_dimensions[1].height = 15 * min(lines, 6)
    for number, column in enumerate(columns, start=1):
        letter = get_column_letter(number)
        sheet.column_dimensions[letter].width = column.width
        header = sheet.cell(1, number)
        header.font = Font(bold=True)
        header.fill = header_fill
        header.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        if column.wrap:
            wrap = Alignment(wrap_text=True, vertical="top")
            for (cell,) in sheet.iter_rows(2, count, number, number):
                cell.alignment = wrap
    _number_formats(sheet, 2, count)
    sheet.freeze_panes = freeze
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{count}"
    return sheet


def _number_formats(sheet: Worksheet, first: int, last: int) -> None:
    for row in sheet.iter_rows(first, last):
        for cell in row:
            value = cell.value
            if isinstance(value, dt.datetime):
                cell.number_format = DATETIME_FORMAT
            elif isinstance(value, dt.date):
                cell.number_format = DATE_FORMAT
            elif isinstance(value, int) and not isinstance(value, bool):
                cell.number_format = NUMBER_FORMAT


def _bold_row(sheet: Worksheet, row: int) -> None:
    from openpyxl.styles import Font

    for cell in sheet[row]:
        cell.font = Font(bold=True)


def _comment(text: str) -> Any:
    from openpyxl.comments import Comment

    comment = Comment(text, "KH14")
    comment.width, comment.height = 320, 120
    return comment
