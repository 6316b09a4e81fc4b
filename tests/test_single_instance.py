"""One program per data folder: reports double-clicked while it runs open in its window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kh14_desktop.services.installation import Installation
from kh14_desktop.store.location import DataFolder
from kh14_desktop.ui.i18n import install_language
from kh14_desktop.ui.main_window import MainWindow
from kh14_desktop.ui.report import report_actions
from kh14_desktop.ui.report.verify_model import COL_FILE
from kh14_desktop.ui.safety.session import Session
from kh14_desktop.ui.single_instance import (
    InstanceLock,
    RequestInbox,
    hand_over,
    request_folder,
)
from tests.conftest import WindowlessMain

ROOT = Path(__file__).resolve().parent.parent

# holds the data folder's lock until its standard input closes, like an open window
HOLDER = """
import sys
from pathlib import Path
from kh14_desktop.store.location import DataFolder
from kh14_desktop.ui.single_instance import InstanceLock
lock = InstanceLock(DataFolder(Path(sys.argv[1])))
print("held" if lock.acquire() else "refused", flush=True)
sys.stdin.read()
"""

HAND_OVER = """
import sys
from pathlib import Path
from kh14_desktop.store.location import DataFolder
from kh14_desktop.ui.single_instance import hand_over
taken = hand_over(DataFolder(Path(sys.argv[1])), [Path(name) for name in sys.argv[2:]])
sys.exit(0 if taken else 3)
"""


@pytest.fixture
def folder(tmp_path: Path) -> DataFolder:
    return DataFolder(tmp_path / "dữ liệu")


Spawn = Callable[..., "subprocess.Popen[bytes]"]


@pytest.fixture
def spawn() -> Iterator[Spawn]:
    """Starts a program from the project folder; one still running at the end (a failed
    hand-over leaves a window open) is stopped."""
    started: list[subprocess.Popen[bytes]] = []

    def start(*command: str, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
        process = subprocess.Popen([sys.executable, *command], cwd=ROOT, env=env)
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.kill()
        process.wait()


@pytest.fixture
def holder(folder: DataFolder) -> Iterator[subprocess.Popen[str]]:
    process = subprocess.Popen([sys.executable, "-c", HOLDER, str(folder.root)], cwd=ROOT,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                               encoding="utf-8")
    assert process.stdout is not None and process.stdout.readline().strip() == "held"
    yield process
    if process.poll() is None:
        process.kill()
    process.communicate()  # closes the pipes


def test_the_folder_is_held_by_one_program_and_freed_when_it_dies(
        folder: DataFolder, holder: subprocess.Popen[str]) -> None:
    assert not InstanceLock(folder).acquire()
    holder.kill()  # a crash: the lock file stays behind, naming a process that is gone
    holder.communicate()
    assert (folder.root / "kh14-desktop.lock").exists()
    lock = InstanceLock(folder)
    assert lock.acquire()
    lock.release()
    assert not (folder.root / "kh14-desktop.lock").exists()


def test_another_folder_is_not_held(folder: DataFolder, tmp_path: Path,
                                    holder: subprocess.Popen[str]) -> None:
    lock = InstanceLock(DataFolder(tmp_path / "other"))
    assert lock.acquire()
    lock.release()


def test_a_later_start_hands_its_files_over_and_ends(
        qtbot: QtBot, folder: DataFolder, tmp_path: Path, spawn: Spawn) -> None:
    reports = [tmp_path / "Báo cáo Văn Yên.kh14", tmp_path / "Trạm Tấu.kh14"]
    inbox = RequestInbox(folder)
    with qtbot.waitSignal(inbox.files_requested, timeout=20_000) as received:
        later = spawn("-c", HAND_OVER, str(folder.root), *map(str, reports))
    assert received.args == [[report.resolve() for report in reports]]
    assert later.wait(timeout=20) == 0  # it saw its request taken
    assert list(request_folder(folder).iterdir()) == []


def test_requests_arriving_together_open_as_one_batch_in_order(
        qapp: object, folder: DataFolder, tmp_path: Path) -> None:
    requests = request_folder(folder)
    requests.mkdir(parents=True)
    names = ["00000000000000000002-9.json", "00000000000000000001-8.json",
             "00000000000000000003-7.json"]
    for index, name in enumerate(names):
        files = [str(tmp_path / f"{index}.kh14"), str(tmp_path / "0.kh14")]
        (requests / name).write_text(json.dumps({"files": files}), encoding="utf-8")
    (requests / "00000000000000000004-6.json").write_text("{not json", encoding="utf-8")
    (requests / "00000000000000000005-5.json").write_text('{"files": [1, 2]}', "utf-8")
    inbox = RequestInbox(folder)
    batches: list[list[Path]] = []
    inbox.files_requested.connect(batches.append)
    inbox.start()
    # one batch, in the order the files were given, each file once; the malformed are dropped
    assert batches == [[tmp_path / "1.kh14", tmp_path / "0.kh14", tmp_path / "2.kh14"]]
    assert list(requests.iterdir()) == []


def test_a_start_with_no_file_only_asks_for_the_window(qapp: object,
                                                       folder: DataFolder) -> None:
    requests = request_folder(folder)
    requests.mkdir(parents=True)
    (requests / "00000000000000000001-1.json").write_text('{"files": []}', encoding="utf-8")
    batches: list[list[Path]] = []
    inbox = RequestInbox(folder)
    inbox.files_requested.connect(batches.append)
    inbox.start()
    assert batches == [[]]


def test_a_request_nobody_takes_is_withdrawn(folder: DataFolder, tmp_path: Path) -> None:
    assert not hand_over(folder, [tmp_path / "a.kh14"], timeout=0.2)
    assert list(request_folder(folder).iterdir()) == []


@pytest.fixture
def session_window(qtbot: QtBot, installation: Installation) -> Iterator[Session]:
    install_language("vi")
    window = MainWindow(installation)
    qtbot.addWidget(window)
    window.show()
    session = Session.adopt(window)
    yield session
    window.runner.shutdown()


def test_a_double_clicked_report_opens_in_the_window_already_open(
        qtbot: QtBot, session_window: Session, tmp_path: Path, spawn: Spawn) -> None:
    """The real program started on a report while a window holds the folder: the report is
    verified in that window and the second program ends without a window of its own."""
    window = session_window.window
    assert window is not None
    folder = window.installation.folder
    lock = InstanceLock(folder)
    assert lock.acquire()
    inbox = RequestInbox(folder, session_window)
    inbox.files_requested.connect(session_window.open_requested)
    report = tmp_path / "Báo cáo nhận qua Zalo.kh14"
    report.write_bytes(b"PK\x05\x06" + bytes(18))  # an empty ZIP: refused, but checked
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    try:
        second = spawn("-m", "kh14_desktop.ui.app", "--data-dir", str(folder.root),
                       str(report), env=env)
        qtbot.waitUntil(lambda: report_actions(window).verify_dialog is not None,
                        timeout=30_000)
        assert second.wait(timeout=30) == 0
    finally:
        lock.release()
    dialog = report_actions(window).verify_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=30_000)
    assert report.name in dialog.model.index(0, COL_FILE).data()
    dialog.accept()


def test_files_handed_over_during_a_restore_wait_for_the_next_window(
        session_window: Session, tmp_path: Path) -> None:
    window = session_window.window
    session_window.window = None  # as while the recovery dialog or a restore is on screen
    session_window.open_requested([tmp_path / "a.kh14"])
    assert session_window.pending_files == [tmp_path / "a.kh14"]
    session_window.window = window


def test_a_program_that_does_not_answer_is_explained_in_vietnamese(
        qapp: object, folder: DataFolder, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from kh14_desktop.ui import app, dialogs, single_instance

    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, _title, text, _detail="":
                        shown.append(text))
    monkeypatch.setattr(single_instance.hand_over, "__defaults__", (0.2,))
    try:
        assert app.hand_over_files(folder, [tmp_path / "a.kh14"], "vi") == 1
    finally:
        install_language("vi")
    assert shown == ["KH14 Desktop đang mở trên thư mục dữ liệu này nhưng không phản hồi. "
                     "Hãy chờ nó làm xong việc đang làm, hoặc đóng nó, rồi thử lại."]
    assert list(request_folder(folder).iterdir()) == []


def test_a_report_double_clicked_during_the_first_run_wizard_waits_for_the_window(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spawn: Spawn,
        windowless_main: WindowlessMain) -> None:
    data = tmp_path / "data"  # nothing set up yet: the first-run wizard opens
    report = tmp_path / "Báo cáo Văn Yên.kh14"
    report.write_bytes(b"PK")

    def wizard(session: Session, installation: Installation) -> bool:
        # the officer is still filling the wizard in when a report is double-clicked
        later = spawn("-c", HAND_OVER, str(data), str(report))
        qtbot.waitUntil(lambda: session.pending_files == [report.resolve()], timeout=20_000)
        assert later.wait(timeout=20) == 0  # taken: no "does not answer"
        installation.setup("h-van-yen")
        return True

    monkeypatch.setattr(Session, "_set_up", wizard)
    assert windowless_main("--data-dir", str(data)) == 0
    assert windowless_main.offered_files == [[report.resolve()]]


def test_files_of_programs_that_lost_the_race_join_the_first_programs_own(
        tmp_path: Path, windowless_main: WindowlessMain) -> None:
    """Opening several reports at once starts one program per file: the first opens its own
    file and the others' in one batch (one import, one list of results)."""
    data = tmp_path / "data"
    with Installation.open(data) as installation:
        installation.setup("h-van-yen")
    own, other = tmp_path / "Văn Yên.kh14", tmp_path / "Trạm Tấu.kh14"
    requests = request_folder(DataFolder(data))
    requests.mkdir(parents=True)
    # written by a program started with the first, before the first's window showed
    (requests / "00000000000000000001-1.json").write_text(
        json.dumps({"files": [str(other)]}), encoding="utf-8")
    assert windowless_main("--data-dir", str(data), str(own)) == 0
    assert windowless_main.offered_files == [[own.resolve(), other]]
    assert list(requests.iterdir()) == []


def leave_lock_of_another_computer(folder: DataFolder) -> None:
    """The lock a program on another PC leaves when the USB stick is pulled out under it
    (QLockFile's format: pid, program, host, machine id, boot id)."""
    folder.ensure()
    (folder.root / "kh14-desktop.lock").write_text(
        "4242\nkh14-desktop\nMAY-PHONG-VAN-HOA\n00000000000000000000000000000000\n"
        "b1e5a0c2-0000-4000-8000-000000000000\n", encoding="utf-8")


def test_a_lock_left_by_another_computer_is_named_and_can_be_taken_over(
        folder: DataFolder) -> None:
    leave_lock_of_another_computer(folder)
    lock = InstanceLock(folder)
    assert not lock.acquire()  # this PC cannot tell whether that program still runs
    assert lock.holder_elsewhere() == "MAY-PHONG-VAN-HOA"
    assert lock.take_over()
    assert InstanceLock(folder).holder_elsewhere() is None  # ours now
    lock.release()


def test_a_lock_on_this_computer_is_not_elsewhere(folder: DataFolder,
                                                  holder: subprocess.Popen[str]) -> None:
    lock = InstanceLock(folder)
    assert not lock.acquire()
    assert lock.holder_elsewhere() is None  # handed over to, never taken over


def test_a_stopped_inbox_lets_its_folder_be_deleted(folder: DataFolder) -> None:
    """Windows deletes no folder that is watched: the demo's folder piled up in %TEMP%."""
    import shutil

    inbox = RequestInbox(folder)
    assert inbox.watched()
    inbox.stop()
    assert inbox.watched() == []
    shutil.rmtree(folder.root)
    assert not folder.root.exists()


def test_this_computers_own_lock_is_never_another_computers(
        folder: DataFolder, monkeypatch: pytest.MonkeyPatch) -> None:
    """A PC named "Phong-KeHoach": Windows' QLockFile records %COMPUTERNAME% (upper-case,
    at most 15 characters), not the DNS name in its owner's case."""
    if sys.platform == "win32":
        monkeypatch.setenv("COMPUTERNAME", "PHONG-KEHOACH")
    first = InstanceLock(folder)
    assert first.acquire()
    try:
        assert InstanceLock(folder).holder_elsewhere() is None
    finally:
        first.release()


def test_host_names_are_compared_whatever_their_case(folder: DataFolder) -> None:
    from PySide6.QtCore import QSysInfo

    name = QSysInfo.machineHostName()
    for written in (name.upper(), name.lower()):
        folder.ensure()
        (folder.root / "kh14-desktop.lock").write_text(
            f"4242\nkh14-desktop\n{written}\n", encoding="utf-8")
        assert InstanceLock(folder).holder_elsewhere() is None


@pytest.mark.parametrize("open_here", [True, False])
def test_the_officer_decides_whether_to_open_a_folder_another_computer_left_locked(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, open_here: bool,
        windowless_main: WindowlessMain) -> None:
    from kh14_desktop.ui import dialogs

    data = tmp_path / "USB" / "data"
    with Installation.open(data) as installation:
        installation.setup("h-van-yen")
    leave_lock_of_another_computer(DataFolder(data))
    asked: list[str] = []

    def ask(_parent: object, _title: str, text: str, yes: str, no: str,
            _detail: str = "") -> bool:
        asked.append(f"{text} [{yes}] [{no}]")
        return open_here

    monkeypatch.setattr(dialogs, "ask", ask)
    assert windowless_main("--data-dir", str(data)) == 0
    assert len(asked) == 1 and "“MAY-PHONG-VAN-HOA”" in asked[0]
    assert asked[0].endswith("[Mở ở máy này] [Thoát]")
    assert len(windowless_main.shown) == (1 if open_here else 0)
    # taken over and released at the end, or left as it was
    assert (data / "kh14-desktop.lock").exists() is not open_here


def test_a_handed_over_path_is_kept_exactly_as_the_file_is_named(
        qapp: object, folder: DataFolder, tmp_path: Path) -> None:
    import unicodedata

    decomposed = tmp_path / unicodedata.normalize("NFD", "Báo cáo Văn Yên.kh14")  # from a Mac
    decomposed.write_bytes(b"PK")
    requests = request_folder(folder)
    requests.mkdir(parents=True)
    (requests / "00000000000000000001-1.json").write_text(
        json.dumps({"files": [str(decomposed)]}), encoding="utf-8")
    batches: list[list[Path]] = []
    inbox = RequestInbox(folder)
    inbox.files_requested.connect(batches.append)
    inbox.start()
    assert batches == [[decomposed]] and batches[0][0].exists()
