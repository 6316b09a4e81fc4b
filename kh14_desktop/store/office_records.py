"""Reading and writing the office's progress and activities (version 2 tables)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from kh14_desktop.domain.progress import (
    Activity,
    ActivityDraft,
    EvidenceFile,
    Status,
    TaskProgress,
)
from kh14_desktop.domain.text import fold
from kh14_desktop.store.attachments import StoredFile
from kh14_desktop.store.database import Store, utc_now

if TYPE_CHECKING:
    import sqlite_utils


# progress -----------------------------------------------------------------------------------
def load_progress(store: Store) -> dict[str, TaskProgress]:
    rows = store.execute(
        "SELECT task_code, status, result, difficulties, proposals, updated_at"
        " FROM task_progress").fetchall()
    return {row[0]: TaskProgress(row[0], Status(row[1]), row[2], row[3], row[4], row[5])
            for row in rows}


def write_progress(db: sqlite_utils.Database, progress: TaskProgress) -> TaskProgress:
    saved = TaskProgress(progress.task_code, progress.status, progress.result,
                         progress.difficulties, progress.proposals, utc_now())
    db["task_progress"].upsert(
        {"task_code": saved.task_code, "status": saved.status.value, "result": saved.result,
         "difficulties": saved.difficulties, "proposals": saved.proposals,
         "updated_at": saved.updated_at},
        pk="task_code",
    )
    return saved


# tasks taken up through an open clause -------------------------------------------------------
def adopted_tasks(store: Store) -> list[str]:
    return [row[0] for row in store.execute(
        "SELECT task_code FROM adopted_tasks ORDER BY adopted_at, task_code")]


def adopt_task(db: sqlite_utils.Database, task_code: str) -> None:
    db.execute("INSERT OR IGNORE INTO adopted_tasks (task_code, adopted_at) VALUES (?, ?)",
               [task_code, utc_now()])


def drop_adopted_task(db: sqlite_utils.Database, task_code: str) -> None:
    """The task leaves the office's list, with its blank progress row if it has one."""
    db.execute("DELETE FROM adopted_tasks WHERE task_code = ?", [task_code])
    db.execute("DELETE FROM task_progress WHERE task_code = ?", [task_code])


# activities ---------------------------------------------------------------------------------
def _search_text(draft: ActivityDraft) -> str:
    return fold(f"{draft.title} {draft.description}")


def insert_activity(db: sqlite_utils.Database, draft: ActivityDraft) -> int:
    now = utc_now()
    table = db["activities"]
    table.insert({"task_code": draft.task_code, "day": draft.day.isoformat(),
                  "title": draft.title, "description": draft.description,
                  "search_text": _search_text(draft), "created_at": now, "updated_at": now})
    activity_id = int(table.last_pk)  # type: ignore[arg-type]
    _write_figures(db, activity_id, draft.figures)
    return activity_id


def update_activity(db: sqlite_utils.Database, activity_id: int, draft: ActivityDraft) -> None:
    db["activities"].update(activity_id, {
        "task_code": draft.task_code, "day": draft.day.isoformat(), "title": draft.title,
        "description": draft.description, "search_text": _search_text(draft),
        "updated_at": utc_now()})
    db.execute("DELETE FROM activity_figures WHERE activity_id = ?", [activity_id])
    _write_figures(db, activity_id, draft.figures)


def _write_figures(db: sqlite_utils.Database, activity_id: int,
                   figures: Mapping[str, int]) -> None:
    if figures:
        db["activity_figures"].insert_all(
            {"activity_id": activity_id, "indicator": key, "value": value}
            for key, value in figures.items())


def remember_attachment(db: sqlite_utils.Database, stored: StoredFile) -> None:
    db.execute("INSERT OR IGNORE INTO attachments (sha256, size, stored_at) VALUES (?, ?, ?)",
               [stored.sha256, stored.size, utc_now()])


def link_evidence(db: sqlite_utils.Database, activity_id: int, stored: StoredFile,
                  original_name: str) -> int:
    remember_attachment(db, stored)
    table = db["activity_evidence"]
    table.insert({"activity_id": activity_id, "sha256": stored.sha256,
                  "original_name": original_name, "added_at": utc_now()})
    return int(table.last_pk)  # type: ignore[arg-type]


def unlink_evidence(db: sqlite_utils.Database, activity_id: int,
                    evidence_ids: Iterable[int]) -> None:
    for evidence_id in evidence_ids:
        db.execute("DELETE FROM activity_evidence WHERE id = ? AND activity_id = ?",
                   [evidence_id, activity_id])


def delete_activity_row(db: sqlite_utils.Database, activity_id: int) -> None:
    db.execute("DELETE FROM activities WHERE id = ?", [activity_id])


def restore_activity_row(db: sqlite_utils.Database, activity: Activity) -> None:
    """Put a deleted activity back exactly as it was (same id, times, figures, files)."""
    db["activities"].insert({
        "id": activity.id, "task_code": activity.task_code, "day": activity.day.isoformat(),
        "title": activity.title, "description": activity.description,
        "search_text": fold(f"{activity.title} {activity.description}"),
        "created_at": activity.created_at, "updated_at": activity.updated_at})
    _write_figures(db, activity.id, activity.figures)
    for evidence in activity.evidence:
        db["activity_evidence"].insert({"id": evidence.id, "activity_id": activity.id,
                                        "sha256": evidence.sha256,
                                        "original_name": evidence.original_name,
                                        "added_at": activity.updated_at})


_ACTIVITY_COLUMNS = "id, task_code, day, title, description, created_at, updated_at"


def _activities_from_rows(store: Store, rows: list[tuple[object, ...]]) -> list[Activity]:
    if not rows:
        return []
    ids = [int(row[0]) for row in rows]  # type: ignore[call-overload]
    figures: dict[int, dict[str, int]] = {}
    evidence: dict[int, list[EvidenceFile]] = {}
    for start in range(0, len(ids), 500):  # SQLite's parameter limit
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for activity_id, key, value in store.execute(
                f"SELECT activity_id, indicator, value FROM activity_figures"
                f" WHERE activity_id IN ({marks})", chunk):
            figures.setdefault(activity_id, {})[key] = value
        for row in store.execute(
                f"SELECT e.activity_id, e.id, e.sha256, e.original_name, a.size"
                f" FROM activity_evidence e JOIN attachments a ON a.sha256 = e.sha256"
                f" WHERE e.activity_id IN ({marks}) ORDER BY e.id", chunk):
            evidence.setdefault(row[0], []).append(EvidenceFile(row[1], row[2], row[3], row[4]))
    return [
        Activity(int(row[0]), str(row[1]), dt.date.fromisoformat(str(row[2])), str(row[3]),  # type: ignore[call-overload]
                 str(row[4]), figures.get(int(row[0]), {}),  # type: ignore[call-overload]
                 tuple(evidence.get(int(row[0]), ())), str(row[5]), str(row[6]))  # type: ignore[call-overload]
        for row in rows
    ]


def get_activity(store: Store, activity_id: int) -> Activity | None:
    rows = store.execute(f"SELECT {_ACTIVITY_COLUMNS} FROM activities WHERE id = ?",
                            [activity_id]).fetchall()
    found = _activities_from_rows(store, rows)
    return found[0] if found else None


def query_activities(store: Store, task_code: str | None = None, folded_words: list[str] | None
                     = None, limit: int | None = None, offset: int = 0) -> list[Activity]:
    """Activities by date (then entry order); `folded_words` must all appear."""
    sql, params = _where(task_code, folded_words)
    sql = f"SELECT {_ACTIVITY_COLUMNS} FROM activities{sql} ORDER BY day, id"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return _activities_from_rows(store, store.execute(sql, params).fetchall())


def count_activities(store: Store, task_code: str | None = None,
                     folded_words: list[str] | None = None) -> int:
    sql, params = _where(task_code, folded_words)
    return int(store.execute(f"SELECT count(*) FROM activities{sql}", params).fetchone()[0])


def _where(task_code: str | None, folded_words: list[str] | None) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if task_code is not None:
        clauses.append("task_code = ?")
        params.append(task_code)
    for word in folded_words or []:
        # the folded copy is compared with the folded query: đ and every mark fold alike
        clauses.append("instr(search_text, ?) > 0")
        params.append(word)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def figure_totals(store: Store) -> dict[str, dict[str, int]]:
    """task code -> indicator -> sum over the task's activities."""
    totals: dict[str, dict[str, int]] = {}
    for task_code, key, total in store.execute(
            "SELECT a.task_code, f.indicator, sum(f.value) FROM activity_figures f"
            " JOIN activities a ON a.id = f.activity_id GROUP BY a.task_code, f.indicator"):
        totals.setdefault(task_code, {})[key] = int(total)
    return totals


def activity_counts(store: Store) -> dict[str, int]:
    return {code: int(count) for code, count in store.execute(
        "SELECT task_code, count(*) FROM activities GROUP BY task_code")}
