"""The plans an installation knows: those shipped in `resources/plans/` and those the user
added to the data folder's `plans/` (next year's plan is a file, not a release)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kh14_desktop.domain.errors import PlanFileError, UserError
from kh14_desktop.domain.plan import Plan
from kh14_desktop.domain.plan_reader import parse_plan
from kh14_desktop.domain.text import fold
from kh14_desktop.resources import resource_path


@dataclass(frozen=True)
class BrokenPlanFile:
    path: Path
    error: PlanFileError


def load_plan_file(path: Path) -> Plan:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PlanFileError(path.name, "/", "plan.unreadable", detail=exc.strerror or str(exc)) \
            from exc
    return parse_plan(data, path.name)


class PlanCatalog:
    """Plan files found in a list of folders, read once each."""

    def __init__(self, folders: list[Path]) -> None:
        self.folders = folders
        self._plans: dict[str, Plan] | None = None
        self._broken: list[BrokenPlanFile] = []

    @classmethod
    def for_data_folder(cls, user_plans: Path | None) -> PlanCatalog:
        folders = [resource_path("plans")]
        if user_plans is not None:
            folders.append(user_plans)
        return cls(folders)

    def _load(self) -> dict[str, Plan]:
        if self._plans is None:
            plans: dict[str, Plan] = {}
            for folder in self.folders:
                if not folder.is_dir():
                    continue
                for path in sorted(folder.glob("*.json")):
                    try:
                        plan = load_plan_file(path)
                    except PlanFileError as exc:
                        self._broken.append(BrokenPlanFile(path, exc))
                        continue
                    plans.setdefault(plan.id, plan)  # a shipped plan wins over a copy
            self._plans = plans
        return self._plans

    def plans(self) -> list[Plan]:
        """Newest year first, then by id."""
        return sorted(self._load().values(), key=lambda plan: (-plan.year, plan.id))

    def broken(self) -> list[BrokenPlanFile]:
        self._load()
        return list(self._broken)

    def get(self, plan_id: str) -> Plan:
        plans = self._load()
        if plan_id not in plans:
            raise UserError("profile.plan_missing", plan=plan_id)
        return plans[plan_id]

    def find(self, query: str | None) -> Plan:
        """A plan by id or by a diacritic-insensitive part of its name; None: the newest."""
        plans = self.plans()
        if not plans:
            raise UserError("plan.none_installed", folder=str(self.folders[0]))
        if not query:
            return plans[0]
        by_id = {plan.id: plan for plan in plans}
        if query in by_id:
            return by_id[query]
        wanted = fold(query)
        found = [plan for plan in plans if wanted in fold(f"{plan.id} {plan.name}")]
        if len(found) == 1:
            return found[0]
        raise UserError("plan.not_found", query=query,
                        candidates=", ".join(plan.id for plan in (found or plans)))
