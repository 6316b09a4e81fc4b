"""`kh14 key …`, `kh14 export`, `kh14 verify` from the command line."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE


@pytest.fixture
def office(kh14, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("KH14_PASSPHRASE", PASSPHRASE)
    shown = json.loads(kh14("setup", "--unit", "van yen", "--json").out)
    assert shown["fingerprint"]  # made at setup with the passphrase
    kh14("activity", "add", "II.6", "--date", "2024-07-11", "--title", "Tập huấn",
         "--indicator", "trainees=54")
    return kh14


def test_setup_without_a_passphrase_says_how_to_make_the_key(kh14) -> None:  # type: ignore[no-untyped-def]
    result = kh14("setup", "--unit", "van yen")
    assert result.code == 0 and "kh14 key create" in result.out
    assert kh14("key", "show").code == 1


def test_key_show_prints_the_fingerprint_in_groups(office) -> None:  # type: ignore[no-untyped-def]
    shown = json.loads(office("key", "show", "--json").out)
    groups = shown["fingerprint"].split(" ")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert shown["fingerprint"] in office("key", "show").out


def test_key_export_public_writes_a_minisign_file(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "van-yen.pub"
    assert office("key", "export-public", str(target)).code == 0
    lines = target.read_text(encoding="ascii").splitlines()
    assert lines[0].startswith("untrusted comment:") and lines[1].startswith("RW")


def test_export_then_verify(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = office("export", "--period", "year", "--out", str(tmp_path / "bc.kh14"),
                    "--pdf", str(tmp_path / "bc.pdf"), "--signer", "Nguyễn Văn Hải",
                    "--number", "45/BC-UBND", "--json")
    assert result.code == 0, result.err
    exported = json.loads(result.out)
    assert exported["sequence"] == 1 and (tmp_path / "bc.pdf").exists()
    verified = office("verify", str(tmp_path / "bc.kh14"))
    assert verified.code == 0
    assert "HỢP LỆ" in verified.out and "UBND huyện Văn Yên" in verified.out
    assert exported["fingerprint"] in verified.out
    listed = json.loads(office("verify", str(tmp_path / "bc.kh14"), "--json").out)
    assert listed[0]["genuine"] and listed[0]["sequence"] == 1


def test_verify_fails_for_any_bad_file(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "bc.kh14"
    office("export", "--out", str(good))
    tampered = tmp_path / "tampered.kh14"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(tampered, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "report.json":
                data = data.replace(b'"trainees": 54', b'"trainees": 99')
            target.writestr(info.filename, data)
    (tmp_path / "junk.kh14").write_bytes(b"not a zip at all")
    result = office("verify", str(good), str(tampered), str(tmp_path / "junk.kh14"))
    assert result.code == 1
    verdicts = [line.split(" — ")[0] for line in result.out.splitlines() if " — " in line]
    assert verdicts == ["HỢP LỆ", "KHÔNG HỢP LỆ", "KHÔNG HỢP LỆ"]
    english = office("--lang", "en", "verify", str(tampered))
    assert "NOT GENUINE" in english.out and english.code == 1


def test_wrong_passphrase_is_refused_and_writes_nothing(office, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KH14_PASSPHRASE", "không đúng")
    result = office("export", "--out", str(tmp_path / "bc.kh14"), "--pdf",
                    str(tmp_path / "bc.pdf"))
    assert result.code == 1 and "không đúng" in result.err
    assert not any(p.name.startswith(("bc", ".bc")) for p in tmp_path.iterdir())


def test_no_passphrase_in_a_script_is_a_clear_error(office, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KH14_PASSPHRASE")
    result = office("export", "--out", str(tmp_path / "bc.kh14"))
    assert result.code == 1 and "KH14_PASSPHRASE" in result.err


def test_bad_period_and_missing_folder(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = office("export", "--period", "q5", "--out", str(tmp_path / "x.kh14"))
    assert result.code == 1 and "q1…q4" in result.err
    result = office("export", "--out", str(tmp_path / "no-such-folder" / "x.kh14"))
    assert result.code == 1 and "không tồn tại" in result.err


def test_draft_pdf(office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("KH14_PASSPHRASE")  # a draft needs no passphrase
    result = office("export", "--period", "h1", "--draft", str(tmp_path / "du-thao.pdf"))
    assert result.code == 0 and (tmp_path / "du-thao.pdf").read_bytes()[:5] == b"%PDF-"


def test_key_rotate(office, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    before = json.loads(office("key", "show", "--json").out)["fingerprint"]
    monkeypatch.setenv("KH14_NEW_PASSPHRASE", "mật khẩu mới")
    rotated = json.loads(office("key", "rotate", "--json").out)
    assert rotated["old_fingerprint"] == before and rotated["fingerprint"] != before


def test_key_replace_lost(office, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    before = json.loads(office("key", "show", "--json").out)["fingerprint"]
    monkeypatch.setenv("KH14_NEW_PASSPHRASE", "mật khẩu mới")
    result = office("key", "replace-lost")
    assert result.code == 0 and "gọi điện cho Sở" in result.out
    after = json.loads(office("key", "show", "--json").out)["fingerprint"]
    assert after != before
