"""The office profile: which plan this installation follows and which unit it speaks for."""

from __future__ import annotations

from dataclasses import dataclass

from kh14_desktop.store.database import Store, utc_now


@dataclass(frozen=True)
class Profile:
    plan_id: str
    unit_id: str
    is_admin: bool
    created_at: str
    updated_at: str


def load_profile(store: Store) -> Profile | None:
    row = store.execute(
        "SELECT plan_id, unit_id, is_admin, created_at, updated_at FROM profile WHERE id = 1"
    ).fetchone()
    if row is None:
        return None
    return Profile(row[0], row[1], bool(row[2]), row[3], row[4])


def save_profile(store: Store, plan_id: str, unit_id: str, is_admin: bool) -> Profile:
    now = utc_now()
    existing = load_profile(store)
    created = existing.created_at if existing else now
    with store.transaction() as db:
        db["profile"].upsert(
            {"id": 1, "plan_id": plan_id, "unit_id": unit_id, "is_admin": int(is_admin),
             "created_at": created, "updated_at": now},
            pk="id",
        )
    return Profile(plan_id, unit_id, is_admin, created, now)
