"""One installation: its data folder, database, known plans and office profile.

The CLI and the window both start here; everything else takes an `Installation`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.plan import Plan, Unit
from kh14_desktop.services.lookup import find_unit
from kh14_desktop.services.plan_catalog import PlanCatalog
from kh14_desktop.store.database import Store
from kh14_desktop.store.location import DataFolder, choose_data_folder
from kh14_desktop.store.profile import Profile, load_profile, save_profile


@dataclass
class Installation:
    folder: DataFolder
    store: Store
    catalog: PlanCatalog

    @classmethod
    def open(cls, data_dir: str | Path | None = None) -> Installation:
        folder = choose_data_folder(data_dir)
        try:
            folder.ensure()
        except OSError as exc:
            raise UserError("store.cannot_open", path=str(folder.root),
                            detail=exc.strerror or str(exc)) from exc
        store = Store.open(folder.database, backups=folder.backups)
        return cls(folder, store, PlanCatalog.for_data_folder(folder.plans))

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Installation:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # the profile ------------------------------------------------------------------------
    def profile(self) -> Profile | None:
        return load_profile(self.store)

    def require_profile(self) -> Profile:
        profile = self.profile()
        if profile is None:
            raise UserError("profile.missing")
        return profile

    def plan(self) -> Plan:
        return self.catalog.get(self.require_profile().plan_id)

    def unit(self) -> Unit:
        profile = self.require_profile()
        return self.catalog.get(profile.plan_id).unit(profile.unit_id)

    def setup(self, unit_query: str | None, plan_query: str | None = None,
              admin: bool = False) -> Profile:
        """Choose the plan and the unit this installation reports for.

        An admin installation defaults to the plan's report recipient.
        """
        plan = self.catalog.find(plan_query)
        if unit_query:
            unit = find_unit(plan, unit_query)
        elif admin:
            unit = plan.recipient
        else:
            raise UserError("profile.missing")
        return save_profile(self.store, plan.id, unit.id, admin)


def today() -> dt.date:
    return dt.date.today()
