"""Files signed by a key the admin does not trust yet wait here, untouched, until trusted.

Each waits as `quarantine/<sha256>.kh14` (the name the program chose, never the sender's).
Nothing about it is in the database, so a quarantined file changes nothing there.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.package import Manifest
from kh14_desktop.services.verify import read_any_package
from kh14_desktop.store.files import atomic_write

SUFFIX = ".kh14"
NAME_FILE_SUFFIX = ".name"  # the file name as received, for the log and the screen


@dataclass(frozen=True)
class WaitingFile:
    path: Path
    sha256: str
    received_name: str
    manifest: Manifest
    fingerprint: str
    public_key: str


def hold(folder: Path, sha256: str, data: bytes, received_name: str) -> Path:
    target = folder / f"{sha256}{SUFFIX}"
    if not target.exists():
        atomic_write(target, data)
        atomic_write(folder / f"{sha256}{NAME_FILE_SUFFIX}", received_name.encode("utf-8"))
    return target


def release(folder: Path, sha256: str) -> None:
    for suffix in (SUFFIX, NAME_FILE_SUFFIX):
        with contextlib.suppress(FileNotFoundError):
            (folder / f"{sha256}{suffix}").unlink()


def waiting(folder: Path) -> list[WaitingFile]:
    """Every file in quarantine that still verifies (a damaged one is skipped)."""
    found = []
    if not folder.is_dir():
        return found
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        sha256 = path.stem
        try:
            package = read_any_package(path)
        except UserError:
            continue
        name_file = folder / f"{sha256}{NAME_FILE_SUFFIX}"
        received = name_file.read_text(encoding="utf-8", errors="replace") \
            if name_file.exists() else path.name
        found.append(WaitingFile(path, sha256, received, package.manifest,
                                 package.fingerprint, package.signer_key.minisign_base64))
    return found
