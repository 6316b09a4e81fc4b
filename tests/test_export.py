"""Exporting the signed report: round trip, stock minisign, tampering, PDF, passphrase."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import subprocess
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.period import parse_period
from kh14_desktop.domain.progress import Status
from kh14_desktop.domain.report import parse_report_data
from kh14_desktop.services.export import (
    export_report,
    remember_options,
    remembered_options,
    save_draft_pdf,
)
from kh14_desktop.services.installation import Installation
from kh14_desktop.services.office_key import export_office_public_key, rotate_office_key
from kh14_desktop.services.office_work import OfficeWork
from kh14_desktop.services.report_builder import ReportOptions
from kh14_desktop.services.verify import verify_file
from tests.conftest import PASSPHRASE
from tests.platforms import needs_tools

NOW = dt.datetime(2024, 11, 15, 2, 30, tzinfo=dt.UTC)


def options(installation: Installation, period: str | None = None) -> ReportOptions:
    return ReportOptions(parse_period(installation.plan(), period), "45/BC-UBND",
                         dt.date(2024, 11, 15), "Nguyễn Văn Hải")


@pytest.fixture
def recorded(office_with_key: Installation, tmp_path: Path) -> Installation:
    work = OfficeWork(office_with_key)
    evidence = tmp_path / "Biên bản hội nghị.pdf"
    evidence.write_bytes(b"%PDF-1.4 bien ban")
    work.save_progress("II.6", Status.DONE, result="Đã tổ chức 1 lớp tập huấn.",
                       difficulties="Thiếu kinh phí.", proposals="Đề nghị hỗ trợ kinh phí.")
    work.add_activity("II.6", dt.date(2024, 7, 11), "Tập huấn kỹ năng", "2 ngày",
                      {"trainings": 1, "trainees": 54}, [evidence])
    work.add_activity("II.1", dt.date(2024, 3, 14), "Hội nghị quán triệt", "",
                      {"events": 1, "participants": 215}, [evidence])
    work.add_activity("II.1", dt.date(2024, 10, 2), "Hội nghị quý IV", "",
                      {"events": 1, "participants": 80})
    return office_with_key


def export(installation: Installation, folder: Path, name: str = "bc.kh14",
           period: str | None = None) -> Path:
    return export_report(installation, options(installation, period), folder / name,
                         PASSPHRASE, now=NOW).path


def test_round_trip_verifies(recorded: Installation, tmp_path: Path) -> None:
    result = export_report(recorded, options(recorded), tmp_path / "bc", PASSPHRASE,
                           tmp_path / "bc.pdf", now=NOW)
    assert result.path == tmp_path / "bc.kh14" and result.sequence == 1
    outcome = verify_file(result.path)
    assert outcome.genuine and outcome.report is not None
    assert outcome.manifest is not None and outcome.manifest.created == NOW
    report = outcome.report
    assert report.unit_name == "UBND huyện Văn Yên"
    task = next(t for t in report.tasks if t.code == "II.6")
    assert task.status is Status.DONE and task.totals == {"trainings": 1, "trainees": 54}
    assert report.totals()["participants"] == 295
    assert (tmp_path / "bc.pdf").read_bytes()[:5] == b"%PDF-"
    assert hashlib.sha256(result.path.read_bytes()).hexdigest() == result.sha256


def test_evidence_is_carried_once_under_ascii_names(recorded: Installation,
                                                    tmp_path: Path) -> None:
    path = export(recorded, tmp_path)
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        manifest = json.loads(archive.read("manifest.json"))
    assert names[:2] == ["manifest.json", "manifest.json.minisig"]
    assert all(name.isascii() for name in names)
    evidence = [m for m in manifest["members"] if m["role"] == "evidence"]
    assert len(evidence) == 1 and evidence[0]["original_name"] == "Biên bản hội nghị.pdf"
    assert manifest["kind"] == "unit-report" and manifest["sequence"] == 1


def test_sequence_rises_with_every_export(recorded: Installation, tmp_path: Path) -> None:
    first = export_report(recorded, options(recorded), tmp_path / "a.kh14", PASSPHRASE)
    second = export_report(recorded, options(recorded, "q3"), tmp_path / "b.kh14", PASSPHRASE)
    assert (first.sequence, second.sequence) == (1, 2)


def test_interim_period_holds_only_its_activities(recorded: Installation,
                                                  tmp_path: Path) -> None:
    outcome = verify_file(export(recorded, tmp_path, period="h1"))
    assert outcome.report is not None
    assert outcome.report.period_label == "6 tháng đầu năm 2024"
    assert outcome.report.totals() == {"events": 1, "participants": 215}
    custom = verify_file(export(recorded, tmp_path, "c.kh14", "2024-07-01..2024-12-31"))
    assert custom.report is not None and custom.report.totals()["trainees"] == 54


@needs_tools("minisign")
def test_stock_minisign_verifies_the_export(recorded: Installation, tmp_path: Path) -> None:
    path = export(recorded, tmp_path)
    public = export_office_public_key(recorded, tmp_path / "office.pub")
    folder = tmp_path / "unzipped"
    with zipfile.ZipFile(path) as archive:
        archive.extractall(folder)
    done = subprocess.run(["minisign", "-Vm", str(folder / "manifest.json"), "-p", str(public)],
                          capture_output=True, text=True, encoding="utf-8", check=False)
    assert done.returncode == 0, done.stderr
    assert "unit=h-van-yen" in done.stdout and "seq=1" in done.stdout
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    for member in manifest["members"]:
        data = (folder / member["name"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == member["sha256"]


def rezip(source: Path, target: Path, change: dict[str, bytes | None],
          extra: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as out:
        for info in original.infolist():
            data = original.read(info)
            if info.filename in change:
                replacement = change[info.filename]
                if replacement is None:
                    continue
                data = replacement
            out.writestr(info.filename, data)
        for name, data in (extra or {}).items():
            out.writestr(name, data)
    return target


def test_every_single_byte_change_is_caught(recorded: Installation, tmp_path: Path) -> None:
    path = export(recorded, tmp_path)
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    for name, data in members.items():
        for position in (0, len(data) // 2, len(data) - 1):
            flipped = bytearray(data)
            flipped[position] ^= 0x01
            bad = rezip(path, tmp_path / "bad.kh14", {name: bytes(flipped)})
            outcome = verify_file(bad)
            assert not outcome.genuine, (name, position)
            expected = {"manifest.json": {"schema", "signature", "manifest"},
                        "manifest.json.minisig": {"signature", "manifest"}}.get(name, {"hash"})
            assert outcome.check in expected, (name, outcome.check)
            if outcome.check == "hash":
                assert outcome.error.member == name  # type: ignore[union-attr]


def test_added_and_removed_members_are_caught(recorded: Installation, tmp_path: Path) -> None:
    path = export(recorded, tmp_path)
    added = verify_file(rezip(path, tmp_path / "added.kh14", {}, {"extra.txt": b"hi"}))
    assert not added.genuine and added.check == "members"
    assert "extra.txt" in added.error.message("en")  # type: ignore[union-attr]
    removed = verify_file(rezip(path, tmp_path / "removed.kh14", {"report.pdf": None}))
    assert not removed.genuine and removed.check == "members"


def test_another_units_manifest_swapped_in_is_caught(recorded: Installation, tmp_path: Path,
                                                     data_dir: Path) -> None:
    path = export(recorded, tmp_path)
    with Installation.open(tmp_path / "other") as other:
        other.setup("h-tram-tau")
        from kh14_desktop.services.office_key import create_office_key

        create_office_key(other, PASSPHRASE)
        theirs = export(other, tmp_path, "theirs.kh14")
    with zipfile.ZipFile(theirs) as archive:
        swap = {name: archive.read(name) for name in ("manifest.json", "manifest.json.minisig")}
    outcome = verify_file(rezip(path, tmp_path / "swapped.kh14", swap))  # type: ignore[arg-type]
    assert not outcome.genuine and outcome.check in {"members", "hash"}


def test_wrong_passphrase_writes_nothing(recorded: Installation, tmp_path: Path) -> None:
    with pytest.raises(UserError) as caught:
        export_report(recorded, options(recorded), tmp_path / "bc.kh14", "sai mật khẩu",
                      tmp_path / "bc.pdf")
    assert caught.value.code == "key.wrong_passphrase"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        p.name for p in tmp_path.iterdir() if not p.name.startswith("bc"))
    assert not list(tmp_path.glob("*.part")) and not list(tmp_path.glob(".*part"))
    assert recorded.store.db.execute("SELECT count(*) FROM exports").fetchone()[0] == 0


def test_pdf_text_has_unit_codes_and_title(recorded: Installation, tmp_path: Path) -> None:
    path = export(recorded, tmp_path)
    with zipfile.ZipFile(path) as archive:
        pdf = archive.read("report.pdf")
    text = "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)
    for needle in ("ỦY BAN NHÂN DÂN", "HUYỆN VĂN YÊN", "BÁO CÁO", "Số: 45/BC-UBND",
                   "Kết quả thực hiện Kế hoạch số 14/KH-UBND ngày 17/01/2024",
                   "truyền thông chính sách", "II.6", "II.1", "IV.8", "Nguyễn Văn Hải",
                   "KHÓ KHĂN, VƯỚNG MẮC", "ĐỀ XUẤT, KIẾN NGHỊ", "Nơi nhận",
                   "Văn Yên, ngày 15 tháng 11 năm 2024"):
        assert needle in text, needle


def test_draft_pdf_is_marked_and_unsigned(recorded: Installation, tmp_path: Path) -> None:
    path = save_draft_pdf(recorded, options(recorded), tmp_path / "du-thao.pdf")
    text = "".join(page.extract_text() or "" for page in PdfReader(path).pages)
    assert "DỰ THẢO" in text
    assert recorded.store.db.execute("SELECT count(*) FROM exports").fetchone()[0] == 0


def test_report_json_round_trips(recorded: Installation, tmp_path: Path) -> None:
    path = export(recorded, tmp_path)
    with zipfile.ZipFile(path) as archive:
        data = archive.read("report.json")
    report = parse_report_data(data)
    assert parse_report_data(report.to_json()) == report


def test_remembered_choices(recorded: Installation) -> None:
    chosen = ReportOptions(parse_period(recorded.plan(), None), "45/BC-UBND", None,
                           "Trần Thị Lan", ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"))
    remember_options(recorded, chosen)
    again = remembered_options(recorded, parse_period(recorded.plan(), "q3"))
    assert again.signer_name == "Trần Thị Lan"
    assert again.signer_authority == ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    assert again.document_number == "45/BC-UBND" and again.period.key == "q3"


def test_a_key_rotation_travels_in_the_next_report(recorded: Installation,
                                                   tmp_path: Path) -> None:
    old = verify_file(export(recorded, tmp_path, "before.kh14")).fingerprint
    rotate_office_key(recorded, PASSPHRASE, "mật khẩu mới")
    result = export_report(recorded, options(recorded), tmp_path / "after.kh14",
                           "mật khẩu mới")
    outcome = verify_file(result.path)
    assert outcome.genuine and outcome.fingerprint != old
    roles = {m.role.value for m in outcome.manifest.members}  # type: ignore[union-attr]
    assert {"rotation", "rotation-signature"} <= roles
    later = verify_file(export_report(recorded, options(recorded), tmp_path / "later.kh14",
                                      "mật khẩu mới").path)
    assert "rotation" not in {m.role.value for m in later.manifest.members}  # type: ignore[union-attr]


def test_missing_evidence_stops_the_export_with_its_name(recorded: Installation,
                                                         tmp_path: Path) -> None:
    work = OfficeWork(recorded)
    evidence = work.activities("II.6")[0].evidence[0]
    work.files.path_of(evidence.sha256).unlink()
    with pytest.raises(UserError) as caught:
        export(recorded, tmp_path)
    assert caught.value.code == "evidence.missing"
    assert "Biên bản hội nghị.pdf" in caught.value.message("vi")
    assert not (tmp_path / "bc.kh14").exists()


def test_an_added_task_is_reported_as_such(recorded: Installation, tmp_path: Path) -> None:
    work = OfficeWork(recorded)
    work.adopt_task("II.3.5")
    work.add_activity("II.3.5", dt.date(2024, 4, 2), "Góp ý dự thảo", "",
                      {"feedback-items": 12})
    outcome = verify_file(export(recorded, tmp_path))
    assert outcome.report is not None
    task = next(t for t in outcome.report.tasks if t.code == "II.3.5")
    assert task.adopted and task.totals == {"feedback-items": 12}
