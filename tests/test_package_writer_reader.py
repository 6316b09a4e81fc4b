"""Writing a signed .kh14 package and reading it back; what an auditor's stock tools say."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import subprocess
import unicodedata
import zipfile
from pathlib import Path

import pytest

from kh14_desktop.domain.errors import UserError
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
    parse_manifest,
    trusted_comment_for,
)
from kh14_desktop.services.package_reader import read_package
from kh14_desktop.services.package_writer import (
    PackageHeader,
    PackageMember,
    rotation_members,
    write_package,
)
from kh14_desktop.services.signing import (
    FAST_KDF_FOR_TESTS,
    clear_pending_rotation,
    create_key,
    export_public_key,
    load_key_info,
    pending_rotation,
    rotate_key,
    unlock_key,
    verify_rotation,
)
from tests.platforms import needs_tools

PASSPHRASE = "mật khẩu đơn vị"
MINISIGN = shutil.which("minisign")
needs_minisign = needs_tools("minisign")
CREATED = dt.datetime(2024, 11, 15, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=7)))


def header(sequence: int = 3, kind: PackageKind = PackageKind.UNIT_REPORT,
           unit: str = "h-van-yen") -> PackageHeader:
    return PackageHeader(kind=kind, plan_id="kh14-2024-yen-bai", unit_id=unit,
                         period=Period(dt.date(2024, 1, 1), dt.date(2024, 12, 31), "Năm 2024"),
                         sequence=sequence, created=CREATED)


def members() -> list[PackageMember]:
    return [
        PackageMember("report.json", MemberRole.REPORT_DATA,
                      json.dumps({"tasks": ["II.1"], "ghi_chú": "Đã tổ chức hội nghị"},
                                 ensure_ascii=False).encode(),
                      media_type="application/json"),
        PackageMember("report.pdf", MemberRole.REPORT_PDF, b"%PDF-1.7\n" + os.urandom(4000),
                      original_name="Báo cáo KH14 - Văn Yên.pdf", media_type="application/pdf"),
        PackageMember("evidence/0001.bin", MemberRole.EVIDENCE, os.urandom(1500),
                      # typed on a Mac: decomposed; the manifest keeps NFC
                      original_name=unicodedata.normalize("NFD", "Ảnh hội nghị tập huấn.jpg"),
                      media_type="image/jpeg"),
        PackageMember("evidence/0002.bin", MemberRole.EVIDENCE, b"",
                      original_name="Danh sách (trống).txt"),
    ]


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """A folder of this test's own (the shared conftest puts a home folder in tmp_path)."""
    folder = tmp_path / "work"
    folder.mkdir()
    return folder


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("keys")
    create_key(folder, PASSPHRASE, kdf=FAST_KDF_FOR_TESTS)
    return folder


def test_round_trip(keys: Path, work: Path) -> None:
    target = work / "Báo cáo Văn Yên.kh14"
    content = members()
    with unlock_key(keys, PASSPHRASE) as key:
        written = write_package(target, header(), content, key)
    assert written.size == target.stat().st_size
    assert written.sha256 == hashlib.sha256(target.read_bytes()).hexdigest()
    assert [path.name for path in work.iterdir()] == [target.name]  # no stray .part

    package = read_package(target)
    info = load_key_info(keys)
    assert package.manifest == written.manifest
    assert package.manifest_bytes == written.manifest_bytes
    assert package.signature == written.signature
    assert package.sha256 == written.sha256 and package.size == written.size
    assert package.fingerprint == info.fingerprint
    assert package.signer_key == info.public_key
    assert package.trusted_comment == (
        "kh14 unit=h-van-yen plan=kh14-2024-yen-bai period=2024-01-01..2024-12-31 seq=3"
        " kind=unit-report")
    assert dict(package.members) == {member.name: member.data for member in content}
    manifest = package.manifest
    assert (manifest.kind, manifest.plan_id, manifest.unit_id, manifest.sequence) == (
        PackageKind.UNIT_REPORT, "kh14-2024-yen-bai", "h-van-yen", 3)
    assert manifest.created == CREATED
    assert manifest.period.label == "Năm 2024"
    evidence = manifest.member("evidence/0001.bin")
    assert evidence is not None
    assert evidence.original_name == "Ảnh hội nghị tập huấn.jpg"
    assert unicodedata.is_normalized("NFC", evidence.original_name)
    assert evidence.sha256 == hashlib.sha256(content[2].data).hexdigest()
    assert [name for name, _ in package.members_with_role(MemberRole.EVIDENCE)] == [
        "evidence/0001.bin", "evidence/0002.bin"]
    with pytest.raises(TypeError):
        package.members["report.json"] = b"changed"  # type: ignore[index]
    assert read_package(target.read_bytes()).manifest == manifest


def test_zip_layout_is_plain(keys: Path, work: Path) -> None:
    with unlock_key(keys, PASSPHRASE) as key:
        write_package(work / "r.kh14", header(), members(), key)
    with zipfile.ZipFile(work / "r.kh14") as archive:
        infos = archive.infolist()
        assert [info.filename for info in infos[:2]] == [MANIFEST_NAME, SIGNATURE_NAME]
        for info in infos:
            assert info.filename.isascii()
            assert info.external_attr >> 16 == 0o100644
            assert info.flag_bits == 0
            assert info.compress_type in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
        assert archive.testzip() is None
        manifest = parse_manifest(archive.read(MANIFEST_NAME))
    # the Vietnamese file names are in the manifest, never in ZIP paths
    assert {member.original_name for member in manifest.members} >= {"Báo cáo KH14 - Văn Yên.pdf"}


def test_very_compressible_member_is_stored_so_the_reader_accepts_it(keys: Path,
                                                                      work: Path) -> None:
    blank_scan = bytes(3 * 2**20)  # a white page deflates far beyond the 100:1 bomb ratio
    with unlock_key(keys, PASSPHRASE) as key:
        write_package(work / "r.kh14", header(), [
            PackageMember("evidence/0001.bin", MemberRole.EVIDENCE, blank_scan)], key)
    with zipfile.ZipFile(work / "r.kh14") as archive:
        assert archive.getinfo("evidence/0001.bin").compress_type == zipfile.ZIP_STORED
        assert archive.getinfo(MANIFEST_NAME).compress_type == zipfile.ZIP_DEFLATED
    assert read_package(work / "r.kh14").members["evidence/0001.bin"] == blank_scan


@needs_minisign
def test_stock_minisign_verifies_the_extracted_manifest(keys: Path, work: Path) -> None:
    with unlock_key(keys, PASSPHRASE) as key:
        written = write_package(work / "r.kh14", header(), members(), key)
    folder = work / "unzipped"
    with zipfile.ZipFile(work / "r.kh14") as archive:
        archive.extractall(folder)
    info = load_key_info(keys)
    export_public_key(keys, work / "office.pub")
    manifest, signature = folder / MANIFEST_NAME, folder / SIGNATURE_NAME
    for key_args in (["-P", info.public_key.minisign_base64],
                     ["-p", str(work / "office.pub")]):
        result = subprocess.run(
            [MINISIGN, "-H", "-Vm", str(manifest), "-x", str(signature), *key_args],
            capture_output=True, text=True, encoding="utf-8", check=False, timeout=60)
        assert result.returncode == 0, result.stderr
        assert f"Trusted comment: {trusted_comment_for(written.manifest)}" in result.stdout
    manifest.write_bytes(manifest.read_bytes().replace(b'"sequence": 3', b'"sequence": 4'))
    result = subprocess.run([MINISIGN, "-Vm", str(manifest), "-x", str(signature), "-P",
                             info.public_key.minisign_base64],
                            capture_output=True, check=False, timeout=60)
    assert result.returncode != 0


@needs_tools("unzip", "jq", "bash")
def test_auditor_commands_from_the_docs(keys: Path, work: Path) -> None:
    """The shell steps of docs/report-format.md, run as written."""
    with unlock_key(keys, PASSPHRASE) as key:
        write_package(work / "r.kh14", header(), members(), key)
    steps = """
    set -euo pipefail
    unzip -q r.kh14 -d r
    cd r
    jq -r '.members[] | "\\(.sha256)  \\(.name)"' manifest.json | sha256sum -c --quiet -
    jq -r .signer.public_key manifest.json | base64 -d | tail -c 32 | sha256sum \\
      | cut -c1-32 | tr a-f A-F | sed 's/..../& /g; s/ $//'
    """
    result = subprocess.run(["bash", "-c", steps], cwd=work, capture_output=True,
                            text=True, encoding="utf-8", check=False, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == load_key_info(keys).fingerprint


def test_writer_refuses_bad_member_names(keys: Path, work: Path) -> None:
    bad = ["../evil", "/abs", "C:/x", "a\\b", "báo-cáo.pdf", "a//b", MANIFEST_NAME, "dir/"]
    with unlock_key(keys, PASSPHRASE) as key:
        for name in bad:
            with pytest.raises(ValueError):
                write_package(work / "r.kh14", header(),
                              [PackageMember(name, MemberRole.EVIDENCE, b"x")], key)
        with pytest.raises(ValueError):
            write_package(work / "r.kh14", header(), [
                PackageMember("evidence/A.bin", MemberRole.EVIDENCE, b"x"),
                PackageMember("evidence/a.bin", MemberRole.EVIDENCE, b"y")], key)
        with pytest.raises(ValueError):
            write_package(work / "r.kh14",
                          PackageHeader(kind=PackageKind.UNIT_REPORT, plan_id="kh14",
                                        unit_id="h-van-yen", sequence=1,
                                        period=Period(dt.date(2024, 1, 1),
                                                      dt.date(2024, 12, 31), "2024"),
                                        created=dt.datetime(2024, 5, 1)),  # no UTC offset
                          [], key)
    assert list(work.iterdir()) == []


def test_writer_refuses_what_the_province_would_refuse(keys: Path, work: Path) -> None:
    small = PackageLimits(max_member_bytes=1000, max_file_bytes=5000, max_total_bytes=3000,
                          max_members=4)
    with unlock_key(keys, PASSPHRASE) as key:
        big = [PackageMember("evidence/0001.bin", MemberRole.EVIDENCE, os.urandom(1001),
                             original_name="Biên bản.pdf")]
        with pytest.raises(UserError) as caught:
            write_package(work / "r.kh14", header(), big, key, limits=small)
        assert caught.value.code == "package.write_member_too_large"
        assert "Biên bản.pdf" in caught.value.message("vi")
        many = [PackageMember(f"evidence/{n:04}.bin", MemberRole.EVIDENCE, b"x")
                for n in range(3)]
        with pytest.raises(UserError) as caught:
            write_package(work / "r.kh14", header(), many, key, limits=small)
        assert caught.value.code == "package.write_too_many"
        # within every member limit, but the file with its manifest is over 5000 bytes
        tight = PackageLimits(max_member_bytes=1000, max_file_bytes=2500, max_members=10)
        two = [PackageMember(f"evidence/{n:04}.bin", MemberRole.EVIDENCE, os.urandom(900))
               for n in range(2)]
        with pytest.raises(UserError) as caught:
            write_package(work / "r.kh14", header(), two, key, limits=tight)
        assert caught.value.code == "package.write_too_large"
    assert list(work.iterdir()) == []  # never half-written, no .part left over


def test_existing_file_is_replaced_only_when_complete(keys: Path, work: Path) -> None:
    target = work / "r.kh14"
    target.write_bytes(b"previous export")
    tight = PackageLimits(max_file_bytes=100)
    with unlock_key(keys, PASSPHRASE) as key, pytest.raises(UserError):
        write_package(target, header(), members(), key, limits=tight)
    assert target.read_bytes() == b"previous export"


def test_pending_rotation_travels_in_the_next_package(work: Path) -> None:
    folder = work / "keys"
    old = create_key(folder, PASSPHRASE, kdf=FAST_KDF_FOR_TESTS)
    rotate_key(folder, PASSPHRASE, "mật khẩu mới", kdf=FAST_KDF_FOR_TESTS)
    rotation = pending_rotation(folder)
    assert rotation is not None
    with unlock_key(folder, "mật khẩu mới") as key:
        write_package(work / "r.kh14", header(),
                      [*members(), *rotation_members(rotation)], key)
    clear_pending_rotation(folder)
    package = read_package(work / "r.kh14")
    [(_, statement)] = package.members_with_role(MemberRole.ROTATION)
    [(_, signature)] = package.members_with_role(MemberRole.ROTATION_SIGNATURE)
    old_key, new_key = verify_rotation(statement, signature)
    assert old_key == old.public_key
    assert new_key == package.signer_key  # the importer can now trust the new key


def test_consolidated_package_carries_inner_packages(keys: Path, work: Path) -> None:
    with unlock_key(keys, PASSPHRASE) as key:
        inner = [write_package(work / f"{unit}.kh14", header(unit=unit), members(), key)
                 for unit in ("h-van-yen", "h-tran-yen")]
        outer = write_package(
            work / "tong-hop.kh14", header(kind=PackageKind.CONSOLIDATED, unit="so-tttt"),
            [PackageMember(f"inner/{n:04}.kh14", MemberRole.INNER_REPORT,
                           written.path.read_bytes(), original_name=written.path.name,
                           media_type="application/vnd.kh14+zip")
             for n, written in enumerate(inner, start=1)],
            key, limits=CONSOLIDATED_LIMITS)
    package = read_package(outer.path, CONSOLIDATED_LIMITS)
    assert package.manifest.kind is PackageKind.CONSOLIDATED
    assert package.trusted_comment.endswith("kind=consolidated")
    for name, data in package.members_with_role(MemberRole.INNER_REPORT):
        assert read_package(data).manifest.unit_id in {"h-van-yen", "h-tran-yen"}, name


def test_package_signed_by_another_office_still_reads(work: Path, keys: Path) -> None:
    """Reading proves integrity and names the signer; trusting the signer is the importer's."""
    other = create_key(work / "other", "khóa đơn vị khác", kdf=FAST_KDF_FOR_TESTS)
    with unlock_key(work / "other", "khóa đơn vị khác") as key:
        write_package(work / "r.kh14", header(), members(), key)
    package = read_package(work / "r.kh14")
    assert package.fingerprint == other.fingerprint != load_key_info(keys).fingerprint


def test_unreadable_path(work: Path) -> None:
    with pytest.raises(UserError) as caught:
        read_package(work / "missing.kh14")
    assert caught.value.code == "package.cannot_read"
    assert not isinstance(caught.value, PackageRejected)


def test_file_size_limit_is_checked_before_reading(keys: Path, work: Path) -> None:
    with unlock_key(keys, PASSPHRASE) as key:
        written = write_package(work / "r.kh14", header(), members(), key)
    limits = PackageLimits(max_file_bytes=written.size - 1)
    for source in (written.path, written.path.read_bytes()):
        with pytest.raises(PackageRejected) as caught:
            read_package(source, limits)
        assert caught.value.check is PackageCheck.SIZE
        assert caught.value.code == "package.file_too_large"


def test_writer_stores_texts_as_the_reader_reads_them(keys: Path, work: Path) -> None:
    untidy = PackageHeader(kind=PackageKind.UNIT_REPORT, plan_id="kh14-2024-yen-bai",
                           unit_id="h-van-yen", sequence=1, created=CREATED,
                           period=Period(dt.date(2024, 1, 1), dt.date(2024, 6, 30),
                                         unicodedata.normalize("NFD", "  6 tháng   đầu năm ")))
    with unlock_key(keys, PASSPHRASE) as key:
        written = write_package(work / "r.kh14", untidy, [
            PackageMember("evidence/0001.bin", MemberRole.EVIDENCE, b"x", original_name="  "),
            PackageMember("evidence/0002.bin", MemberRole.EVIDENCE, b"y",
                          original_name=" Ảnh.jpg ")], key)
    manifest = read_package(written.path).manifest
    assert manifest.period.label == "6 tháng đầu năm"
    assert [item.original_name for item in manifest.members] == [None, "Ảnh.jpg"]
