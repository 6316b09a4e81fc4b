"""Who may vouch for whom: the attack of issue 11, built with real office installations.

An office's key signs only its own unit's reports; a consolidated file is accepted only from
a key trusted as a consolidator, and every report inside is still checked against its own
unit's key. A report's sequence cannot leap far ahead, a unit's own key always replaces
what was taken on a consolidator's word, and the admin can set a report or a key aside.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from kh14_desktop.domain.package import (
    CONSOLIDATED_LIMITS,
    MemberRole,
    PackageKind,
    Period,
)
from kh14_desktop.domain.period import annual_period
from kh14_desktop.services.importer import MAX_SEQUENCE_LEAP, Importer, ImportOutcome
from kh14_desktop.services.installation import Installation
from kh14_desktop.services.office_key import create_office_key, unlock_office_key
from kh14_desktop.services.package_reader import read_package
from kh14_desktop.services.package_writer import PackageHeader, PackageMember, write_package
from kh14_desktop.store.migrations import MIGRATIONS
from kh14_desktop.store.migrations.m0006_vouching import REVIEW_VOUCHED_BEFORE
from kh14_desktop.store.received import all_reports
from tests.conftest import PASSPHRASE
from tests.test_import import ON_TIME, Office, database, make_office

PLAN = "kh14-2024-yen-bai"


def resigned(office: Office, name: str, sequence: int,
             signer: Installation | None = None) -> bytes:
    """The office's report, signed again as export number `sequence`, by its own key or
    by `signer`'s."""
    base = office.export(f"base-{name}")
    package = read_package(base)
    manifest = package.manifest
    header = PackageHeader(manifest.kind, manifest.plan_id, manifest.unit_id,
                           Period(manifest.period.start, manifest.period.end,
                                  manifest.period.label), sequence, ON_TIME)
    members = [PackageMember(item.name, item.role, package.members[item.name],
                             item.original_name, item.media_type)
               for item in manifest.members]
    target = office.folder / name
    with unlock_office_key(signer or office.installation, PASSPHRASE) as key:
        write_package(target, header, members, key)
    return target.read_bytes()


def consolidated_by(signer: Installation, unit_id: str, inner: list[bytes], target: Path,
                    sequence: int = 7) -> Path:
    """A file in the `.kh14` format of kind "consolidated", signed by `signer`'s key."""
    period = annual_period(signer.plan())
    header = PackageHeader(PackageKind.CONSOLIDATED, PLAN, unit_id,
                           Period(period.start, period.end, period.label), sequence, ON_TIME)
    members = [PackageMember(f"inner/{index:04d}.kh14", MemberRole.INNER_REPORT, data)
               for index, data in enumerate(inner, start=1)]
    with unlock_office_key(signer, PASSPHRASE) as key:
        write_package(target, header, members, key, CONSOLIDATED_LIMITS)
    return target


@pytest.fixture
def offices(tmp_path: Path) -> dict[str, Office]:
    made = {unit: make_office(tmp_path / "offices", unit, trainees)
            for unit, trainees in (("h-van-yen", 54), ("h-tran-yen", 30), ("h-yen-binh", 12))}
    yield made
    for office in made.values():
        office.installation.close()


@pytest.fixture
def forger(tmp_path: Path) -> dict[str, Office]:
    """Installations for the same units with fresh keys nobody ever trusted, 999999 each."""
    made = {unit: make_office(tmp_path / "forger", unit, 999_999)
            for unit in ("h-tran-yen", "h-yen-binh", "so-tttt", "h-van-yen")}
    yield made
    for office in made.values():
        office.installation.close()


@pytest.fixture
def admin(kh14, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("KH14_PASSPHRASE", PASSPHRASE)
    assert kh14("setup", "--admin").code == 0
    return kh14


def admin_rows(data_dir: Path) -> list[tuple[object, ...]]:
    with Installation.open(data_dir) as installation:
        return database(installation)


def import_and_trust(admin, office: Office, name: str) -> None:  # type: ignore[no-untyped-def]
    """The office's report arrives, the admin confirms its fingerprint by phone."""
    path = office.export(name)
    assert admin("import", str(path)).code == 1  # waits for the key
    assert admin("trust", office.fingerprint).code == 0


def trainees(admin, tmp_path: Path) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Each counted unit's figure, the same in the status and the consolidated outputs."""
    result = admin("consolidate", "--out", str(tmp_path / "tong-hop.xlsx"), "--json")
    assert result.code == 0 or "Chưa có báo cáo nào" in result.err, result.err
    status = json.loads(admin("status", "--json").out)
    counted = {unit["unit"] for unit in status["units"] if unit["state"] != "missing"}
    with Installation.open(tmp_path / "data") as installation:
        period = annual_period(installation.plan())
        from kh14_desktop.store.received import current_reports

        reports = current_reports(installation.store, PLAN, period.start, period.end)
    assert set(reports) == counted
    figures = {unit: report.report.totals()["trainees"] for unit, report in reports.items()}
    if result.code == 0:
        assert json.loads(result.out)["totals"]["trainees"] == sum(figures.values())
    return figures


# the attack ------------------------------------------------------------------------------------
def test_an_office_key_cannot_vouch_for_other_units(
        admin, offices: dict[str, Office], forger: dict[str, Office], data_dir: Path,  # type: ignore[no-untyped-def]
        tmp_path: Path) -> None:
    import_and_trust(admin, offices["h-van-yen"], "vy.kh14")
    forged = [resigned(forger[unit], f"{unit}.kh14", 1_000_000_000)
              for unit in ("h-tran-yen", "h-yen-binh")]
    attack = consolidated_by(offices["h-van-yen"].installation, "h-van-yen", forged,
                             tmp_path / "tong-hop.kh14")
    before = admin_rows(data_dir)
    result = admin("import", str(attack))
    assert result.code == 1
    assert "CẢNH BÁO" in result.out and "không được bảo lãnh" in result.out
    assert "UBND huyện Văn Yên" in result.out
    assert admin_rows(data_dir) == before
    verdict = json.loads(admin("import", str(attack), "--json").out)[0]
    assert verdict["outcome"] == "key-mismatch" and verdict["inner"] == []
    # verify says the same: who signed the outer file, what for, and each report inside
    checked = admin("verify", str(attack))
    assert checked.code == 0  # the signatures are genuine; the trust is what fails
    assert "chỉ được ký báo cáo của chính đơn vị đó; tệp sẽ bị từ chối" in checked.out
    (verified,) = json.loads(admin("verify", str(attack), "--json").out)
    assert [(v["member"], v["verdict"]) for v in verified["trust"]] == [
        (None, "refused"), ("inner/0001.kh14", "unknown"), ("inner/0002.kh14", "unknown")]
    # the genuine reports of the units concerned still come in, not "older"
    for unit in ("h-tran-yen", "h-yen-binh"):
        real = offices[unit].export(f"{unit}.kh14")
        assert admin("import", str(real)).code == 1  # unknown key: waits
        trusted = admin("trust", offices[unit].fingerprint)
        assert trusted.code == 0 and "Đã nhập báo cáo" in trusted.out, trusted.out
    assert trainees(admin, tmp_path) == {"h-van-yen": 54, "h-tran-yen": 30, "h-yen-binh": 12}


@pytest.fixture
def province(tmp_path: Path, offices: dict[str, Office]) -> Installation:
    """The admin of the level below (the province), with its own key, holding real reports."""
    installation = Installation.open(tmp_path / "province")
    installation.setup(None, admin=True)
    create_office_key(installation, PASSPHRASE)
    yield installation
    installation.close()


def test_every_report_inside_a_trusted_consolidators_file_answers_to_its_own_unit_key(
        admin, offices: dict[str, Office], forger: dict[str, Office], province: Installation,  # type: ignore[no-untyped-def]
        data_dir: Path, tmp_path: Path) -> None:
    import_and_trust(admin, offices["h-van-yen"], "vy.kh14")
    # the province's key, trusted as a consolidator for Trấn Yên only
    first = consolidated_by(province, "so-tttt",
                            [offices["h-tran-yen"].export("tt.kh14").read_bytes()],
                            tmp_path / "first.kh14")
    assert admin("import", str(first)).code == 1
    fingerprint = read_package(first, CONSOLIDATED_LIMITS).fingerprint
    trusted = admin("trust", fingerprint, "--consolidator", "--json")
    assert json.loads(trusted.out)["consolidator_scope"] == ["h-tran-yen"]
    listed = {k["fingerprint"]: k for k in json.loads(admin("keys", "--json").out)["trusted"]}
    assert (listed[fingerprint]["role"], listed[fingerprint]["scope"]) == (
        "consolidator", ["h-tran-yen"])
    assert listed[offices["h-van-yen"].fingerprint]["role"] == "unit"
    assert "(khóa tổng hợp)" in admin("keys").out
    before = admin_rows(data_dir)
    attack = consolidated_by(province, "so-tttt", [
        resigned(forger["h-van-yen"], "vy.kh14", 5),  # Văn Yên has a trusted key here
        resigned(forger["h-yen-binh"], "yb.kh14", 5),  # outside the scope, no key here
        # Trấn Yên's report signed with another office's trusted key (Văn Yên's)
        resigned(forger["h-tran-yen"], "tt-by-vy.kh14", 6, offices["h-van-yen"].installation),
        resigned(forger["so-tttt"], "own.kh14", 5)],  # the consolidator's own unit
        tmp_path / "attack.kh14", sequence=8)
    (verified,) = json.loads(admin("verify", str(attack), "--json").out)
    assert [v["verdict"] for v in verified["trust"]] == [
        "consolidator", "refused", "unknown", "refused", "refused"]
    result = json.loads(admin("import", str(attack), "--json").out)[0]
    inner = {item["unit"]: item for item in result["inner"]}
    assert len(inner) == 4 and inner["h-van-yen"]["outcome"] == "key-mismatch"
    assert inner["h-tran-yen"]["outcome"] == "key-mismatch"
    assert "CẢNH BÁO" in inner["h-van-yen"]["message"]
    assert inner["h-yen-binh"]["outcome"] == "unknown-key"  # waits in quarantine
    assert inner["so-tttt"]["outcome"] == "key-mismatch"
    assert admin_rows(data_dir) == before
    # Yên Bình's report waits like a direct file: trusting its real key brings the real one
    real = offices["h-yen-binh"].export("yb-real.kh14")
    assert admin("import", str(real)).code == 1
    assert admin("trust", offices["h-yen-binh"].fingerprint, "--unit", "h-yen-binh").code == 0
    assert trainees(admin, tmp_path) == {"h-van-yen": 54, "h-tran-yen": 30, "h-yen-binh": 12}


def test_a_units_own_key_replaces_what_a_consolidator_vouched_and_a_report_can_be_set_aside(
        admin, offices: dict[str, Office], forger: dict[str, Office], province: Installation,  # type: ignore[no-untyped-def]
        tmp_path: Path) -> None:
    forged = resigned(forger["h-tran-yen"], "tt.kh14", 500)
    vouched = consolidated_by(province, "so-tttt", [forged], tmp_path / "vouched.kh14")
    admin("import", str(vouched))
    fingerprint = read_package(vouched, CONSOLIDATED_LIMITS).fingerprint
    assert admin("trust", fingerprint, "--consolidator", "--scope", "tran yen").code == 0
    assert trainees(admin, tmp_path) == {"h-tran-yen": 999_999}  # taken on its word…
    with Installation.open(tmp_path / "data") as installation:
        (row,) = all_reports(installation.store)
        assert row.vouched_by == fingerprint  # …and shown as such
    assert f"theo bảo lãnh của khóa tổng hợp {fingerprint}" in admin("log", "--json").out
    status = admin("status")
    assert "UBND huyện Trấn Yên: báo cáo được nhận theo bảo lãnh" in status.out
    # the real office's key, confirmed by phone, replaces it whatever the sequences
    import_and_trust(admin, offices["h-tran-yen"], "tt-real.kh14")
    assert trainees(admin, tmp_path) == {"h-tran-yen": 30}
    units = json.loads(admin("status", "--json").out)["units"]
    assert [unit["review"] for unit in units if unit["review"]] == []
    # the admin sets the real one aside too, with a reason in the log; nothing counts it
    result = admin("revoke", "tran yen", "--reason", "nhận nhầm kỳ báo cáo")
    assert result.code == 0 and "Đã gỡ bỏ báo cáo của UBND huyện Trấn Yên" in result.out
    assert trainees(admin, tmp_path) == {}
    assert "nhận nhầm kỳ báo cáo" in admin("log", "--json").out
    assert admin("revoke", "tran yen", "--reason", "lần nữa").code == 1  # nothing counted
    # and the office's next genuine report comes in again
    again = offices["h-tran-yen"].export("tt-again.kh14")
    assert admin("import", str(again)).code == 0
    assert trainees(admin, tmp_path) == {"h-tran-yen": 30}


def test_a_sequence_cannot_leap_ahead_to_lock_the_unit_out(
        admin, offices: dict[str, Office], forger: dict[str, Office], province: Installation,  # type: ignore[no-untyped-def]
        data_dir: Path, tmp_path: Path) -> None:
    leap = resigned(forger["h-tran-yen"], "tt.kh14", MAX_SEQUENCE_LEAP + 1)
    vouched = consolidated_by(province, "so-tttt", [leap], tmp_path / "leap.kh14")
    admin("import", str(vouched))
    fingerprint = read_package(vouched, CONSOLIDATED_LIMITS).fingerprint
    trusted = json.loads(admin("trust", fingerprint, "--consolidator", "--json").out)
    (refused,) = trusted["imported"][0]["inner"]
    assert refused["outcome"] == "rejected" and "vượt quá xa" in refused["message"]
    assert not [row for row in admin_rows(data_dir) if row[0] == "received_reports"]
    # a direct file from the unit's own key is bound the same way
    import_and_trust(admin, offices["h-tran-yen"], "tt-1.kh14")
    with Installation.open(data_dir) as installation:
        outcome = Importer(installation).import_bytes(
            resigned(offices["h-tran-yen"], "tt-far.kh14", 2 + MAX_SEQUENCE_LEAP), "far.kh14")
    assert outcome.outcome is ImportOutcome.REJECTED
    assert outcome.reason is not None and outcome.reason.code == "import.sequence_leap"
    resigned(offices["h-tran-yen"], "tt-2.kh14", 900)
    assert admin("import", str(offices["h-tran-yen"].folder / "tt-2.kh14")).code == 0


def test_setting_a_consolidator_aside_sets_aside_what_it_vouched_for(
        admin, offices: dict[str, Office], province: Installation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    vouched = consolidated_by(province, "so-tttt",
                              [offices["h-tran-yen"].export("tt.kh14").read_bytes(),
                               offices["h-yen-binh"].export("yb.kh14").read_bytes()],
                              tmp_path / "vouched.kh14")
    admin("import", str(vouched))
    fingerprint = read_package(vouched, CONSOLIDATED_LIMITS).fingerprint
    assert admin("trust", fingerprint, "--consolidator").code == 0
    assert trainees(admin, tmp_path) == {"h-tran-yen": 30, "h-yen-binh": 12}
    result = admin("untrust", fingerprint, "--reason", "khóa bị lộ")
    assert result.code == 0 and "Đã gỡ bỏ 2 báo cáo" in result.out
    assert trainees(admin, tmp_path) == {}
    again = consolidated_by(province, "so-tttt",
                            [offices["h-tran-yen"].export("tt2.kh14").read_bytes()],
                            tmp_path / "again.kh14", sequence=9)
    verdict = json.loads(admin("import", str(again), "--json").out)[0]
    assert verdict["outcome"] == "key-mismatch" and "gỡ tin cậy" in verdict["message"]
    assert "khóa bị lộ" in admin("log", "--json").out


def test_reports_vouched_for_before_version_6_are_marked_for_review(tmp_path: Path) -> None:
    path = tmp_path / "kh14.sqlite3"
    connection = sqlite3.connect(path)
    import sqlite_utils

    db = sqlite_utils.Database(connection)
    for version, _name, migration in MIGRATIONS[:5]:
        migration(db)
        connection.execute(f"PRAGMA user_version = {version}")
    connection.execute("INSERT INTO trusted_keys VALUES ('AAAA', 'h-van-yen', 'k', 'confirmed',"
                       " '2024-01-01', NULL, NULL)")
    rows = [("h-van-yen", "AAAA", "", "a"), ("h-tran-yen", "BBBB", "outer", "b"),
            ("h-van-yen", "AAAA", "outer", "c")]
    for month, (unit, fingerprint, via, sha) in enumerate(rows, start=1):
        connection.execute(
            "INSERT INTO received_reports (unit_id, plan_id, period_start, period_end,"
            " period_label, sequence, created, imported_at, fingerprint, package_sha256,"
            " file_name, via_package, report_json) VALUES (?, ?, ?, '2024-12-31',"
            " 'năm 2024', 1, ?, ?, ?, ?, 'f', ?, '{}')",
            [unit, PLAN, f"2024-{month:02d}-01", ON_TIME.isoformat(), ON_TIME.isoformat(),
             fingerprint, sha + "x", via])
    connection.commit()
    connection.close()
    from kh14_desktop.store.database import Store

    store = Store.open(path, backups=tmp_path / "backups")
    try:
        review = {row.package_sha256: row.review for row in all_reports(store)}
    finally:
        store.close()
    # kept, none deleted; only the one a stranger's key signed inside a consolidated file
    assert review == {"ax": "", "bx": REVIEW_VOUCHED_BEFORE, "cx": ""}
    # the first start puts it in the import log, once
    from kh14_desktop.services import import_log
    from kh14_desktop.services.startup import start_installation

    for _start in range(2):
        with Installation.open(tmp_path) as installation:
            start_installation(installation)
    (entry,) = import_log.read_entries(tmp_path)
    assert entry.outcome == "review" and entry.file_sha256 == "bx"
    assert "Hãy xem lại" in entry.reason


def test_the_key_a_report_rests_on_is_set_aside_with_it(
        admin, offices: dict[str, Office], province: Installation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kh14_desktop.services.revocation import revoke_key_of_report
    from kh14_desktop.store.received import trusted_keys

    vouched = consolidated_by(province, "so-tttt",
                              [offices["h-tran-yen"].export("tt.kh14").read_bytes()],
                              tmp_path / "vouched.kh14")
    admin("import", str(vouched))
    fingerprint = read_package(vouched, CONSOLIDATED_LIMITS).fingerprint
    assert admin("trust", fingerprint, "--consolidator").code == 0
    with Installation.open(tmp_path / "data") as installation:
        (report,) = all_reports(installation.store)
        revoked = revoke_key_of_report(installation, report.package_sha256, "nhầm khóa")
        assert revoked.fingerprint == fingerprint  # the consolidator, not the office's key
        (key,) = trusted_keys(installation.store)
        assert not key.active and key.retired_reason == "nhầm khóa"
    assert trainees(admin, tmp_path) == {}
