"""Opening a `.kh14` package from an untrusted source: every check, in order, nothing trusted.

`read_package` returns a `VerifiedPackage` only when the file is a well-formed, complete,
unaltered package whose manifest is signed by the key it names; otherwise it raises
`PackageRejected` with the check that failed (see `PackageCheck` for the order). Whether that
key belongs to the office it claims is the importer's question, not this module's.

The ZIP structure is read here, strictly, rather than with `zipfile`: on Python 3.11.7 it does
not catch members that overlap (CVE-2024-0450), it rewrites backslashes to "/" on Windows and
cuts names at a NUL byte (so the name checked would not be the name in the file), and it
trusts declared sizes. The ZIP accepted is the plain kind every tool writes: one disk, no
ZIP64, no encryption, STORED or DEFLATED, members back to back from the first byte up to the
central directory. Members are read into memory under limits; nothing is written to disk.
"""

from __future__ import annotations

import hashlib
import os
import stat
import struct
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import BinaryIO

from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.package import (
    DEFAULT_LIMITS,
    MANIFEST_NAME,
    RESERVED_NAMES,
    SIGNATURE_NAME,
    Manifest,
    MemberRole,
    PackageCheck,
    PackageLimits,
    PackageRejected,
    member_name_problem,
    name_key,
    parse_manifest,
    trusted_comment_for,
)
from kh14_desktop.services.signing import PublicKey, SignatureError, verify


@dataclass(frozen=True)
class VerifiedPackage:
    """A package whose every member matches a manifest signed by `signer_key`."""

    manifest: Manifest
    manifest_bytes: bytes
    signature: bytes
    trusted_comment: str
    signer_key: PublicKey
    members: Mapping[str, bytes]  # by ZIP name, the manifest and its signature excluded
    sha256: str  # of the whole file, lower-case hex
    size: int

    @property
    def fingerprint(self) -> str:
        return self.signer_key.fingerprint

    def members_with_role(self, role: MemberRole) -> list[tuple[str, bytes]]:
        return [(item.name, self.members[item.name]) for item in self.manifest.with_role(role)]


def read_package(source: Path | bytes, limits: PackageLimits = DEFAULT_LIMITS) -> VerifiedPackage:
    """Check a package file (or its bytes) completely; raises `PackageRejected`.

    A file that cannot be opened at all raises a plain `UserError("package.cannot_read")`.
    """
    data = _load(source, limits)  # (1) SIZE
    view = memoryview(data)
    entries, directory_start = _central_directory(view, limits)  # (2) ZIP
    _check_entries(entries)  # (3) NAMES
    _check_layout(view, entries, directory_start)  # (4) ZIP
    _check_declared_sizes(entries, limits)  # (5) SIZE
    contents = {entry.name: _inflate(view[entry.data_start:entry.data_end], entry)
                for entry in entries}
    manifest_bytes, signature = _manifest_files(contents)  # (6) MANIFEST
    manifest = parse_manifest(manifest_bytes, max_members=limits.max_members)  # (6) SCHEMA
    signer_key = _signer_key(manifest)
    payload = {name: content for name, content in contents.items()
               if name not in RESERVED_NAMES}
    _check_member_set(manifest, payload)  # (7) MEMBERS
    _check_hashes(manifest, payload)  # (8) HASH
    trusted_comment = _check_signature(manifest, manifest_bytes, signature, signer_key)  # (9)
    return VerifiedPackage(
        manifest=manifest, manifest_bytes=manifest_bytes, signature=signature,
        trusted_comment=trusted_comment, signer_key=signer_key,
        members=MappingProxyType(payload), sha256=hashlib.sha256(data).hexdigest(),
        size=len(data))


# (2)-(5): the ZIP structure -------------------------------------------------------------------
_END = struct.Struct("<4s4H2LH")
_END_SIGNATURE = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_CENTRAL = struct.Struct("<4s6H3L5H2L")
_CENTRAL_SIGNATURE = b"PK\x01\x02"
_LOCAL = struct.Struct("<4s5H3L2H")
_LOCAL_SIGNATURE = b"PK\x03\x04"
_MAX_COMMENT = 0xFFFF
_CHUNK_BYTES = 1 << 20

_STORED = 0
_DEFLATED = 8
_FLAG_ENCRYPTED = 0x0001
_FLAG_DATA_DESCRIPTOR = 0x0008
_FLAG_STRONG_ENCRYPTION = 0x0040
_FLAG_MASKED_HEADERS = 0x2000
_ENCRYPTION_FLAGS = _FLAG_ENCRYPTED | _FLAG_STRONG_ENCRYPTION | _FLAG_MASKED_HEADERS
_ALLOWED_FLAGS = 0x0002 | 0x0004 | 0x0800  # deflate level hints, UTF-8 names
_DOS_DIRECTORY = 0x10
_DOS_VOLUME_LABEL = 0x08


@dataclass
class _ZipEntry:
    """One central directory record, plus where its data lies once the local header is read."""

    name: str
    raw_name: bytes
    flags: int
    method: int
    crc: int
    compressed_size: int
    size: int
    header_offset: int
    external_attr: int
    data_start: int = -1

    @property
    def data_end(self) -> int:
        return self.data_start + self.compressed_size


def _zip_error(code: str, member: str | None = None, **params: object) -> PackageRejected:
    return PackageRejected(PackageCheck.ZIP, "package.zip_damaged", member=member,
                           reason_code=code, reason_params={"member": member, **params})


def _mb(size: int) -> float:
    return round(size / 2**20, 1)


def _size_error(code: str, member: str | None = None, **params: object) -> PackageRejected:
    return PackageRejected(PackageCheck.SIZE, code, member=member, **params)


def _names_error(code: str, member: str, **params: object) -> PackageRejected:
    return PackageRejected(PackageCheck.NAMES, "package.unsafe_member", member=member,
                           reason_code=code, reason_params=params)


# (2) the end record and central directory ------------------------------------------------------
def _central_directory(data: memoryview,
                       limits: PackageLimits) -> tuple[list[_ZipEntry], int]:
    """The entries as the central directory lists them, and where that directory starts.

    The member count limit (step 5) is checked here already, before millions of entries
    could be parsed: such a directory is itself the attack.
    """
    end_at = _find_end_record(data)
    (_, disk, cd_disk, disk_entries, total_entries, cd_size, cd_offset,
     _comment_length) = _END.unpack_from(data, end_at)
    if 0xFFFF in (disk_entries, total_entries) or 0xFFFFFFFF in (cd_size, cd_offset) or (
            end_at >= 20 and data[end_at - 20:end_at - 16] == _ZIP64_LOCATOR):
        raise _zip_error("zip.zip64")
    if disk != 0 or cd_disk != 0 or disk_entries != total_entries:
        raise _zip_error("zip.multi_disk")
    if cd_offset + cd_size != end_at:
        raise _zip_error("zip.directory_misplaced")
    if total_entries > limits.max_members:
        raise _size_error("package.too_many_members", count=total_entries,
                          limit=limits.max_members)
    entries = []
    position = cd_offset
    for _ in range(total_entries):
        if position + _CENTRAL.size > end_at:
            raise _zip_error("zip.directory_truncated")
        (signature, _made_by, _needed, flags, method, _time, _date, crc, compressed_size, size,
         name_length, extra_length, comment_length, disk_start, _internal, external_attr,
         header_offset) = _CENTRAL.unpack_from(data, position)
        if signature != _CENTRAL_SIGNATURE:
            raise _zip_error("zip.directory_truncated")
        name_start = position + _CENTRAL.size
        position = name_start + name_length + extra_length + comment_length
        if position > end_at:
            raise _zip_error("zip.directory_truncated")
        raw_name = bytes(data[name_start:name_start + name_length])
        if 0xFFFFFFFF in (compressed_size, size, header_offset) or disk_start == 0xFFFF:
            raise _zip_error("zip.zip64")
        entries.append(_ZipEntry(
            # latin-1 maps every byte to one character, so nothing is hidden or merged; any
            # byte above 0x7F then fails the ASCII rule
            name=raw_name.decode("latin-1"), raw_name=raw_name, flags=flags, method=method,
            crc=crc, compressed_size=compressed_size, size=size, header_offset=header_offset,
            external_attr=external_attr))
    if position != end_at:
        raise _zip_error("zip.directory_misplaced")
    return entries, cd_offset


def _find_end_record(data: memoryview) -> int:
    """The end-of-central-directory record, whose comment must run exactly to the end."""
    length = len(data)
    if length < _END.size:
        raise PackageRejected(PackageCheck.ZIP, "package.not_zip")
    floor = max(0, length - _END.size - _MAX_COMMENT)
    tail = bytes(data[floor:])
    search_end = len(tail) - _END.size + 4
    while True:
        found = tail.rfind(_END_SIGNATURE, 0, search_end)
        if found < 0:
            raise PackageRejected(PackageCheck.ZIP, "package.not_zip")
        at = floor + found
        comment_length = _END.unpack_from(data, at)[-1]
        if at + _END.size + comment_length == length:
            return at
        search_end = found + 3  # a signature-like run inside a comment: look further back


# (3) names and kinds of entry ----------------------------------------------------------------
def _check_entries(entries: list[_ZipEntry]) -> None:
    seen: dict[str, str] = {}
    for entry in entries:
        problem = member_name_problem(entry.name)
        if problem is not None:
            shown = entry.name[:120]
            if not (shown.isascii() and shown.isprintable()):
                shown = shown.encode("unicode_escape").decode("ascii")
            raise _names_error(problem, shown)
        key = name_key(entry.name)
        if key in seen:
            raise _names_error("name.duplicate", entry.name, other=seen[key])
        seen[key] = entry.name
        mode = entry.external_attr >> 16
        if entry.external_attr & (_DOS_DIRECTORY | _DOS_VOLUME_LABEL):
            raise _names_error("name.directory", entry.name)
        if mode and stat.S_IFMT(mode) not in (0, stat.S_IFREG):
            kind = "name.symlink" if stat.S_ISLNK(mode) else "name.special_file"
            raise _names_error(kind, entry.name)
        if entry.flags & _ENCRYPTION_FLAGS:
            raise _names_error("name.encrypted", entry.name)
        if entry.method not in (_STORED, _DEFLATED):
            raise _names_error("name.compression", entry.name, method=entry.method)


# (4) local headers and layout ------------------------------------------------------------------
def _check_layout(data: memoryview, entries: list[_ZipEntry], directory_start: int) -> None:
    """Each local header agrees with the directory, and members lie back to back, not
    overlapping each other or the directory (the check CVE-2024-0450 is about)."""
    for entry in entries:
        at = entry.header_offset
        if at + _LOCAL.size > directory_start:
            raise _zip_error("zip.overlap", entry.name)
        (signature, _needed, flags, method, _time, _date, crc, compressed_size, size,
         name_length, extra_length) = _LOCAL.unpack_from(data, at)
        if signature != _LOCAL_SIGNATURE:
            raise _zip_error("zip.local_header", entry.name)
        name_start = at + _LOCAL.size
        if bytes(data[name_start:name_start + name_length]) != entry.raw_name:
            raise _zip_error("zip.local_header", entry.name)
        if flags & _FLAG_DATA_DESCRIPTOR or flags & ~_ALLOWED_FLAGS:
            raise _zip_error("zip.unsupported_flags", entry.name)
        if (flags, method, crc, compressed_size, size) != (
                entry.flags, entry.method, entry.crc, entry.compressed_size, entry.size):
            raise _zip_error("zip.local_header", entry.name)
        entry.data_start = name_start + name_length + extra_length
        if entry.data_end > directory_start:
            raise _zip_error("zip.overlap", entry.name)
    expected = 0
    for entry in sorted(entries, key=lambda item: item.header_offset):
        if entry.header_offset < expected:
            raise _zip_error("zip.overlap", entry.name)
        if entry.header_offset > expected:
            raise _zip_error("zip.gap", entry.name)
        expected = entry.data_end
    if expected != directory_start:
        raise _zip_error("zip.gap")


# (5) sizes, then the bytes themselves ----------------------------------------------------------
def _member_limit(name: str, limits: PackageLimits) -> int:
    if name == MANIFEST_NAME:
        return limits.max_manifest_bytes
    if name == SIGNATURE_NAME:
        return limits.max_signature_bytes
    return limits.max_member_bytes


def _check_declared_sizes(entries: list[_ZipEntry], limits: PackageLimits) -> None:
    total = 0
    for entry in entries:
        limit = _member_limit(entry.name, limits)
        if entry.size > limit:
            raise _size_error("package.member_too_large", entry.name, size_mb=_mb(entry.size),
                              limit_mb=_mb(limit))
        total += entry.size
        if total > limits.max_total_bytes:
            raise _size_error("package.total_too_large", limit_mb=_mb(limits.max_total_bytes))
        if (entry.size > limits.ratio_applies_above
                and entry.size > limits.max_ratio * entry.compressed_size):
            raise _size_error("package.bomb", entry.name, ratio=limits.max_ratio)


def _inflate(compressed: memoryview, entry: _ZipEntry) -> bytes:
    if entry.method == _STORED:
        content = bytes(compressed)
        if len(content) != entry.size:
            raise _zip_error("zip.size_mismatch", entry.name)
    else:
        inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        try:
            content = inflater.decompress(compressed, entry.size + 1)
        except zlib.error:
            raise _zip_error("zip.bad_data", entry.name) from None
        if len(content) > entry.size:
            raise _size_error("package.size_lie", entry.name, size=entry.size)
        if not inflater.eof or inflater.unused_data or inflater.unconsumed_tail:
            raise _zip_error("zip.bad_data", entry.name)
        if len(content) != entry.size:
            raise _zip_error("zip.size_mismatch", entry.name)
    if zlib.crc32(content) != entry.crc:
        raise _zip_error("zip.bad_crc", entry.name)
    return content


# (1) -------------------------------------------------------------------------------------------
def _read_at_most(stream: BinaryIO, expected: int, limit: int) -> bytes:
    """The file's bytes, but never more than `limit` (it may grow while it is read).

    `read(n)` reserves n bytes before reading: asked for the limit (1.5 GiB for a
    consolidated file), Windows commits that much memory for a file of 50 kB, which an office
    PC may not have and which took 0.4 s for each file under Wine. So: what its size said,
    then in chunks.
    """
    chunks: list[bytes] = []
    wanted = min(expected + 1, limit)
    read = 0
    while read < limit:
        chunk = stream.read(min(wanted, limit - read))
        if not chunk:
            break
        chunks.append(chunk)
        read += len(chunk)
        wanted = _CHUNK_BYTES
    return b"".join(chunks)


def _load(source: Path | bytes, limits: PackageLimits) -> bytes:
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
    else:
        try:
            with open(source, "rb") as stream:
                size = os.fstat(stream.fileno()).st_size
                if size > limits.max_file_bytes:
                    raise PackageRejected(PackageCheck.SIZE, "package.file_too_large",
                                          size_mb=_mb(size), limit_mb=_mb(limits.max_file_bytes))
                data = _read_at_most(stream, size, limits.max_file_bytes + 1)
        except OSError as exc:
            raise UserError("package.cannot_read", file=str(source),
                            detail=exc.strerror or str(exc)) from exc
    if len(data) > limits.max_file_bytes:
        raise PackageRejected(PackageCheck.SIZE, "package.file_too_large",
                              size_mb=_mb(len(data)), limit_mb=_mb(limits.max_file_bytes))
    return data


# (6)-(9) ---------------------------------------------------------------------------------------
def _manifest_files(contents: dict[str, bytes]) -> tuple[bytes, bytes]:
    for name in (MANIFEST_NAME, SIGNATURE_NAME):
        if name not in contents:
            raise PackageRejected(PackageCheck.MANIFEST, "package.manifest_missing",
                                  member=name)
    return contents[MANIFEST_NAME], contents[SIGNATURE_NAME]


def _signer_key(manifest: Manifest) -> PublicKey:
    def schema_error(path: str, code: str) -> PackageRejected:
        return PackageRejected(PackageCheck.SCHEMA, "package.manifest_invalid",
                               member=MANIFEST_NAME, path=path, reason_code=code)

    try:
        key = PublicKey.from_minisign_base64(manifest.signer.public_key)
    except UserError:
        raise schema_error("/signer/public_key", "package.bad_public_key") from None
    if key.key_id_hex != manifest.signer.key_id:
        raise schema_error("/signer/key_id", "package.signer_mismatch")
    # the importer compares this fingerprint with the one read out over the phone, so it
    # must be the key's own, not whatever the file claims
    if key.fingerprint != manifest.signer.fingerprint:
        raise schema_error("/signer/fingerprint", "package.signer_mismatch")
    return key


def _check_member_set(manifest: Manifest, payload: dict[str, bytes]) -> None:
    listed = [item.name for item in manifest.members]
    listed_set = set(listed)
    for name in payload:
        if name not in listed_set:
            raise PackageRejected(PackageCheck.MEMBERS, "package.member_extra", member=name)
    for name in listed:
        if name not in payload:
            raise PackageRejected(PackageCheck.MEMBERS, "package.member_missing", member=name)


def _check_hashes(manifest: Manifest, payload: dict[str, bytes]) -> None:
    for item in manifest.members:
        content = payload[item.name]
        if len(content) != item.size or hashlib.sha256(content).hexdigest() != item.sha256:
            raise PackageRejected(PackageCheck.HASH, "package.member_altered", member=item.name,
                                  original_name=item.original_name or item.name)


def _check_signature(manifest: Manifest, manifest_bytes: bytes, signature: bytes,
                     signer_key: PublicKey) -> str:
    try:
        verified = verify(signer_key, manifest_bytes, signature)
    except SignatureError as exc:
        raise PackageRejected(PackageCheck.SIGNATURE, "package.bad_signature",
                              member=SIGNATURE_NAME, reason_code=exc.code,
                              reason_params=exc.params) from None
    # both are signed by the same key; a disagreement means a tool of ours has a bug or the
    # signature was made for another package by the same office
    if verified.trusted_comment != trusted_comment_for(manifest):
        raise PackageRejected(PackageCheck.SIGNATURE, "package.bad_signature",
                              member=SIGNATURE_NAME, reason_code="package.comment_mismatch",
                              reason_params={"comment": verified.trusted_comment[:200]})
    return verified.trusted_comment
