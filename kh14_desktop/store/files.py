"""Writing files so that a reader never sees half of one.

Every file the program produces is written to a temporary name in the same folder,
flushed to disk, then renamed over the final name: a power cut leaves either the old
file or the new one, and at worst a stray `*.part` file, never a truncated report.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

PART_SUFFIX = ".part"


@contextlib.contextmanager
def atomic_output(target: Path) -> Iterator[BinaryIO]:
    """Yield a binary file; on success it replaces `target`, on error it vanishes."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=PART_SUFFIX,
                                         dir=target.parent)
    temp_path = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_path, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp_path.unlink()
        raise
    sync_folder(target.parent)


def atomic_write(target: Path, data: bytes) -> None:
    with atomic_output(target) as stream:
        stream.write(data)


def atomic_write_with(target: Path, write: Callable[[BinaryIO], None]) -> None:
    """Let `write` fill the file (reportlab, zipfile and openpyxl all take a stream)."""
    with atomic_output(target) as stream:
        write(stream)


def sync_file(path: Path) -> None:
    """Flush a file that is already written to the disk.

    Opened for writing, never "rb": Windows' FlushFileBuffers refuses a handle without write
    access (os.fsync then fails with "permission denied"), where Linux forgives it.
    """
    with Path(path).open("rb+") as stream:
        os.fsync(stream.fileno())


def sync_folder(folder: Path) -> None:
    # the rename itself is only durable once the folder entry is on disk (POSIX only:
    # Windows has no handle on a folder to flush, and NTFS journals the rename itself)
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
