"""The right-hand pane: everything the plan says about the chosen task."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from kh14_desktop.domain.plan import Assignment, Plan
from kh14_desktop.services.office_tasks import OfficeTask
from kh14_desktop.ui.i18n import current_language
from kh14_desktop.ui.labels import role_label, status_label


def _escape(text: str) -> str:
    return html.escape(text, quote=False)


def _heading(text: str) -> str:
    return f"<h3>{_escape(text)}</h3>"


class TaskDetail(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.plan: Plan | None = None
        self.show_empty()

    def show_empty(self) -> None:
        self.browser.setHtml("<p style='color:#555'>" + _escape(
            self.tr("Choose a task on the left to read what the plan asks and who takes part."))
            + "</p>")

    def _units(self, plan: Plan, assignment: Assignment | None,
               unit_ids: tuple[str, ...]) -> str:
        if assignment is None:
            return "<p>" + _escape(self.tr("The plan names no cooperating unit.")) + "</p>"
        names = [plan.unit(unit_id).name for unit_id in unit_ids]
        open_clauses = [ref.text for ref in assignment.refs if ref.open]
        parts = [f"<p><i>{_escape(assignment.label)}: {_escape(assignment.text)}</i></p>"]
        if names:
            parts.append("<ul>" + "".join(f"<li>{_escape(n)}</li>" for n in names) + "</ul>")
        if open_clauses:
            parts.append("<p>" + _escape(self.tr("Also, without naming a unit: {clauses}.")
                                         .format(clauses="; ".join(open_clauses))) + "</p>")
        return "".join(parts)

    def show_task(self, plan: Plan, item: OfficeTask) -> None:
        task = item.task
        section = plan.section(task.section).title if task.section else ""
        indicators = plan.task_indicators(task)
        chunks = [
            f"<h2 style='margin-bottom:2px'>{_escape(task.code)}</h2>",
            f"<p style='font-size:large'><b>{_escape(task.title)}</b></p>",
        ]
        if section:
            chunks.append(f"<p style='color:#555'>{_escape(task.code.rsplit('.', 1)[0])}. "
                          f"{_escape(section)}</p>")
        chunks.append("<p>" + _escape(self.tr("Your role: {role}. Status: {status}.").format(
            role=role_label(item.role, item.requested, item.conditional, item.adopted),
            status=status_label(item.status))) + "</p>")
        if item.requested:
            chunks.append("<p style='color:#555'>" + _escape(self.tr(
                "The plan says “Đề nghị”: the Provincial People's Committee requests this of a "
                "body outside its authority.")) + "</p>")
        if item.adopted:
            chunks.append("<p style='color:#555'>" + _escape(self.tr(
                "The plan names no unit for this part of the task (“các cơ quan, đơn vị có "
                "liên quan”): your office added it to its list because it took part.")) + "</p>")
        if item.conditional:
            chunks.append("<p style='color:#555'>" + _escape(self.tr(
                "This applies only if it arose for your unit; otherwise mark it "
                "“did not arise”.")) + "</p>")
        if task.content:
            chunks.append(_heading(self.tr("Content")) + f"<p>{_escape(task.content)}</p>")
        chunks.append(_heading(self.tr("Lead units")))
        chunks.append(self._units(plan, task.lead, item.lead_units))
        chunks.append(_heading(self.tr("Cooperating units")))
        chunks.append(self._units(plan, task.cooperating, item.cooperating_units))
        if indicators:
            chunks.append(_heading(self.tr("Figures to report")) + "<ul>")
            lang = current_language()
            chunks.extend(f"<li>{_escape(i.label(lang))} ({_escape(i.measure_label(lang))})</li>"
                          for i in indicators)
            chunks.append("</ul>")
        self.browser.setHtml("".join(chunks))
