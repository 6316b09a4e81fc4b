"""The admin's import: every outcome provoked by a real file, and nothing changed by a refusal."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.package import MemberRole, PackageKind, Period
from kh14_desktop.domain.period import parse_period
from kh14_desktop.domain.progress import Status
from kh14_desktop.domain.received import ReportingState
from kh14_desktop.services import import_log
from kh14_desktop.services.admin_actions import (
    load_key_list,
    trust_fingerprint,
    unit_statuses,
    waiting_files,
)
from kh14_desktop.services.export import export_report
from kh14_desktop.services.importer import Importer, ImportOutcome
from kh14_desktop.services.installation import Installation
from kh14_desktop.services.office_key import (
    create_office_key,
    office_key_info,
    rotate_office_key,
    unlock_office_key,
)
from kh14_desktop.services.office_work import OfficeWork
from kh14_desktop.services.package_writer import PackageHeader, PackageMember, write_package
from kh14_desktop.services.report_builder import ReportOptions
from kh14_desktop.services.signing import keys
from kh14_desktop.store.database import Store
from kh14_desktop.store.received import all_reports, current_reports
from tests.conftest import PASSPHRASE
from tests.zip_builder import Entry, build_zip

ON_TIME = dt.datetime(2024, 11, 18, 3, 0, tzinfo=dt.UTC)
LATE = dt.datetime(2024, 11, 25, 3, 0, tzinfo=dt.UTC)


@dataclass
class Office:
    installation: Installation
    folder: Path

    @property
    def fingerprint(self) -> str:
        return office_key_info(self.installation).fingerprint

    def export(self, name: str, now: dt.datetime = ON_TIME, period: str | None = None,
               passphrase: str = PASSPHRASE) -> Path:
        plan = self.installation.plan()
        options = ReportOptions(parse_period(plan, period), "01/BC", dt.date(2024, 11, 18),
                                "Người Ký")
        return export_report(self.installation, options, self.folder / name, passphrase,
                             now=now).path


def make_office(root: Path, unit: str, trainees: int) -> Office:
    installation = Installation.open(root / unit)
    installation.setup(unit)
    create_office_key(installation, PASSPHRASE)
    work = OfficeWork(installation)
    task = "II.6"
    work.save_progress(task, Status.DONE, result=f"Kết quả của {unit}",
                       difficulties=f"Khó khăn của {unit}")
    work.add_activity(task, dt.date(2024, 7, 1), "Tập huấn", figures={"trainees": trainees,
                                                                     "trainings": 1})
    outbox = root / f"{unit}-out"
    outbox.mkdir()
    return Office(installation, outbox)


@pytest.fixture
def offices(tmp_path: Path) -> Iterator[dict[str, Office]]:
    made = {unit: make_office(tmp_path / "offices", unit, trainees)
            for unit, trainees in (("h-van-yen", 54), ("h-tram-tau", 30), ("so-tu-phap", 12))}
    yield made
    for office in made.values():
        office.installation.close()


@pytest.fixture
def admin(tmp_path: Path) -> Iterator[Installation]:
    with Installation.open(tmp_path / "admin") as installation:
        installation.setup(None, admin=True)
        create_office_key(installation, PASSPHRASE)
        yield installation


def trust_all(admin: Installation, offices: dict[str, Office], folder: Path) -> None:
    listing = folder / "keys.txt"
    listing.write_text("".join(
        f"{unit} {office_key_info(o.installation).public_key.minisign_base64}\n"
        for unit, o in offices.items()), encoding="utf-8")
    load_key_list(admin, listing)


def database(admin: Installation) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    for table in admin.store.db.table_names():
        rows.extend((table, *row) for row in admin.store.db.execute(
            f"SELECT * FROM [{table}] ORDER BY 1"))
    return rows


def only(results: list) -> object:  # type: ignore[type-arg]
    assert len(results) == 1
    return results[0]


# trust ----------------------------------------------------------------------------------------
def test_unknown_key_waits_in_quarantine_until_trusted(admin: Installation,
                                                       offices: dict[str, Office]) -> None:
    van_yen = offices["h-van-yen"]
    path = van_yen.export("vy.kh14")
    before = database(admin)
    result = Importer(admin).import_file(path)
    assert result.outcome is ImportOutcome.UNKNOWN_KEY
    assert database(admin) == before
    waiting = waiting_files(admin)
    assert [w.fingerprint for w in waiting] == [van_yen.fingerprint]
    assert all(p.parent == admin.folder.quarantine for p in [w.path for w in waiting])
    # read out over the phone without spaces, in lower case
    outcome = trust_fingerprint(admin, van_yen.fingerprint.replace(" ", "").lower())
    assert outcome.unit_id == "h-van-yen" and outcome.newly_trusted
    assert [r.outcome for r in outcome.imported] == [ImportOutcome.IMPORTED]
    assert waiting_files(admin) == []
    assert "h-van-yen" in current_reports(admin.store, "kh14-2024-yen-bai",
                                          dt.date(2024, 1, 1), dt.date(2024, 12, 31))


def test_trusting_an_unknown_fingerprint_is_refused(admin: Installation) -> None:
    with pytest.raises(UserError) as caught:
        trust_fingerprint(admin, "0000 1111 2222 3333 4444 5555 6666 7777")
    assert caught.value.code == "trust.nothing_waiting"
    with pytest.raises(UserError):
        trust_fingerprint(admin, "not a fingerprint")


def test_pre_loaded_keys_import_at_once(admin: Installation, offices: dict[str, Office],
                                        tmp_path: Path) -> None:
    trust_all(admin, offices, tmp_path)
    results = Importer(admin).import_paths([o.export("r.kh14") for o in offices.values()])
    assert [r.outcome for r in results] == [ImportOutcome.IMPORTED] * 3


def test_another_key_for_a_trusted_unit_is_refused_loudly(admin: Installation,
                                                          offices: dict[str, Office],
                                                          tmp_path: Path) -> None:
    trust_all(admin, offices, tmp_path)
    impostor = Installation.open(tmp_path / "impostor")
    impostor.setup("h-van-yen")
    create_office_key(impostor, PASSPHRASE)
    forged = Office(impostor, offices["h-van-yen"].folder).export("forged.kh14")
    before = database(admin)
    result = Importer(admin).import_file(forged)
    assert result.outcome is ImportOutcome.KEY_MISMATCH
    assert "CẢNH BÁO" in result.message("vi") and "WARNING" in result.message("en")
    assert database(admin) == before
    impostor.close()


def test_a_rotation_signed_by_the_old_key_is_accepted(admin: Installation,
                                                      offices: dict[str, Office],
                                                      tmp_path: Path) -> None:
    trust_all(admin, offices, tmp_path)
    van_yen = offices["h-van-yen"]
    old = van_yen.fingerprint
    rotate_office_key(van_yen.installation, PASSPHRASE, "mật khẩu mới")
    path = van_yen.export("rotated.kh14", passphrase="mật khẩu mới")
    result = Importer(admin).import_file(path)
    assert result.outcome is ImportOutcome.IMPORTED
    keys_now = {k.fingerprint: k for k in
                __import__("kh14_desktop.store.received", fromlist=["x"]).trusted_keys(
                    admin.store, "h-van-yen")}
    assert not keys_now[old].active and keys_now[van_yen.fingerprint].active
    # and the next report, without the statement, is accepted under the new key
    again = Importer(admin).import_file(van_yen.export("later.kh14", passphrase="mật khẩu mới"))
    assert again.outcome is ImportOutcome.REPLACED


# the sequence rule -------------------------------------------------------------------------------
def test_duplicate_older_and_newer(admin: Installation, offices: dict[str, Office],
                                   tmp_path: Path) -> None:
    trust_all(admin, offices, tmp_path)
    office = offices["h-tram-tau"]
    first = office.export("1.kh14")
    second = office.export("2.kh14")
    importer = Importer(admin)
    assert importer.import_file(second).outcome is ImportOutcome.IMPORTED
    before = database(admin)
    assert importer.import_file(second).outcome is ImportOutcome.DUPLICATE
    older = importer.import_file(first)
    assert older.outcome is ImportOutcome.OLDER and "2" in older.message("vi")
    assert database(admin) == before
    third = importer.import_file(office.export("3.kh14"))
    assert third.outcome is ImportOutcome.REPLACED
    latest = current_reports(admin.store, "kh14-2024-yen-bai", dt.date(2024, 1, 1),
                             dt.date(2024, 12, 31))
    assert latest["h-tram-tau"].sequence == 3


def test_another_period_is_kept_beside_the_annual_report(admin: Installation,
                                                         offices: dict[str, Office],
                                                         tmp_path: Path) -> None:
    trust_all(admin, offices, tmp_path)
    office = offices["h-van-yen"]
    importer = Importer(admin)
    assert importer.import_file(office.export("year.kh14")).outcome is ImportOutcome.IMPORTED
    assert importer.import_file(office.export("q3.kh14", period="q3")).outcome is \
        ImportOutcome.IMPORTED


# refused files ----------------------------------------------------------------------------------
def rezip(source: Path, target: Path, change: dict[str, bytes | None],
          extra: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as out:
        for info in original.infolist():
            data = original.read(info)
            if info.filename in change:
                if change[info.filename] is None:
                    continue
                data = change[info.filename]  # type: ignore[assignment]
            out.writestr(info.filename, data)
        for name, data in (extra or {}).items():
            out.writestr(name, data)
    return target


def signed_with_report(office: Office, target: Path, report_json: bytes) -> Path:
    """A genuinely signed package whose report data is broken (a buggy or newer writer)."""
    manifest = json.loads(zipfile.ZipFile(office.export("base.kh14")).read("manifest.json"))
    header = PackageHeader(PackageKind.UNIT_REPORT, manifest["plan_id"], manifest["unit_id"],
                           Period(dt.date(2024, 1, 1), dt.date(2024, 12, 31), "năm 2024"),
                           99, ON_TIME)
    with unlock_office_key(office.installation, PASSPHRASE) as key:
        write_package(target, header, [PackageMember("report.json", MemberRole.REPORT_DATA,
                                                     report_json)], key)
    return target


@pytest.fixture
def broken_files(admin: Installation, offices: dict[str, Office],
                 tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """Each file made to provoke one refusal, with the check expected to catch it."""
    trust_all(admin, offices, tmp_path)
    office = offices["h-van-yen"]
    good = office.export("good.kh14")
    folder = tmp_path / "broken"
    folder.mkdir()
    with zipfile.ZipFile(good) as archive:
        report = archive.read("report.json")
        members = {name: archive.read(name) for name in archive.namelist()}
    tampered = bytearray(report)
    tampered[len(tampered) // 2] ^= 0x20
    bomb_entries = [Entry(name, data) for name, data in members.items()]
    bomb_entries.append(Entry("evidence/bomb.bin", b"\0" * (60 * 1024 * 1024)))
    traversal = [Entry(name, data) for name, data in members.items()] + [
        Entry("../../evil.bat", b"echo pwned")]
    truncated = good.read_bytes()[: good.stat().st_size * 2 // 3]
    (folder / "bomb.kh14").write_bytes(build_zip(bomb_entries))
    (folder / "traversal.kh14").write_bytes(build_zip(traversal))
    (folder / "truncated.kh14").write_bytes(truncated)
    (folder / "garbage.kh14").write_bytes(b"MZ\x90\x00 this is an exe renamed")
    newer = json.loads(report)
    newer["schema_version"] = 99
    wrong_type = json.loads(report)
    wrong_type["tasks"] = "nhiều"
    return {
        "tampered": (rezip(good, folder / "tampered.kh14", {"report.json": bytes(tampered)}),
                     "hash"),
        "extra member": (rezip(good, folder / "extra.kh14", {}, {"virus.exe": b"MZ"}),
                         "members"),
        "../ name": (folder / "traversal.kh14", "names"),
        "zip bomb": (folder / "bomb.kh14", "size"),
        "truncated": (folder / "truncated.kh14", "zip"),
        "not a zip": (folder / "garbage.kh14", "zip"),
        "invalid json": (signed_with_report(office, folder / "json.kh14", b"{not json"),
                         "report"),
        "wrong schema version": (signed_with_report(
            office, folder / "schema.kh14", json.dumps(newer).encode()), "report"),
        "wrong type": (signed_with_report(
            office, folder / "type.kh14", json.dumps(wrong_type).encode()), "report"),
    }


@pytest.mark.parametrize("kind", ["tampered", "extra member", "../ name", "zip bomb",
                                  "truncated", "not a zip", "invalid json",
                                  "wrong schema version", "wrong type"])
def test_each_refusal_names_its_check_and_changes_nothing(
        admin: Installation, broken_files: dict[str, tuple[Path, str]], kind: str,
        tmp_path: Path) -> None:
    path, check = broken_files[kind]
    before = database(admin)
    result = Importer(admin).import_file(path)
    assert result.outcome is ImportOutcome.REJECTED, result.message("en")
    assert result.check == check, (kind, result.check, result.message("en"))
    assert result.message("vi") and result.message("en")
    assert database(admin) == before
    assert not list(admin.folder.quarantine.glob("*")) if admin.folder.quarantine.exists() \
        else True
    assert not (tmp_path / "evil.bat").exists() and not (tmp_path.parent / "evil.bat").exists()
    assert import_log.read_entries(admin.folder.root)[0].outcome == "rejected"


def test_a_file_of_another_plan(admin: Installation, tmp_path: Path) -> None:
    plan_file = json.loads(Path(admin.plan().source).read_text(encoding="utf-8")
                           if Path(admin.plan().source).exists() else
                           (Path(__file__).parent.parent / "resources" / "plans" /
                            "kh14-2024-yen-bai.json").read_text(encoding="utf-8"))
    plan_file["id"] = "kh99-2024-khac"
    office_root = tmp_path / "other-plan"
    (office_root / "plans").mkdir(parents=True)
    (office_root / "plans" / "khac.json").write_text(json.dumps(plan_file, ensure_ascii=False),
                                                     encoding="utf-8")
    installation = Installation.open(office_root)
    installation.setup("h-van-yen", "kh99-2024-khac")
    create_office_key(installation, PASSPHRASE)
    office = Office(installation, tmp_path)
    listing = tmp_path / "k.txt"
    listing.write_text(f"h-van-yen {office_key_info(installation).public_key.minisign_base64}\n",
                       encoding="utf-8")
    load_key_list(admin, listing)
    before = database(admin)
    result = Importer(admin).import_file(office.export("other.kh14"))
    assert result.outcome is ImportOutcome.WRONG_PLAN
    assert "kh99-2024-khac" in result.message("vi")
    assert database(admin) == before
    installation.close()


# who reported ----------------------------------------------------------------------------------
def test_late_and_on_time_by_the_signed_export_time(admin: Installation,
                                                    offices: dict[str, Office],
                                                    tmp_path: Path) -> None:
    trust_all(admin, offices, tmp_path)
    importer = Importer(admin)
    importer.import_file(offices["h-van-yen"].export("a.kh14", now=ON_TIME))
    importer.import_file(offices["h-tram-tau"].export("b.kh14", now=LATE))
    # 20/11 at 20:00 in Vietnam is still the deadline day; 21/11 01:00 is not
    importer.import_file(offices["so-tu-phap"].export(
        "c.kh14", now=dt.datetime(2024, 11, 20, 13, 0, tzinfo=dt.UTC)))
    states = {row.unit.id: row.state for row in unit_statuses(admin)}
    assert states["h-van-yen"] is ReportingState.ON_TIME
    assert states["h-tram-tau"] is ReportingState.LATE
    assert states["so-tu-phap"] is ReportingState.ON_TIME
    assert states["h-yen-binh"] is ReportingState.MISSING
    assert len(states) == len(admin.plan().reporting_units())


def test_a_folder_import_reports_progress_and_can_stop(admin: Installation,
                                                       offices: dict[str, Office],
                                                       tmp_path: Path) -> None:
    trust_all(admin, offices, tmp_path)
    inbox = tmp_path / "inbox"
    (inbox / "usb" / "sub").mkdir(parents=True)
    for index, office in enumerate(offices.values()):
        target = inbox / "usb" / ("sub" if index else "") / f"{index}.kh14"
        target.write_bytes(office.export(f"x{index}.kh14").read_bytes())
    (inbox / "usb" / "readme.txt").write_text("not a report", encoding="utf-8")
    seen: list[tuple[int, int]] = []
    results = Importer(admin).import_paths([inbox], progress=lambda d, t, n: seen.append((d, t)))
    assert len(results) == 3 and seen[-1] == (3, 3)
    stopped = Importer(admin).import_paths([inbox], should_stop=lambda: True)
    assert stopped == []


# layered consolidation --------------------------------------------------------------------------
def test_a_consolidated_file_imports_into_a_second_admin(admin: Installation,
                                                         offices: dict[str, Office],
                                                         tmp_path: Path) -> None:
    from kh14_desktop.domain.period import annual_period
    from kh14_desktop.services.consolidated_package import write_consolidated_package

    trust_all(admin, offices, tmp_path)
    Importer(admin).import_paths([o.export("r.kh14") for o in offices.values()])
    period = annual_period(admin.plan())
    package = write_consolidated_package(admin, period, tmp_path / "tong-hop.kh14", PASSPHRASE)
    assert package.report_count == 3
    with Installation.open(tmp_path / "ministry") as upper:
        upper.setup(None, admin=True)
        first = Importer(upper).import_file(package.path)
        assert first.outcome is ImportOutcome.UNKNOWN_KEY  # the province's key, not trusted yet
        assert first.code == "import.unknown_consolidator"
        # trusted as the unit's own key, it signs that unit's reports, and vouches for none
        trust_fingerprint(upper, package.fingerprint)
        refused = Importer(upper).import_file(package.path)
        assert (refused.outcome, refused.code) == (ImportOutcome.KEY_MISMATCH,
                                                   "import.not_a_consolidator")
        # as a consolidator, for the units inside (none has a key at the ministry)
        outcome = trust_fingerprint(upper, package.fingerprint, consolidator=True)
        assert outcome.scope == tuple(sorted(offices))
        consolidated = only(outcome.imported)
        assert [i.outcome for i in consolidated.inner] == [ImportOutcome.IMPORTED] * 3  # type: ignore[attr-defined]
        vouched = {r.unit_id: r.vouched_by for r in all_reports(upper.store)}
        assert vouched == dict.fromkeys(offices, package.fingerprint)  # shown as such
        mine = current_reports(admin.store, "kh14-2024-yen-bai", period.start, period.end)
        theirs = current_reports(upper.store, "kh14-2024-yen-bai", period.start, period.end)
        assert {u: r.report.totals() for u, r in theirs.items()} == {
            u: r.report.totals() for u, r in mine.items()}
        assert sum(r.report.totals()["trainees"] for r in theirs.values()) == 54 + 30 + 12
        again = Importer(upper).import_file(package.path)
        assert again.outcome is ImportOutcome.DUPLICATE


def test_a_tampered_report_inside_a_consolidated_file_refuses_it_all(
        admin: Installation, offices: dict[str, Office], tmp_path: Path) -> None:
    from kh14_desktop.domain.period import annual_period

    trust_all(admin, offices, tmp_path)
    Importer(admin).import_paths([o.export("r.kh14") for o in offices.values()])
    bad = offices["h-van-yen"].export("bad.kh14").read_bytes()
    with zipfile.ZipFile(offices["h-van-yen"].folder / "bad.kh14") as archive:
        report = bytearray(archive.read("report.json"))
    report[10] ^= 1
    tampered = rezip(offices["h-van-yen"].folder / "bad.kh14", tmp_path / "t.kh14",
                     {"report.json": bytes(report)}).read_bytes()
    assert tampered != bad
    period = annual_period(admin.plan())
    header = PackageHeader(PackageKind.CONSOLIDATED, "kh14-2024-yen-bai", "so-tttt",
                           Period(period.start, period.end, period.label), 50, ON_TIME)
    from kh14_desktop.domain.package import CONSOLIDATED_LIMITS

    with unlock_office_key(admin, PASSPHRASE) as key:
        write_package(tmp_path / "mixed.kh14", header, [
            PackageMember("inner/0001.kh14", MemberRole.INNER_REPORT,
                          offices["h-tram-tau"].export("ok.kh14").read_bytes()),
            PackageMember("inner/0002.kh14", MemberRole.INNER_REPORT, tampered)],
            key, CONSOLIDATED_LIMITS)
    from kh14_desktop.services.verify import verify_file

    audited = verify_file(tmp_path / "mixed.kh14")  # an auditor's check opens the inner ones
    assert not audited.genuine and "inner/0002.kh14" in audited.error.message("vi")  # type: ignore[union-attr]
    with Installation.open(tmp_path / "upper") as upper:
        upper.setup(None, admin=True)
        Importer(upper).import_file(tmp_path / "mixed.kh14")
        waiting = waiting_files(upper)
        before = database(upper)
        outcome = trust_fingerprint(upper, waiting[0].fingerprint, consolidator=True,
                                    scope=["all"])
        result = only(outcome.imported)
        assert result.outcome is ImportOutcome.REJECTED  # type: ignore[attr-defined]
        assert result.member == "inner/0002.kh14"  # type: ignore[attr-defined]
        rows = [row for row in database(upper) if row[0] != "trusted_keys"]
        assert rows == [row for row in before if row[0] != "trusted_keys"]


def test_kdf_is_cheap_in_tests() -> None:
    assert keys.DEFAULT_KDF == keys.FAST_KDF_FOR_TESTS


def test_store_survives_reopen(admin: Installation) -> None:
    with Store.open(admin.folder.database) as again:
        assert again.schema_version() >= 4


def test_a_key_lost_with_its_passphrase_is_replaced_after_a_phone_call(
        admin: Installation, offices: dict[str, Office], tmp_path: Path) -> None:
    from kh14_desktop.services.office_key import replace_forgotten_office_key

    trust_all(admin, offices, tmp_path)
    office = offices["so-tu-phap"]
    old = office.fingerprint
    replace_forgotten_office_key(office.installation, "mật khẩu mới")
    result = Importer(admin).import_file(office.export("new.kh14", passphrase="mật khẩu mới"))
    assert result.outcome is ImportOutcome.KEY_MISMATCH  # nothing vouches for the new key
    with pytest.raises(UserError) as caught:
        trust_fingerprint(admin, office.fingerprint)
    assert caught.value.code == "trust.unit_has_key"
    outcome = trust_fingerprint(admin, office.fingerprint, replace=True)
    assert [r.outcome for r in outcome.imported] == [ImportOutcome.IMPORTED]
    from kh14_desktop.store.received import trusted_keys

    states = {k.fingerprint: k.active for k in trusted_keys(admin.store, "so-tu-phap")}
    assert states == {old: False, office.fingerprint: True}
    with pytest.raises(UserError):  # the retired key cannot come back
        trust_fingerprint(admin, old, replace=True)
