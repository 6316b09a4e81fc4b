"""Shared fixtures: offscreen Qt, a temporary data folder per test, the shipped plan."""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--onscreen", action="store_true", help="show Qt windows on a real screen")


def pytest_configure(config: pytest.Config) -> None:
    if not config.getoption("--onscreen"):
        # the offscreen screen is an old office PC: 1366×768 at 125% (1093×614 points)
        screen = Path(__file__).parent / "data" / "offscreen-office-pc.json"
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={qt_argument_path(screen)}"
        if os.name == "nt":
            # offscreen on Windows reads fonts from files, by default from a folder PySide6
            # no longer ships ("Cannot find font directory"): the PC's own fonts instead
            windows = os.environ.get("WINDIR", r"C:\Windows")
            os.environ.setdefault("QT_QPA_FONTDIR", os.path.join(windows, "Fonts"))
    os.environ.setdefault("KH14_LANG", "vi")


def qt_argument_path(path: Path) -> str:
    """`path` as a Qt platform argument. Qt splits QT_QPA_PLATFORM at every ":", a Windows
    drive's too ("C:\\…" became "configfile=C" and the first Qt test ended the run): there
    the file is named from the current folder, which stays the one pytest started in until
    pytest-qt's QApplication exists (the only test that moves asks for it first)."""
    if os.name != "nt":
        return str(path)
    try:
        return os.path.relpath(path)
    except ValueError as exc:  # another drive
        raise pytest.UsageError(f"run the tests from the drive of {path}") from exc


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test ever reads or writes the real user's folders."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("KH14_DATA_DIR", str(tmp_path / "default-data"))
    monkeypatch.delenv("KH14_PASSPHRASE", raising=False)
    monkeypatch.delenv("KH14_NEW_PASSPHRASE", raising=False)


@pytest.fixture(autouse=True)
def _windows_flush_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test flushes files by Windows' rule: FlushFileBuffers (os.fsync) refuses a file
    handle opened without write access, where Linux forgives it (every import once failed
    on Windows for a flush of the import log opened "rb")."""
    if os.name != "posix":
        return
    import fcntl
    import stat

    flush = os.fsync

    def fsync(fd: int | Any) -> None:
        number = fd if isinstance(fd, int) else fd.fileno()
        read_only = fcntl.fcntl(number, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY
        if read_only and not stat.S_ISDIR(os.fstat(number).st_mode):  # folders: POSIX only
            raise PermissionError(13, "Permission denied (Windows: a read-only handle)")
        flush(fd)

    monkeypatch.setattr(os, "fsync", fsync)


@pytest.fixture(autouse=True)
def _cheap_key_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    """scrypt at its real cost takes a second per key; tests make many keys."""
    from kh14_desktop.services.signing import keys

    monkeypatch.setattr(keys, "DEFAULT_KDF", keys.FAST_KDF_FOR_TESTS)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture(scope="session")
def plan():  # type: ignore[no-untyped-def]
    from kh14_desktop.resources import resource_path
    from kh14_desktop.services.plan_catalog import load_plan_file

    return load_plan_file(resource_path("plans", "kh14-2024-yen-bai.json"))


@pytest.fixture
def installation(data_dir: Path) -> Iterator[object]:
    """An office installation for UBND huyện Văn Yên."""
    from kh14_desktop.services.installation import Installation

    with Installation.open(data_dir) as opened:
        opened.setup("h-van-yen")
        yield opened


PASSPHRASE = "mật khẩu thử"


@pytest.fixture
def office_with_key(installation: object) -> object:
    """The Văn Yên installation with its signing key (passphrase `PASSPHRASE`)."""
    from kh14_desktop.services.office_key import create_office_key

    create_office_key(installation, PASSPHRASE)  # type: ignore[arg-type]
    return installation


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def kh14(data_dir: Path) -> Callable[..., CliResult]:
    """Run `kh14 --data-dir <data_dir> ARGS...` in-process and capture what it prints."""
    from kh14_desktop.cli.main import main

    def run(*args: str, data: Path | None = data_dir) -> CliResult:
        out, err = io.StringIO(), io.StringIO()
        argv = (["--data-dir", str(data)] if data is not None else []) + list(args)
        with redirect_stdout(out), redirect_stderr(err):
            code = main(argv)
        return CliResult(code, out.getvalue(), err.getvalue())

    return run


@dataclass
class WindowlessMain:
    """`kh14-desktop` run in-process: the windows it opens and the files they were offered."""

    shown: list[Any] = field(default_factory=list)  # MainWindow
    offered: list[tuple[Any, list[Path]]] = field(default_factory=list)  # (window, files)

    def __call__(self, *argv: str) -> int:
        from PySide6.QtWidgets import QApplication

        from kh14_desktop.ui import app

        code = app.main(list(argv))
        QApplication.processEvents()  # a window offers its files once the loop turns
        return code

    @property
    def offered_files(self) -> list[list[Path]]:
        return [files for _window, files in self.offered]


@pytest.fixture
def windowless_main(qapp: object, monkeypatch: pytest.MonkeyPatch) -> Iterator[WindowlessMain]:
    """`app.main()` without its event loop (quitting the tests' application would upset later
    tests) and without showing its windows; the application's font and the language are put
    back, and the windows deleted (not closed: main() has closed the database they save into)."""
    from PySide6.QtWidgets import QApplication

    from kh14_desktop.ui.i18n import install_language
    from kh14_desktop.ui.main_window import MainWindow

    run = WindowlessMain()
    monkeypatch.setattr(QApplication, "exec", lambda _self: 0)
    monkeypatch.setattr(MainWindow, "show", lambda window: run.shown.append(window))
    monkeypatch.setattr(MainWindow, "open_files",
                        lambda window, files: run.offered.append((window, list(files))))
    font = QApplication.font()
    yield run
    QApplication.setFont(font)
    install_language("vi")
    for window in run.shown:
        window.deleteLater()
