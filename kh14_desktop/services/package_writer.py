"""Writing a signed `.kh14` package: manifest, its minisign signature, then the members.

The writer checks its own output the way the reader will: the manifest is parsed back before
it is signed, the package must stay within the reader's limits, and the ZIP is the plain kind
`read_package` accepts (no ZIP64, no data descriptors, STORED or DEFLATED). The file appears
under its final name only once complete (`atomic_output`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kh14_desktop import __version__
from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.package import (
    DEFAULT_LIMITS,
    MANIFEST_NAME,
    RESERVED_NAMES,
    SIGNATURE_NAME,
    Manifest,
    ManifestMember,
    MemberRole,
    PackageKind,
    PackageLimits,
    PackageRejected,
    Period,
    Signer,
    manifest_to_json,
    member_name_problem,
    name_key,
    parse_manifest,
    trusted_comment_for,
)
from kh14_desktop.domain.text import clean, nfc
from kh14_desktop.services.signing import KeyRotation, SigningKey, sign
from kh14_desktop.store.files import atomic_output

ROTATION_STATEMENT_NAME = "rotation/statement.json"
ROTATION_SIGNATURE_NAME = "rotation/statement.json.minisig"
_DEFLATE_LEVEL = 6
_REGULAR_FILE = 0o100644 << 16  # so that unzip makes plain, readable files
_UNIX = 3


@dataclass(frozen=True)
class PackageHeader:
    """What the package is about; everything in the manifest except signer and members."""

    kind: PackageKind
    plan_id: str
    unit_id: str
    period: Period
    sequence: int
    created: dt.datetime | None = None  # now, when not given; must carry a UTC offset
    app_version: str = __version__


@dataclass(frozen=True)
class PackageMember:
    name: str  # plain ASCII path in the ZIP, e.g. "evidence/0001.bin"
    role: MemberRole
    data: bytes
    original_name: str | None = None  # the officer's own file name, any language
    media_type: str | None = None


@dataclass(frozen=True)
class WrittenPackage:
    path: Path
    sha256: str  # of the whole file, lower-case hex
    size: int
    manifest: Manifest
    manifest_bytes: bytes
    signature: bytes


def rotation_members(rotation: KeyRotation) -> list[PackageMember]:
    """The two members that carry a pending key rotation to the province."""
    return [
        PackageMember(ROTATION_STATEMENT_NAME, MemberRole.ROTATION, rotation.statement,
                      media_type="application/json"),
        PackageMember(ROTATION_SIGNATURE_NAME, MemberRole.ROTATION_SIGNATURE,
                      rotation.signature, media_type="text/plain"),
    ]


def write_package(target: Path, header: PackageHeader, members: Sequence[PackageMember],
                  signing_key: SigningKey,
                  limits: PackageLimits = DEFAULT_LIMITS) -> WrittenPackage:
    """Sign and write a package to `target`; returns its hash and manifest.

    Member names are the program's choice and a bad one is a bug (ValueError); a package
    too large for the province to accept is the officer's to fix (`UserError`).
    """
    target = Path(target)
    _check_members(members, limits)
    manifest = _manifest(header, members, signing_key)
    manifest_bytes = manifest_to_json(manifest)
    try:
        parsed = parse_manifest(manifest_bytes, max_members=limits.max_members)
    except PackageRejected as exc:
        raise ValueError(f"the manifest would be rejected: {exc.message('en')}") from exc
    if parsed != manifest:
        raise ValueError("the manifest does not read back as written (not NFC, or spaces?)")
    signature = sign(signing_key, manifest_bytes, trusted_comment_for(manifest))
    entries = [(MANIFEST_NAME, manifest_bytes), (SIGNATURE_NAME, signature)]
    entries += [(member.name, member.data) for member in members]
    stamp = _zip_time(manifest.created)
    try:
        with atomic_output(target) as stream:
            with zipfile.ZipFile(stream, "w", allowZip64=False) as archive:
                for name, data in entries:
                    archive.writestr(_zip_info(name, stamp, data, limits), data)
            size = stream.tell()
            if size > limits.max_file_bytes:
                raise _too_large(size, limits.max_file_bytes)
    except zipfile.LargeZipFile:
        raise _too_large(sum(len(data) for _, data in entries), limits.max_file_bytes) from None
    return WrittenPackage(path=target, sha256=_file_sha256(target), size=size,
                          manifest=manifest, manifest_bytes=manifest_bytes,
                          signature=signature)


def _too_large(size: int, limit: int) -> UserError:
    return UserError("package.write_too_large", size_mb=round(size / 2**20, 1),
                     limit_mb=round(limit / 2**20))


def _check_members(members: Sequence[PackageMember], limits: PackageLimits) -> None:
    seen: set[str] = set()
    total = 0
    if len(members) + len(RESERVED_NAMES) > limits.max_members:
        raise UserError("package.write_too_many", count=len(members),
                        limit=limits.max_members - len(RESERVED_NAMES))
    for member in members:
        problem = member_name_problem(member.name)
        if problem is not None or member.name in RESERVED_NAMES:
            raise ValueError(f"member name {member.name!r} is not allowed ({problem})")
        if name_key(member.name) in seen:
            raise ValueError(f"member name {member.name!r} is used twice")
        seen.add(name_key(member.name))
        if len(member.data) > limits.max_member_bytes:
            raise UserError("package.write_member_too_large",
                            name=member.original_name or member.name,
                            size_mb=round(len(member.data) / 2**20, 1),
                            limit_mb=round(limits.max_member_bytes / 2**20))
        total += len(member.data)
    if total > limits.max_total_bytes:
        raise _too_large(total, limits.max_total_bytes)


def _manifest(header: PackageHeader, members: Sequence[PackageMember],
              signing_key: SigningKey) -> Manifest:
    created = header.created or dt.datetime.now().astimezone()
    if created.tzinfo is None:
        raise ValueError("the creation time needs a UTC offset")
    key = signing_key.info.public_key
    period = Period(header.period.start, header.period.end, clean(header.period.label))
    return Manifest(
        kind=header.kind, plan_id=header.plan_id, unit_id=header.unit_id,
        period=period, sequence=header.sequence,
        created=created.replace(microsecond=0), app_version=header.app_version,
        signer=Signer(public_key=key.minisign_base64, key_id=key.key_id_hex,
                      fingerprint=key.fingerprint),
        members=tuple(
            ManifestMember(
                name=member.name, role=member.role,
                sha256=hashlib.sha256(member.data).hexdigest(), size=len(member.data),
                original_name=_original_name(member.original_name),
                media_type=member.media_type)
            for member in members),
    )


def _original_name(name: str | None) -> str | None:
    # stored as the reader will read it back: NFC, no surrounding spaces, absent when blank
    if name is None:
        return None
    return nfc(name).strip() or None


def _zip_time(created: dt.datetime) -> tuple[int, int, int, int, int, int]:
    # ZIP times have no zone; the office's own clock is what a person unzipping expects
    moment = max(created, dt.datetime(1980, 1, 1, tzinfo=created.tzinfo))
    return (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)


def _zip_info(name: str, stamp: tuple[int, int, int, int, int, int], data: bytes,
              limits: PackageLimits) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=stamp)
    info.create_system = _UNIX
    info.external_attr = _REGULAR_FILE
    info.compress_type = _compression_for(data, limits)
    return info


def _compression_for(data: bytes, limits: PackageLimits) -> int:
    """DEFLATED unless it does not help, or would trip the reader's ZIP-bomb ratio check."""
    if len(data) <= limits.ratio_applies_above:
        return zipfile.ZIP_DEFLATED
    # zipfile compresses with the same zlib settings, so this is the size it will write
    compressor = zlib.compressobj(_DEFLATE_LEVEL, zlib.DEFLATED, -zlib.MAX_WBITS)
    compressed = len(compressor.compress(data)) + len(compressor.flush())
    if compressed >= len(data) or len(data) > limits.max_ratio * compressed:
        return zipfile.ZIP_STORED
    return zipfile.ZIP_DEFLATED


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        while chunk := stream.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()
