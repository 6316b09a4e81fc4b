"""The report package (`.kh14`): its manifest, the JSON form that is signed, and rejections.

A package is a ZIP holding `manifest.json`, its detached minisign signature
`manifest.json.minisig`, and the members the manifest lists with their size and SHA-256.
docs/report-format.md is the description for people; this module is the one for programs.
Parsing never trusts the input: every field is checked and a mistake is raised as a
`PackageRejected` naming the check, the member and the JSON path.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.json_reader import JsonNode
from kh14_desktop.domain.messages import render
from kh14_desktop.domain.text import nfc

PACKAGE_FORMAT = "kh14-report"
PACKAGE_FORMAT_VERSION = 1
PACKAGE_SUFFIX = ".kh14"
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.json.minisig"
RESERVED_NAMES = frozenset({MANIFEST_NAME, SIGNATURE_NAME})
MAX_NAME_LENGTH = 200

_SEGMENT = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9._-]*$")
_DRIVE = re.compile(r"^[A-Za-z]:")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_MEDIA_TYPE = re.compile(r"^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$")
_KEY_ID = re.compile(r"^[0-9A-F]{16}$")
_FINGERPRINT = re.compile(r"^[0-9A-F]{4}( [0-9A-F]{4}){7}$")
_MINISIGN_KEY = re.compile(r"^RW[A-Za-z0-9+/]{54}$")  # base64 of "Ed" + 8 + 32 bytes
_CREATED = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$")
# a file name, not a path: no separators, no control characters
_BAD_ORIGINAL_NAME = re.compile(r"[/\\\x00-\x1f\x7f]")

_TOP_KEYS = frozenset({"format", "format_version", "kind", "plan_id", "unit_id", "period",
                       "sequence", "created", "app_version", "signer", "members"})
_PERIOD_KEYS = frozenset({"start", "end", "label"})
_SIGNER_KEYS = frozenset({"public_key", "key_id", "fingerprint"})
_MEMBER_KEYS = frozenset({"name", "role", "sha256", "size", "original_name", "media_type"})


class PackageKind(StrEnum):
    UNIT_REPORT = "unit-report"
    CONSOLIDATED = "consolidated"


class MemberRole(StrEnum):
    REPORT_DATA = "report-data"
    REPORT_PDF = "report-pdf"
    EVIDENCE = "evidence"
    ROTATION = "rotation"
    ROTATION_SIGNATURE = "rotation-signature"
    INNER_REPORT = "inner-report"


class PackageCheck(StrEnum):
    """Which check refused a package, in the order `read_package` runs them."""

    SIZE = "size"
    ZIP = "zip"
    NAMES = "names"
    MEMBERS = "members"
    MANIFEST = "manifest"
    SCHEMA = "schema"
    HASH = "hash"
    SIGNATURE = "signature"


class PackageRejected(UserError):
    """A package that must not be imported: which check, which member, and why.

    `code` is the message shown; when a lower-level reason (a JSON path problem, a signature
    problem) explains it, that reason is rendered into the message's `{reason}`.
    """

    def __init__(self, check: PackageCheck, code: str, *, member: str | None = None,
                 reason_code: str | None = None, reason_params: dict[str, Any] | None = None,
                 **params: Any) -> None:
        super().__init__(code, member=member or "", **params)
        self.check = check
        self.member = member
        self.reason_code = reason_code
        self.reason_params = reason_params or {}

    def message(self, lang: str = "vi") -> str:
        params = dict(self.params)
        if self.reason_code is not None:
            params["reason"] = render(self.reason_code, lang, **self.reason_params)
        return render(self.code, lang, **params)

    def __repr__(self) -> str:
        return f"PackageRejected({self.check.value}, {self.code!r}, member={self.member!r})"


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date
    label: str


@dataclass(frozen=True)
class Signer:
    public_key: str  # minisign base64 form, as `minisign -P` takes it
    key_id: str  # as the stock tool prints it
    fingerprint: str  # "3F2A 9C01 …"


@dataclass(frozen=True)
class ManifestMember:
    name: str  # plain ASCII path inside the ZIP, chosen by the writer
    role: MemberRole
    sha256: str  # lower-case hex
    size: int
    original_name: str | None = None  # the file name the officer chose, NFC
    media_type: str | None = None


@dataclass(frozen=True)
class Manifest:
    kind: PackageKind
    plan_id: str
    unit_id: str
    period: Period
    sequence: int
    created: dt.datetime
    app_version: str
    signer: Signer
    members: tuple[ManifestMember, ...]
    format_version: int = PACKAGE_FORMAT_VERSION

    def member(self, name: str) -> ManifestMember | None:
        return next((item for item in self.members if item.name == name), None)

    def with_role(self, role: MemberRole) -> tuple[ManifestMember, ...]:
        return tuple(item for item in self.members if item.role is role)


MiB = 1024 * 1024


@dataclass(frozen=True)
class PackageLimits:
    """What a reader accepts (and a writer refuses to exceed), against ZIP bombs and mistakes.

    The defaults fit an office's report with scanned evidence; a consolidated package, which
    carries whole office packages inside it, reads with `CONSOLIDATED_LIMITS`.
    """

    max_file_bytes: int = 300 * MiB
    max_members: int = 5_000  # all entries, the manifest and its signature included
    max_member_bytes: int = 50 * MiB
    max_total_bytes: int = 400 * MiB  # uncompressed, all members together
    max_ratio: int = 100  # uncompressed : compressed, for members above ratio_applies_above
    ratio_applies_above: int = 1 * MiB  # small JSON compresses well and is harmless
    max_manifest_bytes: int = 8 * MiB
    max_signature_bytes: int = 16 * 1024


DEFAULT_LIMITS = PackageLimits()
# under 2 GiB: the package is plain ZIP, without the ZIP64 extensions we do not read
CONSOLIDATED_LIMITS = PackageLimits(max_file_bytes=1536 * MiB, max_member_bytes=300 * MiB,
                                    max_total_bytes=1536 * MiB)


def member_name_problem(name: str) -> str | None:
    """Why `name` may not name a package member (a message code), or None when it may.

    Names are plain relative ASCII paths so that no unzip tool on any system can be led to
    write outside its folder, and so that Windows, macOS and Linux read them the same way.
    """
    if not name:
        return "name.empty"
    if not name.isascii():
        return "name.not_ascii"
    if not name.isprintable():
        return "name.control_character"
    if len(name) > MAX_NAME_LENGTH:
        return "name.too_long"
    if name.endswith("/"):
        return "name.directory"
    if "\\" in name:
        return "name.backslash"
    if name.startswith("/"):
        return "name.absolute"
    if _DRIVE.match(name):
        return "name.drive"
    segments = name.split("/")
    if any(segment in ("..", ".") for segment in segments):
        return "name.traversal"
    if any(not segment for segment in segments):
        return "name.empty_segment"
    if not all(_SEGMENT.match(segment) for segment in segments):
        return "name.bad_character"
    return None


def name_key(name: str) -> str:
    """Two names with the same key would be the same file on Windows or macOS."""
    return nfc(name).casefold()


def trusted_comment_for(manifest: Manifest) -> str:
    """The signed one-liner `minisign -V` prints; it names what the signature is for."""
    return (f"kh14 unit={manifest.unit_id} plan={manifest.plan_id}"
            f" period={manifest.period.start.isoformat()}..{manifest.period.end.isoformat()}"
            f" seq={manifest.sequence} kind={manifest.kind.value}")


def manifest_to_json(manifest: Manifest) -> bytes:
    """The exact bytes that are signed: UTF-8, fields in the documented order, no BOM."""
    members = []
    for item in manifest.members:
        entry: dict[str, Any] = {"name": item.name, "role": item.role.value,
                                 "size": item.size, "sha256": item.sha256}
        if item.original_name is not None:
            entry["original_name"] = item.original_name
        if item.media_type is not None:
            entry["media_type"] = item.media_type
        members.append(entry)
    document = {
        "format": PACKAGE_FORMAT,
        "format_version": manifest.format_version,
        "kind": manifest.kind.value,
        "plan_id": manifest.plan_id,
        "unit_id": manifest.unit_id,
        "period": {"start": manifest.period.start.isoformat(),
                   "end": manifest.period.end.isoformat(),
                   "label": manifest.period.label},
        "sequence": manifest.sequence,
        "created": manifest.created.isoformat(timespec="seconds"),
        "app_version": manifest.app_version,
        "signer": {"public_key": manifest.signer.public_key,
                   "key_id": manifest.signer.key_id,
                   "fingerprint": manifest.signer.fingerprint},
        "members": members,
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # two parsers could pick different values for a repeated key; refuse to guess
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def decode_json(data: bytes) -> Any:
    """Strict JSON: UTF-8 without BOM, no repeated keys, no NaN; ValueError otherwise."""
    try:
        return json.loads(data.decode("utf-8"), object_pairs_hook=_no_duplicate_keys,
                          parse_constant=_no_constants)
    except RecursionError:
        raise ValueError("nested too deep") from None


def parse_manifest(data: bytes, max_members: int = 100_000) -> Manifest:
    """Decode and check `manifest.json`; raises `PackageRejected` (MANIFEST or SCHEMA)."""
    try:
        decoded = decode_json(data)
    except ValueError as exc:  # also UnicodeDecodeError and JSONDecodeError
        raise PackageRejected(PackageCheck.MANIFEST, "package.manifest_not_json",
                              member=MANIFEST_NAME, detail=str(exc)[:200]) from None

    def error(path: str, reason_code: str, **params: Any) -> PackageRejected:
        return PackageRejected(PackageCheck.SCHEMA, "package.manifest_invalid",
                               member=MANIFEST_NAME, path=path, reason_code=reason_code,
                               reason_params=params)

    return _read_manifest(JsonNode(decoded, error), max_members)


def _read_manifest(root: JsonNode, max_members: int) -> Manifest:
    root.object()
    # format and version first: a newer file's new fields must not read as "unknown field"
    if root.get("format") is None or root.value["format"] != PACKAGE_FORMAT:
        raise PackageRejected(PackageCheck.SCHEMA, "package.not_report", member=MANIFEST_NAME)
    version = root["format_version"].integer(low=1)
    if version > PACKAGE_FORMAT_VERSION:
        raise PackageRejected(PackageCheck.SCHEMA, "package.newer_format",
                              member=MANIFEST_NAME, version=version,
                              supported=PACKAGE_FORMAT_VERSION)
    root.object(_TOP_KEYS)
    period_node = root["period"].object(_PERIOD_KEYS)
    period = Period(start=period_node["start"].date(), end=period_node["end"].date(),
                    label=period_node["label"].text(max_length=200))
    if period.start > period.end:
        period_node.fail("plan.period_reversed", start=period.start.isoformat(),
                         end=period.end.isoformat())
    signer_node = root["signer"].object(_SIGNER_KEYS)
    signer = Signer(public_key=_matching(signer_node["public_key"], _MINISIGN_KEY),
                    key_id=_matching(signer_node["key_id"], _KEY_ID),
                    fingerprint=_matching(signer_node["fingerprint"], _FINGERPRINT))
    return Manifest(
        kind=PackageKind(root["kind"].choice(frozenset(kind.value for kind in PackageKind))),
        plan_id=root["plan_id"].ident(),
        unit_id=root["unit_id"].ident(),
        period=period,
        sequence=root["sequence"].integer(1, 10**9),
        created=_created(root["created"]),
        app_version=root["app_version"].text(max_length=40),
        signer=signer,
        members=_read_members(root["members"], max_members),
        format_version=version,
    )


def _matching(node: JsonNode, pattern: re.Pattern[str]) -> str:
    value = node.text(max_length=200, collapse=False)
    if not pattern.match(value) or value != node.value:
        node.fail("package.bad_value", value=value[:80])
    return value


def _created(node: JsonNode) -> dt.datetime:
    text = node.text(max_length=40, collapse=False)
    if not _CREATED.match(text):
        node.fail("package.bad_time", value=text)
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        node.fail("package.bad_time", value=text)


def _read_members(node: JsonNode, max_members: int) -> tuple[ManifestMember, ...]:
    members: list[ManifestMember] = []
    seen: set[str] = set()
    roles = frozenset(role.value for role in MemberRole)
    for item in node.items(max_items=max_members):
        item.object(_MEMBER_KEYS)
        name_node = item["name"]
        name_node.text(max_length=MAX_NAME_LENGTH + 1, collapse=False)  # a string at all
        name: str = name_node.value
        if member_name_problem(name) is not None:
            name_node.fail("package.bad_member_name", name=name[:80])
        if name in RESERVED_NAMES or name_key(name) in seen:
            name_node.fail("package.listed_twice", name=name)
        seen.add(name_key(name))
        sha256 = item["sha256"].text(max_length=64, collapse=False)
        if not _SHA256.match(sha256):
            item["sha256"].fail("package.bad_value", value=sha256[:80])
        original = item.get("original_name")
        original_name = None
        if original is not None:
            original_name = original.text(max_length=255, collapse=False)
            if _BAD_ORIGINAL_NAME.search(original_name):
                original.fail("package.bad_original_name")
        media = item.get("media_type")
        members.append(ManifestMember(
            name=name,
            role=MemberRole(item["role"].choice(roles)),
            sha256=sha256,
            size=item["size"].integer(0, 2**63),
            original_name=original_name,
            media_type=_matching(media, _MEDIA_TYPE) if media is not None else None,
        ))
    return tuple(members)
