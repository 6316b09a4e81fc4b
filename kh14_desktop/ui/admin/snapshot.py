"""What the admin's pages show, read in one go off the UI thread: one value, every page.

Reading it parses every received report and re-verifies every quarantined file, which
takes longer than a blink once a province has reported, so it runs as a reading job. The
status table, the matrix and the consolidation page all read the same `Consolidation`, so
no two of them can disagree about a count.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from kh14_desktop.services.installation import Installation
from kh14_desktop.ui.jobs import Job, JobRunner, Progress

if TYPE_CHECKING:  # read in the background job: the window shows before they load
    from kh14_desktop.services import import_log
    from kh14_desktop.services.consolidation import Consolidation
    from kh14_desktop.store.received import TrustedKey

LOG_ROWS = 2000  # the newest attempts; `kh14 log` prints them all


@dataclass(frozen=True)
class WaitingKey:
    """Files in quarantine signed by one key that claim to come from one unit."""

    unit_id: str
    unit_name: str
    fingerprint: str
    file_names: tuple[str, ...]
    trusted_fingerprint: str  # the unit's trusted key, "" when it has none yet
    retired: bool = False  # a key the unit had and replaced: it is never trusted again
    consolidated: bool = False  # its files are consolidated: trusted as a consolidator only
    # consolidated files from a unit that is not the plan's recipient: an office forwarding
    # other units' reports, which only the admin of the level below may (issue 11's forgery)
    from_office: bool = False

    @property
    def conflicts(self) -> bool:
        """These files may be forged: the unit already has another key (trusted only as the
        unit's new key after it lost the old one, and never when this key is retired), or an
        office forwards other units' reports (never trusted)."""
        return self.from_office or (bool(self.trusted_fingerprint)
                                    and self.trusted_fingerprint != self.fingerprint)

    @property
    def replaceable(self) -> bool:
        """May become the unit's key in place of its trusted one (a lost key)."""
        return self.conflicts and not self.retired and not self.from_office


@dataclass(frozen=True)
class AdminSnapshot:
    consolidation: Consolidation
    waiting: tuple[WaitingKey, ...]
    log: tuple[import_log.ImportLogEntry, ...]
    review: tuple[str, ...] = ()  # reports resting on a consolidator's word, or to look at
    keys: tuple[tuple[str, str, TrustedKey], ...] = ()  # unit name, scope in names, key

    @property
    def trustable(self) -> tuple[WaitingKey, ...]:
        return tuple(item for item in self.waiting if not item.conflicts)


def read_waiting_keys(installation: Installation) -> tuple[WaitingKey, ...]:
    from kh14_desktop.domain.package import PackageKind
    from kh14_desktop.services.admin_actions import waiting_files
    from kh14_desktop.store.received import trusted_keys

    plan = installation.plan()
    keys = trusted_keys(installation.store)
    active = {key.unit_id: key.fingerprint for key in keys if key.active}
    retired = {(key.unit_id, key.fingerprint) for key in keys if not key.active}
    grouped: dict[tuple[str, str], list[str]] = {}
    consolidated: set[tuple[str, str]] = set()
    for item in waiting_files(installation):
        grouped.setdefault((item.manifest.unit_id, item.fingerprint), []).append(
            item.received_name)
        if item.manifest.kind is PackageKind.CONSOLIDATED:
            consolidated.add((item.manifest.unit_id, item.fingerprint))
    recipient = plan.report.recipient
    return tuple(
        WaitingKey(unit_id, plan.unit_name(unit_id),
                   fingerprint, tuple(sorted(names)), active.get(unit_id, ""),
                   (unit_id, fingerprint) in retired, (unit_id, fingerprint) in consolidated,
                   (unit_id, fingerprint) in consolidated and unit_id != recipient)
        for (unit_id, fingerprint), names in sorted(grouped.items()))


def read_snapshot(installation: Installation, today: dt.date) -> AdminSnapshot:
    from kh14_desktop.services import import_log
    from kh14_desktop.services.admin_actions import followed_period
    from kh14_desktop.services.consolidate_outputs import current_consolidation
    from kh14_desktop.services.revocation import review_notes
    from kh14_desktop.ui.i18n import current_language

    return AdminSnapshot(
        current_consolidation(installation, today=today),
        read_waiting_keys(installation),
        tuple(import_log.read_entries(installation.folder.root, limit=LOG_ROWS)),
        tuple(note for _unit, note in review_notes(
            installation, followed_period(installation), current_language())),
        read_trusted_keys(installation))


def read_trusted_keys(installation: Installation) -> tuple[tuple[str, str, TrustedKey], ...]:
    from kh14_desktop.store.received import trusted_keys

    plan = installation.plan()

    def name(unit_id: str) -> str:
        return "*" if unit_id == "*" else (
            plan.unit_name(unit_id))

    return tuple((name(key.unit_id), ", ".join(name(unit) for unit in key.scope.split()), key)
                 for key in trusted_keys(installation.store))


class AdminData(QObject):
    """The latest snapshot; `changed` when a fresh one arrives. Read again after each write."""

    changed = Signal()
    failed = Signal(object)  # the exception: reading went wrong (a bug, or a damaged store)

    def __init__(self, runner: JobRunner, today: Callable[[], dt.date],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._today = today
        self.snapshot: AdminSnapshot | None = None
        self.job: Job | None = None
        self._again = False

    def ensure_loaded(self) -> None:
        if self.snapshot is None and self.job is None:
            self.reload()

    def reload(self) -> Job | None:
        """Read again; a request during a read starts one more read after it (never two)."""
        if self.job is not None:
            self._again = True
            return self.job
        today = self._today()

        def read(installation: Installation, _progress: Progress) -> AdminSnapshot:
            return read_snapshot(installation, today)

        job = self.runner.start_with_installation("admin snapshot", read)
        job.finished.connect(self._arrived)
        job.failed.connect(self.failed.emit)
        job.ended.connect(self._ended)
        self.job = job
        return job

    @property
    def loading(self) -> bool:
        return self.job is not None

    def _arrived(self, snapshot: AdminSnapshot) -> None:
        if not self._again:  # a newer read is coming: do not flash the old one
            self.snapshot = snapshot
            self.changed.emit()

    def _ended(self) -> None:
        self.job = None
        if self._again:
            self._again = False
            self.reload()
