"""Files nobody should trust, fed to `verify` and to the admin's import by the thousand.

Each mutated report file (flipped or inserted bytes, truncation, reordered, renamed or
duplicated ZIP members, lying sizes, JSON of the wrong type or length, re-signed or not)
must end in a typed outcome: a rejection naming its check, or, for a file that still says
exactly what was signed, "already imported". Never an exception, never a change to the
admin's database, never a file written anywhere but the quarantine folder (the import log
gains its line: that is its job). The plan-file fuzzer holds plan files to the same rule.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kh14_desktop.domain.errors import PlanFileError, UserError
from kh14_desktop.domain.package import CONSOLIDATED_LIMITS, Period
from kh14_desktop.domain.period import annual_period
from kh14_desktop.domain.plan_reader import parse_plan
from kh14_desktop.services.consolidated_package import write_consolidated_package
from kh14_desktop.services.importer import Importer, ImportOutcome
from kh14_desktop.services.installation import Installation
from kh14_desktop.services.key_trust import trust_consolidator, trust_key
from kh14_desktop.services.office_key import create_office_key, unlock_office_key
from kh14_desktop.services.office_work import OfficeWork
from kh14_desktop.services.package_reader import read_package
from kh14_desktop.services.package_writer import PackageHeader, PackageMember, write_package
from kh14_desktop.services.plan_catalog import PlanCatalog
from kh14_desktop.services.signing import keys
from kh14_desktop.services.verify import verify_file
from kh14_desktop.store.location import DataFolder
from tests.conftest import PASSPHRASE
from tests.json_mutations import apply_changes, json_changes
from tests.platforms import repeats
from tests.test_import import database, make_office, trust_all
from tests.test_package_hostile import _mutate, _mutation
from tests.test_plan_reader import ORIGINAL as PLAN
from tests.zip_builder import Entry, build_zip

# a failing example holds whole files: its long repr must not hide the failure itself
pytestmark = pytest.mark.filterwarnings("ignore:Generating overly large repr")
NO_WRITE = frozenset({ImportOutcome.REJECTED, ImportOutcome.OLDER, ImportOutcome.DUPLICATE})
TRIED: Counter[str] = Counter()  # mutated files fed to verify and import, by kind
FIGURES_FILE = os.environ.get("KH14_RELIABILITY_FIGURES")


def fuzz(examples: int) -> settings:
    return settings(max_examples=repeats(examples), deadline=None,
                    database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@dataclass
class Hostile:
    root: Path
    inbox: Path
    admin: Installation  # trusts the three offices; the original report is imported
    upper: Installation  # trusts the admin; the consolidated file is imported
    original: bytes = field(repr=False)
    consolidated: bytes = field(repr=False)
    office: Installation  # to re-sign mutated report data with the genuine key
    stranger: Installation  # a key nobody trusts


def _write_evidence(installation: Installation, folder: Path) -> None:
    evidence = folder / "biên bản.jpg"
    evidence.write_bytes(b"\xff\xd8\xff\xe0 scan " * 300)
    OfficeWork(installation).add_activity("II.6", dt.date(2024, 8, 1), "Hội nghị",
                                          figures={"trainees": 3}, attachments=[evidence])


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Hostile]:
    root = tmp_path_factory.mktemp("hostile-input")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keys, "DEFAULT_KDF", keys.FAST_KDF_FOR_TESTS)
        offices = {unit: make_office(root / "offices", unit, 5 + n)
                   for n, unit in enumerate(("h-van-yen", "h-tram-tau", "so-tu-phap"))}
        _write_evidence(offices["h-van-yen"].installation, root)
        admin = Installation.open(root / "admin")
        admin.setup(None, admin=True)
        create_office_key(admin, PASSPHRASE)
        trust_all(admin, offices, root)
        exported = [office.export("r.kh14") for office in offices.values()]
        assert {r.outcome for r in Importer(admin).import_paths(exported)} == {
            ImportOutcome.IMPORTED}
        consolidated = write_consolidated_package(admin, annual_period(admin.plan()),
                                                  root / "tong-hop.kh14", PASSPHRASE)
        upper = Installation.open(root / "upper")
        upper.setup(None, admin=True)
        trust_consolidator(upper.store, upper.plan(), admin.unit().id,
                           read_package(consolidated.path, CONSOLIDATED_LIMITS).signer_key,
                           ["*"], "key-list")
        assert Importer(upper).import_file(consolidated.path).outcome is ImportOutcome.IMPORTED
        stranger = make_office(root / "strangers", "h-van-yen", 1).installation
    inbox = root / "inbox"
    inbox.mkdir()
    yield Hostile(root, inbox, admin, upper, exported[0].read_bytes(),
                  consolidated.path.read_bytes(), offices["h-van-yen"].installation, stranger)
    for installation in (admin, upper, stranger, *(o.installation for o in offices.values())):
        installation.close()


def tree(root: Path, inbox: Path) -> dict[str, tuple[int, int]]:
    """Every file under the test's folder, but the inbox, the import log and SQLite's
    shared-memory index (a reader touches it), by size and modification time."""
    found = {}
    for folder, _, names in os.walk(root):
        if Path(folder) == inbox:
            continue
        for name in names:
            if name.endswith("-shm") or name == "import-log.jsonl":
                continue
            stat = (Path(folder) / name).stat()
            found[os.path.relpath(Path(folder) / name, root)] = (stat.st_size, stat.st_mtime_ns)
    return found


def typed(error: object) -> None:
    assert isinstance(error, UserError), error
    for lang in ("vi", "en"):
        text = error.message(lang)
        assert text and "{" not in text, text


def feed(hostile: Hostile, installation: Installation, data: bytes, kind: str) -> ImportOutcome:
    """Verify and import one hostile file; check the rule; return what the import said."""
    path = hostile.inbox / "tệp lạ.kh14"
    path.write_bytes(data)
    rows = database(installation)
    quarantine = installation.folder.quarantine
    before = tree(hostile.root, hostile.inbox)
    verified = verify_file(path)
    if not verified.genuine:
        typed(verified.error)
        assert verified.check
    result = Importer(installation).import_file(path)
    # a stranger's key waits in quarantine (unknown, or not the unit's trusted key)
    assert result.outcome in NO_WRITE | {ImportOutcome.UNKNOWN_KEY, ImportOutcome.KEY_MISMATCH}, \
        result.message("en")
    if result.outcome is ImportOutcome.REJECTED:
        typed(result.reason)
        assert result.check and result.message("vi")
        # `verify` checks what the signer signed; only the import opens the reports inside
        assert not verified.genuine or result.member.startswith("inner/") or \
            result.check == "report"
    assert database(installation) == rows
    after = tree(hostile.root, hostile.inbox)
    written = {name for name in after.keys() - before.keys()} | {
        name for name in before.keys() & after.keys() if before[name] != after[name]}
    assert all(Path(hostile.root, name).parent == quarantine for name in written), written
    assert before.keys() <= after.keys()
    for waiting in quarantine.glob("*"):  # a stranger's file waits; the next example starts clean
        waiting.unlink()
    TRIED[kind] += 1
    return result.outcome


# byte and ZIP-structure mutations --------------------------------------------------------------
@fuzz(600)
@given(mutations=st.lists(_mutation, min_size=1, max_size=5))
def test_mutated_bytes(hostile: Hostile, mutations: list[tuple]) -> None:
    data = _mutate(hostile.original, mutations)
    outcome = feed(hostile, hostile.admin, data, "bytes")
    if data == hostile.original:
        assert outcome is ImportOutcome.DUPLICATE


def _entries(data: bytes) -> list[Entry]:
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as archive:
        return [Entry(info.filename, archive.read(info)) for info in archive.infolist()]


_structure = st.one_of(
    st.tuples(st.just("reorder"), st.randoms(use_true_random=False)),
    st.tuples(st.just("rename"), st.integers(0, 50), st.sampled_from(
        ["report.json ", "REPORT.JSON", "evidence/../x", "/abs", "a\\b", "manifest.json",
         "ảnh.jpg", "x" * 300, "evidence/", "report.json\x00", "evidence/0001.bin"])),
    st.tuples(st.just("duplicate"), st.integers(0, 50)),
    st.tuples(st.just("drop"), st.integers(0, 50)),
    st.tuples(st.just("inflate"), st.integers(0, 50), st.integers(0, 2**32 - 1)),
    st.tuples(st.just("shrink"), st.integers(0, 50), st.integers(0, 2**32 - 1)),
    st.tuples(st.just("method"), st.integers(0, 50), st.sampled_from([0, 1, 9, 12, 14, 99])),
    st.tuples(st.just("flags"), st.integers(0, 50), st.integers(0, 0xFFFF)),
    st.tuples(st.just("extra"), st.binary(max_size=64)),
    st.tuples(st.just("padding"), st.integers(0, 50), st.binary(min_size=1, max_size=32)),
)


def _restructure(entries: list[Entry], changes: list[tuple]) -> bytes:
    from dataclasses import replace

    entries = list(entries)
    for change in changes:
        kind = change[0]
        index = change[1] % len(entries) if len(change) > 1 and isinstance(
            change[1], int) and entries else 0
        if kind == "reorder":
            change[1].shuffle(entries)
        elif kind == "rename" and entries:
            entries[index] = replace(entries[index], name=change[2])
        elif kind == "duplicate" and entries:
            entries.insert(index, entries[index])
        elif kind == "drop" and entries:
            del entries[index]
        elif kind in ("inflate", "shrink") and entries:
            field = "declared_size" if kind == "inflate" else "compressed_size"
            entries[index] = replace(entries[index], **{field: change[2]})
        elif kind == "method" and entries:
            entries[index] = replace(entries[index], method=change[2])
        elif kind == "flags" and entries:
            entries[index] = replace(entries[index], flags=change[2])
        elif kind == "extra":
            entries.append(Entry("evidence/9999.bin", change[1]))
        elif kind == "padding" and entries:
            entries[index] = replace(entries[index], padding_before=change[2])
    return build_zip(entries)


@fuzz(560)
@given(changes=st.lists(_structure, min_size=1, max_size=3))
def test_restructured_zip(hostile: Hostile, changes: list[tuple]) -> None:
    try:
        data = _restructure(_entries(hostile.original), changes)
    except (UnicodeEncodeError, ValueError):  # a name the builder cannot even write
        return
    feed(hostile, hostile.admin, data, "zip structure")


# JSON mutations: the manifest as sent, the report data re-signed --------------------------------
def _manifest(data: bytes) -> Any:
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as archive:
        return json.loads(archive.read("manifest.json"))


@fuzz(400)
@given(changes=json_changes, ascii_only=st.booleans())
def test_mutated_manifest(hostile: Hostile, changes: list[tuple[int, str, int]],
                          ascii_only: bool) -> None:
    manifest = apply_changes(_manifest(hostile.original), changes)
    try:
        raw = json.dumps(manifest, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")
    except (ValueError, TypeError):
        return
    changed = [Entry(e.name, raw) if e.name == "manifest.json" else e
               for e in _entries(hostile.original)]
    feed(hostile, hostile.admin, build_zip(changed), "manifest JSON")


def _resigned(signer: Installation, original: bytes, report: bytes) -> bytes:
    package = read_package(original)
    manifest = package.manifest
    header = PackageHeader(manifest.kind, manifest.plan_id, manifest.unit_id,
                           Period(manifest.period.start, manifest.period.end,
                                  manifest.period.label), manifest.sequence, manifest.created)
    members = [PackageMember(item.name, item.role, report if item.name == "report.json"
                             else package.members[item.name], item.original_name,
                             item.media_type) for item in manifest.members]
    target = signer.folder.root / "resigned.kh14"
    with unlock_office_key(signer, PASSPHRASE) as key:
        write_package(target, header, members, key)
    return target.read_bytes()


@fuzz(450)
@given(changes=json_changes, by_the_office=st.booleans())
def test_mutated_report_data_signed_by_the_office_or_a_stranger(
        hostile: Hostile, changes: list[tuple[int, str, int]], by_the_office: bool) -> None:
    report = json.loads(read_package(hostile.original).members["report.json"])
    mutated = apply_changes(report, changes)
    signer = hostile.office if by_the_office else hostile.stranger
    try:
        raw = json.dumps(mutated, ensure_ascii=False).encode("utf-8", "surrogatepass")
        package = _resigned(signer, hostile.original, raw)
    except (ValueError, TypeError, UserError):  # too large to write, or not JSON-encodable
        return
    outcome = feed(hostile, hostile.admin, package, "report JSON, re-signed")
    if signer is hostile.office:  # genuine but same number: at best "older", never written
        assert outcome in (ImportOutcome.REJECTED, ImportOutcome.OLDER)


@fuzz(200)
@given(target=st.integers(0, 2), mutations=st.lists(_mutation, min_size=1, max_size=3))
def test_a_consolidated_file_with_one_damaged_report_inside(hostile: Hostile, target: int,
                                                            mutations: list[tuple]) -> None:
    package = read_package(hostile.consolidated, CONSOLIDATED_LIMITS)
    manifest = package.manifest
    inner = [item for item in manifest.members if item.name.startswith("inner/")]
    chosen = inner[target % len(inner)].name
    members = [PackageMember(item.name, item.role,
                             _mutate(package.members[item.name], mutations)
                             if item.name == chosen else package.members[item.name],
                             item.original_name, item.media_type) for item in manifest.members]
    header = PackageHeader(manifest.kind, manifest.plan_id, manifest.unit_id, Period(
        manifest.period.start, manifest.period.end, manifest.period.label),
        manifest.sequence + 1, manifest.created)
    path = hostile.root / "admin-out.kh14"
    with unlock_office_key(hostile.admin, PASSPHRASE) as key:
        write_package(path, header, members, key, CONSOLIDATED_LIMITS)
    outcome = feed(hostile, hostile.upper, path.read_bytes(), "consolidated, inner damaged")
    if any(m[0] != "tail" for m in mutations) and _mutate(package.members[chosen],
                                                        mutations) != package.members[chosen]:
        assert outcome in (ImportOutcome.REJECTED, ImportOutcome.DUPLICATE)


def test_the_unmodified_file_imports(hostile: Hostile, tmp_path: Path) -> None:
    with pytest.MonkeyPatch.context():
        fresh = Installation.open(tmp_path / "fresh-admin")
        fresh.setup(None, admin=True)
        trust_key(fresh.store, "h-van-yen", read_package(hostile.original).signer_key,
                  "key-list")
        path = tmp_path / "r.kh14"
        path.write_bytes(hostile.original)
        assert verify_file(path).genuine
        assert Importer(fresh).import_file(path).outcome is ImportOutcome.IMPORTED
        fresh.close()


# plan files ------------------------------------------------------------------------------------
def _plan_rule(raw: bytes, kind: str) -> Any:
    try:
        plan = parse_plan(raw, "fuzz.json")
    except PlanFileError as error:
        typed(error)
        TRIED[kind] += 1
        return None
    TRIED[kind] += 1
    return plan


@fuzz(450)
@given(changes=json_changes)
def test_plan_files_with_changed_types_lengths_keys_and_ids(
        changes: list[tuple[int, str, int]]) -> None:
    plan = apply_changes(PLAN, changes)
    try:
        raw = json.dumps(plan, ensure_ascii=False).encode("utf-8", "surrogatepass")
    except (ValueError, TypeError):
        return
    _plan_rule(raw, "plan JSON")


@fuzz(120)
@given(section=st.sampled_from(["units", "groups", "indicators", "tasks", "sections"]),
       index=st.integers(0, 500))
def test_a_plan_with_a_duplicated_entry_is_refused(section: str, index: int) -> None:
    import copy

    plan = copy.deepcopy(PLAN)
    items = plan[section]
    items.insert(index % len(items), copy.deepcopy(items[index % len(items)]))
    assert _plan_rule(json.dumps(plan, ensure_ascii=False).encode(), "plan duplicate ids") \
        is None


@fuzz(60)
@given(mutations=st.lists(_mutation, min_size=1, max_size=4))
def test_a_broken_plan_in_the_data_folder_is_listed_not_fatal(
        tmp_path_factory: pytest.TempPathFactory, mutations: list[tuple]) -> None:
    folder = DataFolder(tmp_path_factory.mktemp("plans"))
    folder.plans.mkdir()
    raw = _mutate(json.dumps(PLAN, ensure_ascii=False).encode(), mutations)
    (folder.plans / "fuzz.json").write_bytes(raw)
    catalog = PlanCatalog.for_data_folder(folder.plans)
    assert catalog.plans()  # the shipped plan is still there
    for broken in catalog.broken():
        typed(broken.error)
    TRIED["plan file in the data folder"] += 1


def test_enough_files_were_tried() -> None:
    """Runs last: the acceptance asks for at least 2,000 mutated report files."""
    reports = sum(n for kind, n in TRIED.items() if not kind.startswith("plan"))
    if FIGURES_FILE:
        with open(FIGURES_FILE, "a", encoding="utf-8") as out:
            out.write(json.dumps({"hostile": dict(TRIED), "report files": reports}) + "\n")
    if len(TRIED) < 8:
        pytest.skip("only part of the module ran")
    assert reports >= repeats(2000), TRIED


def test_the_quick_and_the_careful_report_readers_agree() -> None:
    """`_fast_activity` is a shortcut of the careful reader: same result on good data, and
    None (handing over to the careful one) wherever the careful one would object."""
    import json as json_module

    from kh14_desktop.domain import report as report_module

    good = {"date": "2024-07-01", "title": "  Tập  huấn ", "description": " mô tả ",
            "figures": {"trainees": 3}, "evidence": [
                {"member": "evidence/0001.pdf", "name": "Biên bản.pdf", "sha256": "a" * 64,
                 "size": 10}]}
    fast = report_module._fast_activity(good)
    assert fast is not None and fast.title == "Tập huấn" and fast.description == "mô tả"
    for broken in ({**good, "figures": {"trainees": -1}}, {**good, "figures": {"x": True}},
                   {**good, "date": "2024-02-30"}, {**good, "title": " "},
                   {**good, "extra": 1}, {k: v for k, v in good.items() if k != "evidence"},
                   {**good, "evidence": [{"member": "m", "name": "n", "sha256": "s"}]}):
        assert report_module._fast_activity(json_module.loads(json_module.dumps(broken))) \
            is None
