"""The admin's command line: import, trust, keys, status, consolidate, log."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.test_import import LATE, ON_TIME, make_office


@pytest.fixture
def inbox(tmp_path: Path) -> dict[str, object]:
    offices = {unit: make_office(tmp_path / "offices", unit, trainees)
               for unit, trainees in (("h-van-yen", 54), ("h-tram-tau", 30))}
    folder = tmp_path / "usb"
    folder.mkdir()
    offices["h-van-yen"].export("vy.kh14", now=ON_TIME)
    offices["h-tram-tau"].export("tt.kh14", now=LATE)
    for office in offices.values():
        for path in office.folder.glob("*.kh14"):
            (folder / path.name).write_bytes(path.read_bytes())
    yield {"folder": folder, "offices": offices}
    for office in offices.values():
        office.installation.close()


@pytest.fixture
def admin(kh14, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("KH14_PASSPHRASE", PASSPHRASE)
    assert kh14("setup", "--admin").code == 0
    return kh14


def test_import_trust_status_consolidate(admin, inbox, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = admin("import", str(inbox["folder"]), "--json")
    assert first.code == 1  # not imported: keys unknown
    outcomes = json.loads(first.out)
    assert {o["outcome"] for o in outcomes} == {"unknown-key"}
    listed = json.loads(admin("keys", "--json").out)
    assert len(listed["waiting"]) == 2
    for office in inbox["offices"].values():  # type: ignore[attr-defined]
        spaced = office.fingerprint
        result = admin("trust", *spaced.split(" "))  # typed with its spaces
        assert result.code == 0 and "Đã nhập" in result.out
    status = json.loads(admin("status", "--json").out)
    states = {u["unit"]: u["state"] for u in status["units"]}
    assert states["h-van-yen"] == "on-time" and states["h-tram-tau"] == "late"
    assert states["h-yen-binh"] == "missing"
    text = admin("status").out
    assert "Đúng hạn 1, muộn 1" in text
    pdf = tmp_path / "tong-hop.pdf"
    xlsx = tmp_path / "tong-hop.xlsx"
    signed = tmp_path / "tong-hop.kh14"
    for target in (pdf, xlsx, signed):
        done = admin("consolidate", "--out", str(target), "--json")
        assert done.code == 0, done.err
        assert json.loads(done.out)["totals"]["trainees"] == 84
    assert pdf.read_bytes()[:5] == b"%PDF-" and xlsx.read_bytes()[:2] == b"PK"
    assert admin("verify", str(signed)).code == 0
    log = json.loads(admin("log", "--json").out)
    assert {entry["outcome"] for entry in log} >= {"unknown-key", "imported"}


def test_consolidated_file_into_a_second_admin(admin, kh14, inbox, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for office in inbox["offices"].values():  # type: ignore[attr-defined]
        admin("import", str(inbox["folder"]))
        admin("trust", office.fingerprint.replace(" ", ""))
    signed = tmp_path / "tinh.kh14"
    admin("consolidate", "--out", str(signed))
    upper = tmp_path / "bo"
    assert kh14("setup", "--admin", data=upper).code == 0
    assert kh14("import", str(signed), data=upper).code == 1  # the province's key: unknown
    fingerprint = json.loads(admin("key", "show", "--json").out)["fingerprint"]
    # the province's admin is trusted as a consolidator (docs: "Who may vouch for whom")
    trusted = kh14("trust", fingerprint, "--consolidator", "--json", data=upper)
    assert trusted.code == 0
    assert json.loads(trusted.out)["consolidator_scope"] == ["h-tram-tau", "h-van-yen"]
    inner = json.loads(trusted.out)["imported"][0]["inner"]
    assert [i["outcome"] for i in inner] == ["imported", "imported"]
    total = json.loads(kh14("consolidate", "--out", str(tmp_path / "bo.pdf"), "--json",
                            data=upper).out)["totals"]
    assert total["trainees"] == 84


def test_consolidate_errors(admin, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = admin("consolidate", "--out", str(tmp_path / "x.docx"))
    assert result.code == 1 and ".pdf, .xlsx" in result.err
    result = admin("consolidate", "--out", str(tmp_path / "x.pdf"))
    assert result.code == 1 and "Chưa có báo cáo nào" in result.err


def test_trust_a_wrong_fingerprint(admin) -> None:  # type: ignore[no-untyped-def]
    result = admin("trust", "1234")
    assert result.code == 1 and result.err.startswith("Lỗi:")
    assert admin("log").code == 0
