"""Evidence files, stored once each under their SHA-256 beside the database.

`attachments/ab/abcdef…` holds the bytes; the database holds who uses them and under
which original name. A stored file is never changed, so re-hashing it tells at once
whether it went missing or was altered on disk.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from kh14_desktop.domain.errors import UserError

if TYPE_CHECKING:
    from hashlib import _Hash

MAX_EVIDENCE_BYTES = 50 * 1024 * 1024
_CHUNK = 1024 * 1024


def sha256_hasher(data: bytes = b"") -> _Hash:
    """A SHA-256 hasher. hashlib loads OpenSSL (several milliseconds): the window opens
    without it, and it loads the first time a file is stored or checked."""
    import hashlib

    return hashlib.sha256(data)


class FileState(StrEnum):
    OK = "ok"
    MISSING = "missing"
    ALTERED = "altered"


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int


def human_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size} B"


class AttachmentStore:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path_of(self, sha256: str) -> Path:
        return self.folder / sha256[:2] / sha256

    def put_file(self, source: Path, limit: int | None = None) -> StoredFile:
        """Copy `source` in (hashing as it goes); the same content is stored once."""
        limit = MAX_EVIDENCE_BYTES if limit is None else limit
        name = source.name
        try:
            if not source.is_file():
                raise UserError("evidence.not_a_file", name=name)
            size = source.stat().st_size
            if size > limit:
                raise UserError("evidence.too_large", name=name, size=human_size(size),
                                limit=human_size(limit))
            with source.open("rb") as stream:
                return self._put_stream(stream, name, limit)
        except OSError as exc:
            raise UserError("evidence.unreadable", name=name,
                            detail=exc.strerror or str(exc)) from exc

    def put_bytes(self, data: bytes, sha256: str | None = None) -> StoredFile:
        """Store `data`; `sha256` may be given when the caller has just computed it."""
        digest = sha256 or sha256_hasher(data).hexdigest()
        target = self.path_of(digest)
        if not self._intact(target, digest, len(data)):
            self._write_new(target, [data])
        return StoredFile(digest, len(data))

    def _put_stream(self, stream: object, name: str, limit: int) -> StoredFile:
        self.folder.mkdir(parents=True, exist_ok=True)
        hasher = sha256_hasher()
        handle, temp_name = tempfile.mkstemp(prefix=".incoming-", suffix=".part",
                                             dir=self.folder)
        temp = Path(temp_name)
        size = 0
        try:
            with os.fdopen(handle, "wb") as out:
                while chunk := stream.read(_CHUNK):  # type: ignore[attr-defined]
                    size += len(chunk)
                    if size > limit:  # the file grew while we copied it
                        raise UserError("evidence.too_large", name=name,
                                        size=human_size(size), limit=human_size(limit))
                    hasher.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            digest = hasher.hexdigest()
            target = self.path_of(digest)
            if self._intact(target, digest, size):
                temp.unlink()
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(temp, target)
            return StoredFile(digest, size)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
            raise

    def _write_new(self, target: Path, chunks: list[bytes]) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=".incoming-", suffix=".part",
                                             dir=target.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                for chunk in chunks:
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp_name, target)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp_name)
            raise

    def _intact(self, target: Path, digest: str, size: int) -> bool:
        return target.exists() and target.stat().st_size == size and \
            self.state(digest) is FileState.OK

    def state(self, sha256: str) -> FileState:
        path = self.path_of(sha256)
        try:
            hasher = sha256_hasher()
            with path.open("rb") as stream:
                while chunk := stream.read(_CHUNK):
                    hasher.update(chunk)
        except FileNotFoundError:
            return FileState.MISSING
        except OSError:
            return FileState.MISSING
        return FileState.OK if hasher.hexdigest() == sha256 else FileState.ALTERED

    def read(self, sha256: str) -> bytes:
        """The stored bytes, checked against their hash."""
        data = self.path_of(sha256).read_bytes()
        if sha256_hasher(data).hexdigest() != sha256:
            raise ValueError(sha256)
        return data
