"""Finding a unit or a task from what a person typed: an id, a code, or part of a name."""

from __future__ import annotations

from collections.abc import Sequence

from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.plan import Plan, Task, Unit
from kh14_desktop.domain.text import fold, narrow, sort_key

MAX_LISTED = 8


def unit_names(unit: Unit) -> Sequence[str]:
    return (unit.id, unit.name, unit.short_name, *unit.aliases)


def search_units(plan: Plan, query: str) -> list[Unit]:
    """Units matching the query, in Vietnamese alphabetical order (all of them if empty)."""
    units = plan.sorted_units()
    if not fold(query):
        return units
    return sorted(narrow(query, units, unit_names), key=lambda unit: sort_key(unit.name))


def find_unit(plan: Plan, query: str) -> Unit:
    """Exactly one unit for `query`, or a UserError listing the candidates."""
    if plan.has_unit(query):
        return plan.unit(query)
    found = search_units(plan, query) if fold(query) else []
    if len(found) == 1:
        return found[0]
    if not found:
        sample = ", ".join(f"{u.name} [{u.id}]" for u in plan.sorted_units()[:MAX_LISTED])
        raise UserError("unit.not_found", query=query, candidates=sample + ", …")
    listed = ", ".join(f"{u.name} [{u.id}]" for u in found[:MAX_LISTED])
    if len(found) > MAX_LISTED:
        listed += ", …"
    raise UserError("unit.ambiguous", query=query, candidates=listed)


def find_task(plan: Plan, query: str) -> Task:
    """A task by its code ("II.3.2"), with or without the part ("3.2" means "II.3.2")."""
    wanted = query.strip().upper().rstrip(".")
    for candidate in (wanted, f"II.{wanted}"):
        if plan.has_task(candidate):
            return plan.task(candidate)
    sample = ", ".join(task.code for task in plan.tasks[:MAX_LISTED]) + ", …"
    raise UserError("task.not_found", query=query, candidates=sample)
