"""Recording an office's work: progress per task, activities with figures and evidence.

Every change is checked first (domain rules), evidence files are copied into the store
before the database is touched, and the rows of one change are written in one
transaction: a failure leaves the database exactly as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.plan import Plan, Task
from kh14_desktop.domain.progress import (
    Activity,
    EvidenceFile,
    Status,
    TaskProgress,
    check_activity,
    check_progress,
)
from kh14_desktop.domain.text import fold, nfc
from kh14_desktop.services.installation import Installation
from kh14_desktop.services.lookup import find_task
from kh14_desktop.store import office_records as records
from kh14_desktop.store.attachments import AttachmentStore, FileState, StoredFile


@dataclass(frozen=True)
class EvidenceProblem:
    activity_id: int
    evidence: EvidenceFile
    state: FileState


class OfficeWork:
    """The use cases of an office officer, on one installation."""

    def __init__(self, installation: Installation) -> None:
        self.installation = installation
        self.store = installation.store
        self.plan: Plan = installation.plan()
        self.files = AttachmentStore(installation.folder.attachments)

    def task(self, query: str) -> Task:
        return find_task(self.plan, query)

    # tasks taken up through an open clause ------------------------------------------------
    def adoptable_tasks(self) -> list[Task]:
        taken = set(records.adopted_tasks(self.store))
        return [task for task in self.plan.adoptable_tasks(self.installation.unit().id)
                if task.code not in taken]

    def adopt_task(self, task_query: str) -> Task:
        """Add a task the office took part in as one of "các cơ quan, đơn vị có liên quan"."""
        task = self.task(task_query)
        unit = self.installation.unit()
        if task.code not in {t.code for t in self.plan.adoptable_tasks(unit.id)}:
            raise UserError("task.not_adoptable", code=task.code, unit=unit.name)
        with self.store.transaction() as db:
            records.adopt_task(db, task.code)
        return task

    def has_records(self, task_code: str) -> bool:
        """Something is recorded on the task: an activity, or a status or text (a result
        written and then cleared again, back to "not started", counts as none)."""
        return bool(self.count_activities(task_code)) or not self.progress(task_code).is_blank

    def drop_task(self, task_query: str) -> Task:
        """Take an added task off the list again, as long as nothing is recorded on it."""
        task = self.task(task_query)
        if task.code not in records.adopted_tasks(self.store):
            raise UserError("task.not_adopted", code=task.code)
        if self.has_records(task.code):
            raise UserError("task.has_records", code=task.code)
        with self.store.transaction() as db:
            records.drop_adopted_task(db, task.code)
        return task

    # progress ---------------------------------------------------------------------------
    def progress(self, task_code: str) -> TaskProgress:
        return records.load_progress(self.store).get(task_code, TaskProgress(task_code))

    def all_progress(self) -> dict[str, TaskProgress]:
        return records.load_progress(self.store)

    def save_progress(self, task_query: str, status: Status | None = None,
                      result: str | None = None, difficulties: str | None = None,
                      proposals: str | None = None) -> TaskProgress:
        """Change what is given, keep the rest."""
        task = self.task(task_query)
        current = self.progress(task.code)
        checked = check_progress(
            self.plan, task, status or current.status,
            current.result if result is None else result,
            current.difficulties if difficulties is None else difficulties,
            current.proposals if proposals is None else proposals)
        if current.updated_at is not None and (
                checked.status, checked.result, checked.difficulties, checked.proposals) == (
                current.status, current.result, current.difficulties, current.proposals):
            return current  # nothing changed: keep the time it was last really updated
        with self.store.transaction() as db:
            return records.write_progress(db, checked)

    # activities -------------------------------------------------------------------------
    def _store_files(self, paths: Iterable[Path]) -> list[tuple[StoredFile, str]]:
        return [(self.files.put_file(Path(path)), nfc(Path(path).name)) for path in paths]

    def add_activity(self, task_query: str, day: dt.date, title: str, description: str = "",
                     figures: Mapping[str, int] | None = None,
                     attachments: Sequence[Path] = ()) -> Activity:
        task = self.task(task_query)
        draft = check_activity(self.plan, task, day, title, description, figures or {})
        stored = self._store_files(attachments)  # before the transaction: slow, and safe
        with self.store.transaction() as db:
            activity_id = records.insert_activity(db, draft)
            for item, name in stored:
                records.link_evidence(db, activity_id, item, name)
        return self.activity(activity_id)

    def update_activity(self, activity_id: int, day: dt.date, title: str, description: str,
                        figures: Mapping[str, int], add_files: Sequence[Path] = (),
                        remove_evidence: Sequence[int] = ()) -> Activity:
        current = self.activity(activity_id)
        task = self.task(current.task_code)
        draft = check_activity(self.plan, task, day, title, description, figures)
        stored = self._store_files(add_files)
        with self.store.transaction() as db:
            records.update_activity(db, activity_id, draft)
            records.unlink_evidence(db, activity_id, remove_evidence)
            for item, name in stored:
                records.link_evidence(db, activity_id, item, name)
        return self.activity(activity_id)

    def delete_activity(self, activity_id: int) -> Activity:
        """Delete and return what was deleted, so that it can be restored (undo)."""
        current = self.activity(activity_id)
        with self.store.transaction() as db:
            records.delete_activity_row(db, activity_id)
        return current

    def restore_activity(self, activity: Activity) -> Activity:
        with self.store.transaction() as db:
            for evidence in activity.evidence:
                records.remember_attachment(db, StoredFile(evidence.sha256, evidence.size))
            records.restore_activity_row(db, activity)
        return self.activity(activity.id)

    def activity(self, activity_id: int) -> Activity:
        found = records.get_activity(self.store, activity_id)
        if found is None:
            raise UserError("activity.not_found", id=activity_id)
        return found

    def activities(self, task_code: str | None = None, search: str = "",
                   limit: int | None = None, offset: int = 0) -> list[Activity]:
        return records.query_activities(self.store, task_code, fold(search).split(), limit,
                                        offset)

    def count_activities(self, task_code: str | None = None, search: str = "") -> int:
        return records.count_activities(self.store, task_code, fold(search).split())

    def figure_totals(self) -> dict[str, dict[str, int]]:
        return records.figure_totals(self.store)

    # evidence ---------------------------------------------------------------------------
    def evidence_path(self, evidence: EvidenceFile) -> Path:
        """The stored file to open, after checking it is there and unchanged."""
        state = self.files.state(evidence.sha256)
        if state is FileState.MISSING:
            raise UserError("evidence.missing", name=evidence.original_name,
                            sha=evidence.sha256[:12])
        if state is FileState.ALTERED:
            raise UserError("evidence.altered", name=evidence.original_name)
        return self.files.path_of(evidence.sha256)

    def evidence_problems(self) -> list[EvidenceProblem]:
        """Every evidence file that is missing or altered in the store."""
        problems = []
        states: dict[str, FileState] = {}
        for activity in self.activities():
            for evidence in activity.evidence:
                state = states.setdefault(evidence.sha256, self.files.state(evidence.sha256))
                if state is not FileState.OK:
                    problems.append(EvidenceProblem(activity.id, evidence, state))
        return problems
