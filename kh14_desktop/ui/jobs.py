"""Work that may take longer than a blink runs here, off the UI thread.

A job is a plain function. It runs in a pool thread and never sees a widget; what it
returns (or raises) comes back as a signal of a `Job` that lives on the UI thread, so
every slot connected to it runs on the UI thread too. SQLite connections belong to the
thread that opened them, so a job that reads or writes the database receives its own
`Installation` (a fresh connection to the same data folder) and closes it when done.

Database writes share one single-thread pool (they would only queue behind SQLite's
write lock anyway, and their order is then the order they were asked for); reading and
hashing files use a second pool.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from kh14_desktop.services.installation import Installation
from kh14_desktop.store.database import Store

log = logging.getLogger(__name__)


@dataclass
class Progress:
    """Handed to a job: report how far it got; look whether the person cancelled."""

    _report: Callable[[int, int], None]
    _cancel: threading.Event = field(default_factory=threading.Event)

    def update(self, done: int, total: int) -> None:
        self._report(done, total)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class Relay(QObject):
    """Carries a pool thread's results across to the `Job` on the UI thread (queued)."""

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class Job(QObject):
    """One run of a function; connect to its signals before or after `JobRunner.start`.

    `finished(result)`, `failed(exception)` (a `UserError` is the person's to fix,
    anything else is a bug) and `progress(done, total)` are emitted on the UI thread.
    """

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)
    ended = Signal()  # after finished or failed, whichever it was

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self.cancel_event = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop; a job checks `progress.cancelled` where stopping is safe."""
        self.cancel_event.set()

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self.done, self.result = True, result
        self.finished.emit(result)
        self.ended.emit()

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        assert isinstance(error, BaseException)
        self.done, self.error = True, error
        self.failed.emit(error)
        self.ended.emit()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.emit(done, total)


class _Runnable(QRunnable):
    def __init__(self, job: Job, work: Callable[[Progress], object]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.job: Job | None = job
        self.name = job.name
        self.cancel_event = job.cancel_event
        self.work = work

    def run(self) -> None:
        # made here so that it belongs to this thread and dies here; its signals reach
        # the job on the UI thread through queued connections
        relay = Relay()
        job, self.job = self.job, None
        assert job is not None
        relay.finished.connect(job._on_finished)
        relay.failed.connect(job._on_failed)
        relay.progress.connect(job._on_progress)
        # the UI thread alone may hold (and so delete) the job: a QObject must die on the
        # thread it lives on
        del job
        progress = Progress(relay.progress.emit, self.cancel_event)
        try:
            result = self.work(progress)
        except Exception as exc:  # every failure must reach the UI thread, not the void
            if not _is_user_error(exc):
                log.exception("background job %s failed", self.name)
            relay.failed.emit(exc)
        else:
            relay.finished.emit(result)


def _is_user_error(exc: BaseException) -> bool:
    from kh14_desktop.domain.errors import UserError

    return isinstance(exc, UserError)


class JobRunner(QObject):
    """Starts jobs for one installation and keeps them alive until they end."""

    def __init__(self, installation: Installation, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.installation = installation
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(max(2, min(4, QThreadPool.globalInstance()
                                                   .maxThreadCount())))
        self._running: set[Job] = set()
        self.shut_down = False  # the window is closing or closed: its data may be too

    def start(self, name: str, work: Callable[[Progress], object], *,
              writes: bool = False) -> Job:
        """Run `work(progress)` off the UI thread; `writes` puts it in the writers' queue."""
        job = Job(name)  # no parent: it dies when the last holder lets go, on this thread
        self._running.add(job)
        job.ended.connect(self._job_ended)
        (self._writer if writes else self._readers).start(_Runnable(job, work))
        return job

    def start_with_installation(self, name: str,
                                work: Callable[[Installation, Progress], object], *,
                                writes: bool = False) -> Job:
        """Like `start`, with an `Installation` of the job's own (its own connection)."""
        folder, catalog = self.installation.folder, self.installation.catalog

        def run(progress: Progress) -> object:
            # the plan catalog is read once and never changed, so threads can share it
            store = Store.open(folder.database)
            try:
                return work(Installation(folder, store, catalog), progress)
            finally:
                store.close()

        return self.start(name, run, writes=writes)

    @Slot()
    def _job_ended(self) -> None:
        job = self.sender()
        # not while the job is still emitting `ended`: let go of it once that is over
        QTimer.singleShot(0, self, lambda: self._running.discard(job))  # type: ignore[arg-type]

    @property
    def busy(self) -> bool:
        return any(not job.done for job in self._running)

    def wait_for_writes(self, msecs: int = -1) -> bool:
        """Block until every queued write has run (closing the window must not cut one off)."""
        return self._writer.waitForDone(msecs)

    def shutdown(self) -> None:
        self.shut_down = True
        for job in self._running:
            job.cancel()
        self._writer.waitForDone()
        self._readers.waitForDone()
