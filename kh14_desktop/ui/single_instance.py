"""One program per data folder: a second start hands its files to the window already open.

Double-clicking a `.kh14` file while the program runs starts a second process, and Windows
starts one per file when several are opened at once. Two windows on one database would each
show the other's work late, and an admin opening fifteen reports would get fifteen windows.
So the first process holds a lock file in the data folder (`QLockFile`, which sees through
the lock of a process that died); a later process writes the files it was given into a
request under `requests/`, waits until the first takes it, and ends. The first process
watches that folder, gathers the requests that arrive together into one batch, and its
window opens them (import for an admin, verification for an office) and comes forward.
A lock left by another computer (a USB stick pulled out while the program was open there)
is taken over once the person says that program is closed.

QtNetwork's local sockets are the usual tool, but the bundle leaves QtNetwork out, and a file
in the data folder also works when that folder sits on a USB stick.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, QSysInfo, QTimer, Signal

from kh14_desktop.store.files import atomic_write
from kh14_desktop.store.location import DataFolder

LOCK_NAME = "kh14-desktop.lock"
REQUESTS_FOLDER = "requests"
REQUEST_SUFFIX = ".json"
MAX_REQUEST_BYTES = 64 * 1024  # thousands of paths; anything bigger is not ours
MAX_FILES_PER_REQUEST = 1000
HAND_OVER_SECONDS = 15.0  # the first window may still be opening on an old PC
BATCH_MS = 250  # requests this close together (one per file from Explorer) open as one

log = logging.getLogger(__name__)


class InstanceLock:
    """The data folder's lock: held by the program whose window works on it."""

    def __init__(self, folder: DataFolder) -> None:
        self.folder = folder
        self._lock = QLockFile(str(folder.root / LOCK_NAME))
        self._lock.setStaleLockTime(0)  # held for as long as the window is open, hours or days

    def acquire(self) -> bool:
        """False only when another program holds the folder. A folder that cannot be written
        counts as free: opening it then says what is wrong with it, in the usual words."""
        try:
            self.folder.ensure()
        except OSError:
            return True
        if self._lock.tryLock(0):
            return True
        return self._lock.error() != QLockFile.LockError.LockFailedError

    def holder_elsewhere(self) -> str | None:
        """The computer that holds the folder, when it is not this one: a USB stick pulled
        out of another PC while the program was open there leaves its lock behind, and this
        PC cannot tell whether that program still runs (on this PC, a dead holder is seen)."""
        _pid, host, _app = self._lock.getLockInfo()
        return host if host and host.casefold() not in this_computer_names() else None

    def take_over(self) -> bool:
        """Remove another computer's lock (the person said that program is closed)."""
        return self._lock.removeStaleLockFile() and self._lock.tryLock(0)

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()


def this_computer_names() -> set[str]:
    """The names by which this computer's locks are recorded, case-folded.

    QLockFile records `%COMPUTERNAME%` on Windows (the NetBIOS name: upper-case, at most 15
    characters) but the DNS host name elsewhere; `QSysInfo.machineHostName()` gives the DNS
    name in the case its owner typed ("Phong-KeHoach"). Host names ignore case.
    """
    names = {QSysInfo.machineHostName()}
    if sys.platform == "win32":
        names.add(os.environ.get("COMPUTERNAME", ""))
    return {name.casefold() for name in names if name}


# build/kh14.nsi looks for it: an update or an uninstall waits until no window is open
RUNNING_MUTEX = "KH14DesktopRunning"
_running_mutex: int | None = None


def announce_running() -> None:
    """Tell the Windows installer that the program runs (its files are in use). The mutex
    lives as long as the process: Windows closes it when the program ends, even by a crash."""
    global _running_mutex
    if sys.platform == "win32" and _running_mutex is None:
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        kernel32.CreateMutexW.restype = ctypes.c_void_p
        _running_mutex = kernel32.CreateMutexW(None, False, RUNNING_MUTEX)


def request_folder(folder: DataFolder) -> Path:
    return folder.root / REQUESTS_FOLDER


def hand_over(folder: DataFolder, files: Iterable[Path],
              timeout: float = HAND_OVER_SECONDS) -> bool:
    """Ask the program holding `folder` to open `files` (none: just to come forward).
    True once it took the request; False (and the request withdrawn) when it did not answer
    within `timeout` seconds."""
    requests = request_folder(folder)
    requests.mkdir(parents=True, exist_ok=True)
    payload = {"files": [str(Path(path).resolve()) for path in files]}
    # named by time, so the window opens files in the order they were double-clicked
    request = requests / f"{time.time_ns():020d}-{os.getpid()}{REQUEST_SUFFIX}"
    atomic_write(request, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    _allow_foreground()
    deadline = time.monotonic() + timeout
    while request.exists():
        if time.monotonic() > deadline:
            try:
                request.unlink()
            except OSError:
                return True  # taken at the last moment (or being read, on Windows)
            return False
        time.sleep(0.05)  # another process answers: nothing here to wait on but the file
    return True


def _allow_foreground() -> None:
    """Windows lets only the process that has the focus bring a window forward; the one
    Explorer just started has it, and passes it on to the window that will open the files."""
    if sys.platform == "win32":
        import ctypes

        asfw_any = -1
        ctypes.windll.user32.AllowSetForegroundWindow(asfw_any)  # type: ignore[attr-defined]


def read_request(path: Path) -> list[Path] | None:
    """The files a request asks for; None for a file that is not a request of ours."""
    try:
        if path.stat().st_size > MAX_REQUEST_BYTES:
            return None
        payload = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    files = payload.get("files") if isinstance(payload, dict) else None
    if not isinstance(files, list) or len(files) > MAX_FILES_PER_REQUEST \
            or not all(isinstance(name, str) and name and "\0" not in name for name in files):
        return None
    # a path is not text to normalise: a file named in decomposed form must still be found
    return [Path(name) for name in files]


class RequestInbox(QObject):
    """The first program's side: requests from later starts, gathered into batches."""

    files_requested = Signal(list)  # list[Path], possibly empty: come forward

    def __init__(self, folder: DataFolder, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = request_folder(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self._watcher = QFileSystemWatcher([str(self.folder)], self)
        self._batch = QTimer(self)
        self._batch.setSingleShot(True)
        self._batch.setInterval(BATCH_MS)
        self._watcher.directoryChanged.connect(lambda _path: self._batch.start())
        self._batch.timeout.connect(self.collect)

    def start(self) -> None:
        """Take the requests that arrived while this program was starting."""
        self.collect()

    def stop(self) -> None:
        """Stop watching: on Windows a watched folder cannot be deleted (a demo's)."""
        self._batch.stop()
        watched = self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)

    def watched(self) -> list[str]:
        return self._watcher.directories()

    def collect(self) -> list[Path]:
        paths: list[Path] = []
        taken = 0
        for request in sorted(self.folder.glob(f"*{REQUEST_SUFFIX}")):
            files = read_request(request)
            try:
                request.unlink()  # the answer the other program waits for
            except OSError:
                continue  # withdrawn as we read it, or not ours to remove
            if files is None:
                log.warning("ignored a malformed start request: %s", request.name)
                continue
            taken += 1
            paths.extend(path for path in files if path not in paths)
        if taken:
            self.files_requested.emit(paths)
        return paths
