"""Work the safety features run off the UI thread when no window (and so no `JobRunner`)
holds the data: a restore, looking for the latest good backup before the window opens,
building a demo.

A `Task` (the runner's `Job`) lives on the UI thread; its function runs on a thread of its
own, and what it returns or raises comes back as a queued signal, so every slot runs on the
UI thread. The
thread is not a daemon: quitting the program waits for a restore instead of cutting it off.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from kh14_desktop.domain.errors import UserError
from kh14_desktop.ui.jobs import Job, Progress, Relay

log = logging.getLogger(__name__)
_running: set[Task] = set()  # alive until their end has reached the UI thread
_threads: list[threading.Thread] = []


# the runner's own job and relay: a task here differs only in running on a thread of its own
Task = Job


def start_task(name: str, work: Callable[[Progress], object]) -> Task:
    """Run `work(progress)` on a new thread; connect to the task's signals at once."""
    task = Job(name)
    _running.add(task)
    task.ended.connect(lambda: QTimer.singleShot(0, lambda: _running.discard(task)))
    handed = [task]
    cancel = task.cancel_event

    def run() -> None:
        relay = Relay()
        receiver = handed.pop()
        relay.finished.connect(receiver._on_finished, Qt.ConnectionType.QueuedConnection)
        relay.failed.connect(receiver._on_failed, Qt.ConnectionType.QueuedConnection)
        relay.progress.connect(receiver._on_progress, Qt.ConnectionType.QueuedConnection)
        del receiver  # the UI thread alone may hold, and so delete, the task
        try:
            result = work(Progress(relay.progress.emit, cancel))
        except Exception as exc:  # every failure must reach the UI thread
            if not isinstance(exc, UserError):
                log.exception("background task %s failed", name)
            relay.failed.emit(exc)
        else:
            relay.finished.emit(result)

    thread = threading.Thread(target=run, name=f"kh14-{name}")
    _threads[:] = [known for known in _threads if known.is_alive()]
    _threads.append(thread)
    thread.start()
    return task


def wait_for_tasks(timeout: float | None = None) -> None:
    """Block until every task's thread has ended (at exit: a restore is never cut off)."""
    for thread in list(_threads):
        thread.join(timeout)


def busy_dialog(parent: QWidget | None, title: str, text: str,
                stop_label: str = "") -> QProgressDialog:
    """A progress dialog that shows at once; without `stop_label` it has no Stop button."""
    dialog = QProgressDialog(text, stop_label, 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal if parent is None
                             else Qt.WindowModality.WindowModal)
    if not stop_label:
        dialog.setCancelButton(None)  # type: ignore[arg-type]
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    dialog.setMinimumDuration(0)
    dialog.setMinimumWidth(420)
    return dialog


def run_with_progress(parent: QWidget | None, title: str, text: str,
                      work: Callable[[Progress], object]) -> object:
    """Run `work` off the UI thread while a progress dialog turns, and wait for it (only
    before the event loop runs, when nothing else can happen); raises what `work` raised."""
    dialog = busy_dialog(parent, title, text)
    dialog.show()
    loop = QEventLoop()
    task = start_task(title, work)
    task.ended.connect(loop.quit)
    if not task.done:
        loop.exec()
    dialog.close()
    dialog.deleteLater()
    if task.error is not None:
        raise task.error
    return task.result
