"""Hostile and damaged packages: every one is refused by the right check, nothing else escapes.

ZIP files are built byte by byte here (`build_zip`), so that each test can break exactly one
thing: a name, a flag, a size, an offset.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import string
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kh14_desktop.domain.messages import MESSAGES
from kh14_desktop.domain.package import (
    CONSOLIDATED_LIMITS,
    MANIFEST_NAME,
    SIGNATURE_NAME,
    MemberRole,
    PackageCheck,
    PackageKind,
    PackageLimits,
    PackageRejected,
    Period,
)
from kh14_desktop.services.package_reader import VerifiedPackage, read_package
from kh14_desktop.services.package_writer import PackageHeader, PackageMember, write_package
from kh14_desktop.services.signing import FAST_KDF_FOR_TESTS, create_key, sign, unlock_key
from tests.zip_builder import END, LOCAL, Entry, build_zip, central_record, end_record, local_record

PASSPHRASE = "mật khẩu thử"
# one valid package to break ----------------------------------------------------------------------
@dataclass(frozen=True)
class Original:
    data: bytes
    package: VerifiedPackage
    entries: list[Entry]  # manifest, signature, then the members, as the writer ordered them
    other_manifest: bytes  # of a second package by the same office, another report.json
    other_signature: bytes
    keys: Path

    def rebuilt(self, **changes: bytes | None) -> bytes:
        """The package with members replaced (bytes) or removed (None)."""
        entries = []
        for entry in self.entries:
            if entry.name in changes:
                content = changes[entry.name]
                if content is None:
                    continue
                entry = replace(entry, content=content)
            entries.append(entry)
        return build_zip(entries)

    def with_manifest(self, edit: dict[str, object]) -> bytes:
        manifest = json.loads(self.package.manifest_bytes)
        manifest.update(edit)
        return self.rebuilt(**{MANIFEST_NAME: json.dumps(manifest, ensure_ascii=False).encode()})

    def plus(self, *extra: Entry) -> bytes:
        return build_zip([*self.entries, *extra])


def _header(sequence: int) -> PackageHeader:
    return PackageHeader(kind=PackageKind.UNIT_REPORT, plan_id="kh14-2024-yen-bai",
                         unit_id="h-van-yen", sequence=sequence,
                         period=Period(dt.date(2024, 1, 1), dt.date(2024, 12, 31), "Năm 2024"),
                         created=dt.datetime(2024, 11, 15, 9, 30, tzinfo=dt.UTC))


def _members(report: bytes) -> list[PackageMember]:
    return [
        PackageMember("report.json", MemberRole.REPORT_DATA, report,
                      media_type="application/json"),
        PackageMember("report.pdf", MemberRole.REPORT_PDF, b"%PDF-1.7\n" + os.urandom(600),
                      original_name="Báo cáo.pdf", media_type="application/pdf"),
        PackageMember("evidence/0001.bin", MemberRole.EVIDENCE, b"scan " * 200,
                      original_name="Biên bản hội nghị.jpg"),
    ]


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> Original:
    folder = tmp_path_factory.mktemp("hostile")
    create_key(folder / "keys", PASSPHRASE, kdf=FAST_KDF_FOR_TESTS)
    with unlock_key(folder / "keys", PASSPHRASE) as key:
        first = write_package(folder / "a.kh14", _header(3), _members(b'{"ok": 1}'), key)
        second = write_package(folder / "b.kh14", _header(4), _members(b'{"ok": 2}'), key)
    with zipfile.ZipFile(first.path) as archive:
        entries = [Entry(info.filename, archive.read(info)) for info in archive.infolist()]
    data = first.path.read_bytes()
    return Original(data=data, package=read_package(data), entries=entries,
                    other_manifest=second.manifest_bytes, other_signature=second.signature,
                    keys=folder / "keys")


def rejected(source: bytes, limits: PackageLimits | None = None) -> PackageRejected:
    with pytest.raises(PackageRejected) as caught:
        read_package(source, limits) if limits else read_package(source)
    error = caught.value
    # every refusal reads as a sentence in both languages, never as a bare code or template
    assert error.code in MESSAGES
    assert error.reason_code is None or error.reason_code in MESSAGES
    for lang in ("vi", "en"):
        text = error.message(lang)
        templates = [MESSAGES[error.code][lang]]
        if error.reason_code is not None:
            templates.append(MESSAGES[error.reason_code][lang])
        for template in templates:
            for _, field, _, _ in string.Formatter().parse(template):
                assert field is None or f"{{{field}}}" not in text, text
    return error


def test_the_builder_itself_makes_valid_packages(original: Original) -> None:
    assert read_package(build_zip(original.entries)).manifest == original.package.manifest
    stored = [replace(entry, method=0) for entry in original.entries]
    assert read_package(build_zip(stored)).manifest == original.package.manifest


# altered, added, removed, swapped ---------------------------------------------------------------
@pytest.mark.parametrize("name", ["report.json", "report.pdf", "evidence/0001.bin"])
def test_flipped_byte_in_a_member(original: Original, name: str) -> None:
    content = bytearray(original.package.members[name])
    content[len(content) // 2] ^= 0x01
    error = rejected(original.rebuilt(**{name: bytes(content)}))
    assert (error.check, error.member, error.code) == (
        PackageCheck.HASH, name, "package.member_altered")


def test_flipped_byte_in_the_manifest_value(original: Original) -> None:
    manifest = original.package.manifest_bytes.replace(b'"N\xc4\x83m 2024"', b'"n\xc4\x83m 2024"')
    assert manifest != original.package.manifest_bytes
    error = rejected(original.rebuilt(**{MANIFEST_NAME: manifest}))
    assert (error.check, error.reason_code) == (PackageCheck.SIGNATURE, "signature.invalid")


def test_every_flipped_byte_of_the_manifest_is_refused(original: Original) -> None:
    manifest = original.package.manifest_bytes
    checks = set()
    for position in range(len(manifest)):
        flipped = bytearray(manifest)
        flipped[position] ^= 0x01
        checks.add(rejected(original.rebuilt(**{MANIFEST_NAME: bytes(flipped)})).check)
    assert checks <= {PackageCheck.MANIFEST, PackageCheck.SCHEMA, PackageCheck.MEMBERS,
                      PackageCheck.HASH, PackageCheck.SIGNATURE}
    assert PackageCheck.SIGNATURE in checks and PackageCheck.HASH in checks


def test_flipped_byte_in_the_signature(original: Original) -> None:
    signature = original.package.signature
    lines = signature.split(b"\n")
    starts = [len(b"\n".join(lines[:index])) + 1 for index in (1, 2, 3)]
    for position in (starts[0] + 20, starts[1] + 25, starts[2] + 10):  # base64, comment, base64
        flipped = bytearray(signature)
        flipped[position] ^= 0x01
        error = rejected(original.rebuilt(**{SIGNATURE_NAME: bytes(flipped)}))
        assert (error.check, error.member) == (PackageCheck.SIGNATURE, SIGNATURE_NAME)


def test_extra_member(original: Original) -> None:
    error = rejected(original.plus(Entry("extra.txt", b"added after signing")))
    assert (error.check, error.member, error.code) == (
        PackageCheck.MEMBERS, "extra.txt", "package.member_extra")


def test_removed_member(original: Original) -> None:
    error = rejected(original.rebuilt(**{"evidence/0001.bin": None}))
    assert (error.check, error.member, error.code) == (
        PackageCheck.MEMBERS, "evidence/0001.bin", "package.member_missing")


@pytest.mark.parametrize("missing", [MANIFEST_NAME, SIGNATURE_NAME])
def test_manifest_or_signature_missing(original: Original, missing: str) -> None:
    error = rejected(original.rebuilt(**{missing: None}))
    assert (error.check, error.member) == (PackageCheck.MANIFEST, missing)


def test_another_packages_manifest_and_signature(original: Original) -> None:
    error = rejected(original.rebuilt(**{MANIFEST_NAME: original.other_manifest,
                                         SIGNATURE_NAME: original.other_signature}))
    assert (error.check, error.member) == (PackageCheck.HASH, "report.json")
    error = rejected(original.rebuilt(**{SIGNATURE_NAME: original.other_signature}))
    assert (error.check, error.reason_code) == (PackageCheck.SIGNATURE, "signature.invalid")


def test_signature_made_for_another_purpose(original: Original) -> None:
    with unlock_key(original.keys, PASSPHRASE) as key:
        signature = sign(key, original.package.manifest_bytes, "kh14 unit=h-tram-tau seq=3")
    error = rejected(original.rebuilt(**{SIGNATURE_NAME: signature}))
    assert (error.check, error.reason_code) == (PackageCheck.SIGNATURE,
                                                "package.comment_mismatch")


def test_signature_by_another_key(original: Original, tmp_path: Path) -> None:
    create_key(tmp_path / "intruder", "khóa kẻ gian", kdf=FAST_KDF_FOR_TESTS)
    with unlock_key(tmp_path / "intruder", "khóa kẻ gian") as key:
        signature = sign(key, original.package.manifest_bytes, original.package.trusted_comment)
    error = rejected(original.rebuilt(**{SIGNATURE_NAME: signature}))
    assert (error.check, error.reason_code) == (PackageCheck.SIGNATURE, "signature.wrong_key")


# the manifest itself ---------------------------------------------------------------------------
@pytest.mark.parametrize("manifest", [b"{not json", b"", b"\xef\xbb\xbf{}", b"\xff\xfe{}",
                                      b'{"format": "kh14-report", "format": "kh14-report"}',
                                      b'{"sequence": NaN}', b"[" * 100_000, b"1" * 5000])
def test_manifest_that_is_not_json(original: Original, manifest: bytes) -> None:
    error = rejected(original.rebuilt(**{MANIFEST_NAME: manifest}))
    assert (error.check, error.member) == (PackageCheck.MANIFEST, MANIFEST_NAME)


def test_manifest_with_a_wrong_type(original: Original) -> None:
    error = rejected(original.with_manifest({"sequence": "3"}))
    assert (error.check, error.member) == (PackageCheck.SCHEMA, MANIFEST_NAME)
    assert error.params["path"] == "/sequence"
    assert error.reason_code == "json.wrong_type"
    assert "/sequence" in error.message("vi")


def test_newer_format_version(original: Original) -> None:
    for edit in ({"format_version": 99}, {"format_version": 99, "new_field": {"x": 1}}):
        error = rejected(original.with_manifest(edit))
        assert (error.check, error.code) == (PackageCheck.SCHEMA, "package.newer_format")
        assert "99" in error.message("vi") and "cập nhật" in error.message("vi")


@pytest.mark.parametrize(("edit", "path"), [
    ({"format_version": 0}, "/format_version"),
    ({"unknown": 1}, "/unknown"),
    ({"created": "2024-11-15T09:30:00"}, "/created"),  # no UTC offset
    ({"kind": "weekly"}, "/kind"),
    ({"unit_id": "Văn Yên"}, "/unit_id"),
    ({"period": {"start": "2024-12-31", "end": "2024-01-01", "label": "x"}}, "/period"),
    ({"members": [{"name": "../x", "role": "evidence", "size": 1, "sha256": "0" * 64}]},
     "/members/0/name"),
    ({"members": "all"}, "/members"),
])
def test_manifest_schema_errors_name_the_path(original: Original, edit: dict[str, object],
                                              path: str) -> None:
    error = rejected(original.with_manifest(edit))
    assert (error.check, error.params["path"]) == (PackageCheck.SCHEMA, path)


def test_not_a_report_manifest(original: Original) -> None:
    error = rejected(original.with_manifest({"format": "kh14-plan"}))
    assert (error.check, error.code) == (PackageCheck.SCHEMA, "package.not_report")


def test_fingerprint_must_be_the_keys_own(original: Original) -> None:
    signer = dict(original.package.manifest_bytes and json.loads(
        original.package.manifest_bytes)["signer"], fingerprint="0000 " * 7 + "0000")
    error = rejected(original.with_manifest({"signer": signer}))
    assert (error.check, error.params["path"]) == (PackageCheck.SCHEMA, "/signer/fingerprint")


# names and kinds of entry ------------------------------------------------------------------------
@pytest.mark.parametrize(("name", "reason"), [
    ("../evil", "name.traversal"),
    ("evidence/../../evil", "name.traversal"),
    ("/abs", "name.absolute"),
    ("C:\\x", "name.backslash"),
    ("C:x", "name.drive"),
    ("evidence\\0001.bin", "name.backslash"),
    ("a//b", "name.empty_segment"),
    ("dir/", "name.directory"),
    ("báo-cáo.pdf", "name.not_ascii"),
    ("evil\x00.txt", "name.control_character"),
    ("evil\n.txt", "name.control_character"),
    ("a b", "name.bad_character"),
])
def test_unsafe_names(original: Original, name: str, reason: str) -> None:
    error = rejected(original.plus(Entry(name, b"x")))
    assert (error.check, error.reason_code) == (PackageCheck.NAMES, reason)
    if name.isascii() and name.isprintable():
        assert error.member == name
    else:  # shown escaped, so that no control or look-alike character reaches the screen
        assert error.member is not None and error.member.isascii()


@pytest.mark.parametrize(("first", "second"), [
    ("report.json", "REPORT.JSON"),
    ("evidence/0001.bin", "Evidence/0001.BIN"),
    (MANIFEST_NAME, "Manifest.json"),
])
def test_names_that_collide_after_case_folding(original: Original, first: str,
                                               second: str) -> None:
    error = rejected(original.plus(Entry(second, b"shadow")))
    assert (error.check, error.member, error.reason_code) == (
        PackageCheck.NAMES, second, "name.duplicate")
    assert error.reason_params["other"] == first


def test_names_that_collide_after_nfc(original: Original) -> None:
    composed = "\u1ea2nh.jpg".encode().decode("latin-1")  # the UTF-8 bytes, as ZIP stores them
    decomposed = "A\u0309nh.jpg".encode().decode("latin-1")
    error = rejected(original.plus(Entry(composed, b"1"), Entry(decomposed, b"2")))
    assert error.check is PackageCheck.NAMES  # refused before they could ever collide


@pytest.mark.parametrize(("external_attr", "reason"), [
    (0o120777 << 16, "name.symlink"),
    (0o040755 << 16, "name.special_file"),  # a directory by mode, with a file's name
    (0o020644 << 16, "name.special_file"),  # a character device
    (0o010644 << 16, "name.special_file"),  # a FIFO
    (0x10, "name.directory"),  # the MS-DOS directory attribute
])
def test_links_and_special_files(original: Original, external_attr: int, reason: str) -> None:
    error = rejected(original.plus(Entry("link", b"/etc/passwd", external_attr=external_attr)))
    assert (error.check, error.member, error.reason_code) == (PackageCheck.NAMES, "link", reason)


def test_encrypted_entry(original: Original) -> None:
    error = rejected(original.plus(Entry("secret.bin", b"x", flags=0x0001)))
    assert (error.check, error.member, error.reason_code) == (
        PackageCheck.NAMES, "secret.bin", "name.encrypted")


def test_unsupported_compression(original: Original) -> None:
    error = rejected(original.plus(Entry("x.bz2", b"x", method=12)))
    assert (error.check, error.reason_code) == (PackageCheck.NAMES, "name.compression")


# structure ---------------------------------------------------------------------------------------
def test_overlapping_members(original: Original) -> None:
    """CVE-2024-0450: one member's data holds another member's local header and data."""
    inner = Entry("evidence/0002.bin", b"hidden inside", method=0)
    outer_data = local_record(inner, inner.stored_bytes())
    outer = Entry("evidence/0001.bin", outer_data, method=0)
    head = build_zip(original.entries[:-1])
    body_end = END.unpack_from(head, len(head) - END.size)[6]
    body = head[:body_end]
    directory = head[body_end:len(head) - END.size]
    outer_offset = len(body)
    inner_offset = outer_offset + LOCAL.size + len(outer.name)
    body += local_record(outer, outer_data)
    directory += central_record(outer, outer_data, outer_offset)
    directory += central_record(inner, inner.stored_bytes(), inner_offset)
    crafted = body + directory + end_record(len(original.entries) + 1, directory, len(body))
    error = rejected(crafted)
    assert (error.check, error.reason_code) == (PackageCheck.ZIP, "zip.overlap")


def test_member_running_into_the_central_directory(original: Original) -> None:
    last = original.entries[-1]
    grown = replace(last, method=0, compressed_size=len(last.content) + 40)
    error = rejected(build_zip([*original.entries[:-1], grown]))
    assert (error.check, error.member, error.reason_code) == (
        PackageCheck.ZIP, last.name, "zip.overlap")


def test_hidden_bytes_between_members(original: Original) -> None:
    entries = list(original.entries)
    entries[2] = replace(entries[2], padding_before=b"smuggled")
    assert rejected(build_zip(entries)).reason_code == "zip.gap"
    assert rejected(b"MZ prefix" + original.data).check is PackageCheck.ZIP


def test_local_header_disagrees_with_directory(original: Original) -> None:
    entries = list(original.entries)
    entries[3] = replace(entries[3], local_name="report.exe")
    error = rejected(build_zip(entries))
    assert (error.check, error.member, error.reason_code) == (
        PackageCheck.ZIP, entries[3].name, "zip.local_header")


def test_data_descriptor_and_zip64_are_not_read(original: Original) -> None:
    error = rejected(original.plus(Entry("x.bin", b"x", flags=0x0008)))
    assert (error.check, error.reason_code) == (PackageCheck.ZIP, "zip.unsupported_flags")
    body = build_zip(original.entries)
    end = body[-END.size:]
    zip64 = body[:-END.size] + end[:8] + b"\xff\xff\xff\xff" + end[12:]
    assert rejected(zip64).reason_code == "zip.zip64"


def test_damaged_stored_data_fails_the_crc(original: Original) -> None:
    stored = build_zip([replace(entry, method=0) for entry in original.entries])
    position = stored.index(b"scan scan")
    damaged = stored[:position] + b"S" + stored[position + 1:]
    error = rejected(damaged)
    assert (error.check, error.member, error.reason_code) == (
        PackageCheck.ZIP, "evidence/0001.bin", "zip.bad_crc")


def test_truncated_file(original: Original) -> None:
    for length in (0, 3, 21, len(original.data) // 2, len(original.data) - 1):
        assert rejected(original.data[:length]).check is PackageCheck.ZIP


def test_random_bytes() -> None:
    for size in (1, 100, 10_000):
        error = rejected(os.urandom(size))
        assert (error.check, error.code) == (PackageCheck.ZIP, "package.not_zip")


# sizes and bombs ---------------------------------------------------------------------------------
def test_member_inflating_past_the_limit(original: Original) -> None:
    bomb = Entry("evidence/0002.bin", bytes(60 * 2**20))  # 60 MiB of zeros, ~60 KB deflated
    error = rejected(original.plus(bomb))
    assert (error.check, error.member, error.code) == (
        PackageCheck.SIZE, "evidence/0002.bin", "package.member_too_large")


def test_member_beyond_the_compression_ratio(original: Original) -> None:
    error = rejected(original.plus(Entry("evidence/0002.bin", bytes(5 * 2**20))))
    assert (error.check, error.member, error.code) == (
        PackageCheck.SIZE, "evidence/0002.bin", "package.bomb")


def test_member_whose_declared_size_lies(original: Original) -> None:
    liar = Entry("evidence/0002.bin", bytes(40 * 2**20), declared_size=1000)
    error = rejected(original.plus(liar))
    assert (error.check, error.member, error.code) == (
        PackageCheck.SIZE, "evidence/0002.bin", "package.size_lie")


def test_member_shorter_than_declared(original: Original) -> None:
    error = rejected(original.plus(Entry("evidence/0002.bin", b"short", declared_size=900)))
    assert (error.check, error.reason_code) == (PackageCheck.ZIP, "zip.size_mismatch")


def test_too_many_members_and_too_much_in_total(original: Original) -> None:
    error = rejected(original.data, PackageLimits(max_members=4))
    assert (error.check, error.code) == (PackageCheck.SIZE, "package.too_many_members")
    error = rejected(original.data, PackageLimits(max_total_bytes=1500))
    assert (error.check, error.code) == (PackageCheck.SIZE, "package.total_too_large")
    error = rejected(original.data, PackageLimits(max_manifest_bytes=100))
    assert (error.check, error.member) == (PackageCheck.SIZE, MANIFEST_NAME)


# anything at all -------------------------------------------------------------------------------
_mutation = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, 10**6), st.integers(0, 7)),
    st.tuples(st.just("insert"), st.integers(0, 10**6), st.binary(min_size=1, max_size=8)),
    st.tuples(st.just("delete"), st.integers(0, 10**6), st.integers(1, 64)),
    st.tuples(st.just("truncate"), st.integers(0, 10**6)),
    st.tuples(st.just("tail"), st.integers(1, 200), st.integers(0, 255)),  # the directory
)


def _mutate(data: bytes, mutations: list[tuple]) -> bytes:
    buffer = bytearray(data)
    for mutation in mutations:
        kind, position = mutation[0], mutation[1] % (len(buffer) + 1)
        if kind == "flip" and position < len(buffer):
            buffer[position] ^= 1 << mutation[2]
        elif kind == "insert":
            buffer[position:position] = mutation[2]
        elif kind == "delete":
            del buffer[position:position + mutation[2]]
        elif kind == "truncate":
            del buffer[position:]
        elif kind == "tail" and mutation[1] <= len(buffer):
            buffer[-mutation[1]] = mutation[2]
    return bytes(buffer)


@settings(max_examples=400, deadline=None, database=None)
@given(mutations=st.lists(_mutation, min_size=1, max_size=4))
def test_mutated_packages_are_either_the_original_or_refused(original: Original,
                                                            mutations: list[tuple]) -> None:
    mutated = _mutate(original.data, mutations)
    try:
        package = read_package(mutated)
    except PackageRejected as error:
        assert error.message("vi") and error.message("en")
        return
    assert package.manifest == original.package.manifest
    assert dict(package.members) == dict(original.package.members)
    assert package.fingerprint == original.package.fingerprint


@settings(max_examples=300, deadline=None, database=None)
@given(target=st.sampled_from([MANIFEST_NAME, SIGNATURE_NAME, "report.json"]),
       mutations=st.lists(_mutation, min_size=1, max_size=3))
def test_mutated_contents_in_a_sound_zip_are_refused(original: Original, target: str,
                                                     mutations: list[tuple]) -> None:
    """The same, one layer down: the ZIP is sound, so the manifest and signature checks are
    the ones that must hold."""
    content = next(entry.content for entry in original.entries if entry.name == target)
    mutated = _mutate(content, mutations)
    try:
        package = read_package(original.rebuilt(**{target: mutated}))
    except PackageRejected as error:
        assert error.check in {PackageCheck.MANIFEST, PackageCheck.SCHEMA, PackageCheck.MEMBERS,
                               PackageCheck.HASH, PackageCheck.SIGNATURE, PackageCheck.SIZE}
        return
    # only the signature's untrusted first line may change without consequence
    assert target == SIGNATURE_NAME or mutated == content
    assert package.manifest == original.package.manifest


def test_a_file_is_read_without_reserving_memory_for_the_limit(
        original: Original, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`read(limit + 1)` reserved 1.5 GiB for any consolidated file: Windows commits that
    memory at once (0.4 s a file under Wine; more than an office PC may have free)."""
    import io

    from kh14_desktop.services import package_reader

    asked: list[int] = []

    class Recording(io.FileIO):
        def read(self, size: int = -1) -> bytes:
            asked.append(size)
            return super().read(size)

    path = tmp_path / "BaoCao.kh14"
    path.write_bytes(original.data)
    monkeypatch.setattr(package_reader, "open", lambda name, mode: Recording(name, "r"),
                        raising=False)
    assert read_package(path, CONSOLIDATED_LIMITS).manifest == original.package.manifest
    assert asked and max(asked) <= max(len(original.data) + 1, package_reader._CHUNK_BYTES)
    # a file that grows past the limit while it is read is still cut at one byte past it
    limits = replace(CONSOLIDATED_LIMITS, max_file_bytes=len(original.data) - 10)
    with path.open("rb") as stream:
        assert len(package_reader._read_at_most(stream, 100, limits.max_file_bytes + 1)) == \
            limits.max_file_bytes + 1
