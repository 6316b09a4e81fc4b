"""What one unit reported on one task, as the matrix's side panel shows it."""

from __future__ import annotations

import html
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from kh14_desktop.domain.dates import format_date
from kh14_desktop.domain.received import exported_on
from kh14_desktop.services.consolidation import STATE_COLOURS, CellState, Consolidation, MatrixCell
from kh14_desktop.ui.admin.labels import QUIET, cell_state_label
from kh14_desktop.ui.i18n import current_language, format_number
from kh14_desktop.ui.labels import role_label


def figure_lines(c: Consolidation, figures: Mapping[str, int]) -> list[str]:
    """"Hội nghị: 2 cuộc", in the plan's words (or the report's, for a figure it alone has)."""
    lang = current_language()
    known = {indicator.key: indicator for indicator in c.plan.indicators}
    lines = []
    for key, value in figures.items():
        if not value:
            continue
        if key in known:
            name, measure = known[key].label(lang), known[key].measure_label(lang)
        else:
            entry = c.indicator(key)
            name, measure = entry.name, entry.measure
        lines.append(f"{html.escape(name)}: <b>{format_number(value)}</b> "
                     f"{html.escape(measure)}")
    return lines


def _section(title: str, text: str) -> str:
    if not text.strip():
        return ""
    body = html.escape(text.strip()).replace("\n", "<br>")
    return f"<p><b>{html.escape(title)}</b><br>{body}</p>"


def _quiet(text: str) -> str:
    return f"<p><i style='color:{QUIET}'>{html.escape(text)}</i></p>"


def cell_html(cell: MatrixCell, c: Consolidation) -> str:
    translate = QCoreApplication.translate
    title = next((task.title for task in c.tasks if task.code == cell.task_code),
                 cell.task_code)
    parts = [f"<h3 style='margin:0'>{html.escape(cell.unit.name)}</h3>",
             f"<p style='margin-top:2px'><b>{html.escape(cell.task_code)}</b> — "
             f"{html.escape(title)}</p>"]
    state = (f"<span style='background:#{STATE_COLOURS[cell.state]}; color:#000'>"
             f"&nbsp;{html.escape(cell_state_label(cell.state))}&nbsp;</span>")
    entry = cell.entry
    if cell.role is not None:
        role = role_label(cell.role, entry.requested if entry else False,
                          entry.conditional if entry else False)
        parts.append(f"<p>{html.escape(role)} · {state}</p>")
    else:
        parts.append(f"<p>{state}</p>")
    row = next((r for r in c.reporting if r.unit.id == cell.unit.id), None)
    if row is not None and row.received is not None:
        parts.append(f"<p style='color:{QUIET}'>" + html.escape(translate(
            "CellDetail", "Report no. {sequence}, signed {date}").format(
            sequence=row.received.sequence, date=format_date(exported_on(row.received))))
            + "</p>")
    if entry is None:
        if cell.state is CellState.NOT_ASSIGNED:
            parts.append(_quiet(translate("CellDetail", "The task is not assigned to this unit.")))
        else:
            parts.append(_quiet(translate("CellDetail",
                                          "The unit has not reported on this task yet.")))
        return "".join(parts)
    parts.append(_section(translate("CellDetail", "Result"), entry.result))
    parts.append(_section(translate("CellDetail", "Difficulties"), entry.difficulties))
    parts.append(_section(translate("CellDetail", "Proposals"), entry.proposals))
    totals = figure_lines(c, entry.totals)
    if totals:
        heading = translate("CellDetail", "Figures")
        parts.append(f"<p><b>{html.escape(heading)}</b><br>" + "<br>".join(totals) + "</p>")
    if entry.activities:
        heading = translate("CellDetail", "Activities ({count})").format(
            count=len(entry.activities))
        items = []
        for activity in entry.activities:
            figures = figure_lines(c, activity.figures)
            extra = f"<br><span style='color:{QUIET}'>{'; '.join(figures)}</span>" \
                if figures else ""
            items.append(f"<li>{format_date(activity.day)} — {html.escape(activity.title)}"
                         f"{extra}</li>")
        parts.append(f"<p><b>{html.escape(heading)}</b></p>"
                     f"<ul style='margin-top:0'>{''.join(items)}</ul>")
    if not (entry.result.strip() or entry.activities):
        parts.append(_quiet(translate("CellDetail", "No result or activity was reported.")))
    return "".join(parts)
