"""Office signing keys, minisign signatures and key rotation."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
import string
import subprocess
import unicodedata
from pathlib import Path

import minisign
import pytest

from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.messages import report
from kh14_desktop.services.signing import (
    FAST_KDF_FOR_TESTS,
    PublicKey,
    RotationRejected,
    SignatureError,
    clear_pending_rotation,
    create_key,
    export_public_key,
    fingerprint_of,
    load_key_info,
    normalise_fingerprint,
    pending_rotation,
    retired_keys,
    rotate_key,
    sign,
    unlock_key,
    verify,
    verify_rotation,
)
from tests.platforms import needs_tools

PASSPHRASE = "Mật khẩu Văn Yên"
MINISIGN = shutil.which("minisign")
needs_minisign = needs_tools("minisign")
FINGERPRINT_FORM = re.compile(r"^[0-9A-F]{4}( [0-9A-F]{4}){7}$")


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """A folder of this test's own (the shared conftest puts a home folder in tmp_path)."""
    folder = tmp_path / "work"
    folder.mkdir()
    return folder


def make_key(folder: Path, passphrase: str = PASSPHRASE):
    return create_key(folder, passphrase, kdf=FAST_KDF_FOR_TESTS)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` with its bytes: to prove that nothing changed."""
    if not folder.exists():
        return {}
    return {str(path.relative_to(folder)): path.read_bytes()
            for path in sorted(folder.rglob("*")) if path.is_file()}


# keys -------------------------------------------------------------------------------------------
def test_create_then_load_and_unlock(work: Path) -> None:
    keys = work / "keys"
    info = make_key(keys)
    assert load_key_info(keys) == info
    assert info.created.tzinfo is not None
    assert len(info.public_key_bytes) == 32
    assert re.fullmatch(r"[0-9A-F]{16}", info.key_id)
    with unlock_key(keys, PASSPHRASE) as key:
        assert key.info == info
    assert sorted(snapshot(keys)) == [f"{info.key_id}.key", f"{info.key_id}.pub", "current.json"]


def test_secret_key_file_is_encrypted_minisign(work: Path) -> None:
    info = make_key(work)
    secret_file = (work / f"{info.key_id}.key").read_bytes()
    secret = minisign.SecretKey.from_bytes(secret_file)
    assert secret.is_encrypted()
    assert info.public_key.raw not in secret_file  # the whole key record is encrypted
    secret.wipe()


def test_fingerprint_form_and_definition(work: Path) -> None:
    info = make_key(work)
    assert FINGERPRINT_FORM.match(info.fingerprint)
    expected = hashlib.sha256(info.public_key_bytes).hexdigest()[:32].upper()
    assert info.fingerprint.replace(" ", "") == expected
    digest = hashlib.sha256(bytes(32)).hexdigest().upper()
    assert fingerprint_of(bytes(32)) == " ".join(digest[i:i + 4] for i in range(0, 32, 4))


@pytest.mark.parametrize("typed", [
    "3f2a9c01aabbccdd0011223344556677",
    "3F2A 9C01 AABB CCDD 0011 2233 4455 6677",
    "  3f2a 9C01aabb ccdd-0011-2233 4455 6677 ",
    "3F2A9C01 AABBCCDD 00112233 44556677",
])
def test_normalise_fingerprint_accepts_what_people_type(typed: str) -> None:
    assert normalise_fingerprint(typed) == "3F2A 9C01 AABB CCDD 0011 2233 4455 6677"


@pytest.mark.parametrize("typed", [
    "", "3F2A", "3F2A 9C01 AABB CCDD 0011 2233 4455 667",  # too short
    "3F2A 9C01 AABB CCDD 0011 2233 4455 66770",  # too long
    "3G2A 9C01 AABB CCDD 0011 2233 4455 6677",  # not hex
    "3F2A 9C01 AABB CCDĐ 0011 2233 4455 6677",
])
def test_normalise_fingerprint_refuses_malformed(typed: str) -> None:
    with pytest.raises(UserError) as caught:
        normalise_fingerprint(typed)
    assert caught.value.code == "key.bad_fingerprint"


def test_key_is_never_overwritten(work: Path) -> None:
    make_key(work)
    before = snapshot(work)
    with pytest.raises(UserError) as caught:
        make_key(work, "another passphrase")
    assert caught.value.code == "key.exists"
    assert snapshot(work) == before


def test_short_passphrase_refused_and_nothing_written(work: Path) -> None:
    with pytest.raises(UserError) as caught:
        make_key(work / "keys", "12345")
    assert caught.value.code == "key.passphrase_too_short"
    assert caught.value.params["minimum"] == 6
    assert not (work / "keys").exists()


def test_wrong_passphrase_refused_and_nothing_changes(work: Path) -> None:
    make_key(work)
    before = snapshot(work)
    for wrong in ("mat khau van yen", PASSPHRASE + " ", PASSPHRASE.upper(), ""):
        with pytest.raises(UserError) as caught:
            unlock_key(work, wrong)
        assert caught.value.code == "key.wrong_passphrase"
    assert snapshot(work) == before


def test_passphrase_is_nfc_normalised(work: Path) -> None:
    decomposed = unicodedata.normalize("NFD", PASSPHRASE)
    assert decomposed != PASSPHRASE
    make_key(work, decomposed)
    with unlock_key(work, PASSPHRASE) as key:  # typed on another keyboard, composed
        assert key.info == load_key_info(work)


def test_no_key_yet(work: Path) -> None:
    with pytest.raises(UserError) as caught:
        load_key_info(work)
    assert caught.value.code == "key.missing"


def test_mismatched_public_key_file_is_damage(work: Path) -> None:
    info = make_key(work / "a")
    other = make_key(work / "b")
    (work / "a" / f"{info.key_id}.pub").write_bytes(other.public_key.minisign_file())
    with pytest.raises(UserError) as caught:
        load_key_info(work / "a")
    assert caught.value.code == "key.damaged"


def test_secret_key_without_passphrase_is_refused(work: Path) -> None:
    info = make_key(work)
    path = work / f"{info.key_id}.key"
    secret = minisign.SecretKey.from_bytes(path.read_bytes())
    secret.remove_password(PASSPHRASE)
    path.write_bytes(bytes(secret) + b"\n")
    with pytest.raises(UserError) as caught:
        unlock_key(work, "anything at all")
    assert caught.value.code == "key.unprotected"


def test_exported_public_key_file(work: Path) -> None:
    info = make_key(work / "keys")
    exported = export_public_key(work / "keys", work / "office.pub")
    text = exported.read_text("ascii")
    assert text.startswith("untrusted comment: ")
    assert text.splitlines()[1] == info.public_key.minisign_base64
    assert PublicKey.from_minisign_file(exported.read_bytes()) == info.public_key
    assert PublicKey.from_minisign_base64(info.public_key.minisign_base64) == info.public_key


@pytest.mark.parametrize("text", ["", "RW", "not base64 at all!",
                                  "RUQ" + "A" * 53,  # an "ED" (signature) tag, not a key
                                  "RWQ" + "A" * 57])
def test_bad_public_keys(text: str) -> None:
    with pytest.raises(UserError) as caught:
        PublicKey.from_minisign_base64(text)
    assert caught.value.code == "key.bad_public_key"


# signatures -------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("office-keys")
    make_key(folder)
    return folder


def test_sign_and_verify(office: Path) -> None:
    with unlock_key(office, PASSPHRASE) as key:
        signature = sign(key, b"report bytes", "kh14 unit=h-van-yen seq=1")
    lines = signature.decode("ascii").splitlines()
    assert len(lines) == 4 and lines[2] == "trusted comment: kh14 unit=h-van-yen seq=1"
    assert base64.b64decode(lines[1])[:2] == b"ED"  # the prehashed algorithm
    verified = verify(load_key_info(office).public_key, b"report bytes", signature)
    assert verified.trusted_comment == "kh14 unit=h-van-yen seq=1"
    assert verified.key_id == load_key_info(office).key_id


def test_verify_refuses(office: Path, work: Path) -> None:
    public = load_key_info(office).public_key
    with unlock_key(office, PASSPHRASE) as key:
        signature = sign(key, b"data", "comment")
        legacy = bytes(key._secret.sign(b"data", prehash=False, trusted_comment="comment"))

    def reason(data: bytes, signature_file: bytes, key: PublicKey = public) -> str:
        with pytest.raises(SignatureError) as caught:
            verify(key, data, signature_file)
        return caught.value.code

    assert reason(b"Data", signature) == "signature.invalid"
    forged_comment = signature.replace(b"trusted comment: comment", b"trusted comment: commenT")
    assert reason(b"data", forged_comment) == "signature.invalid"
    assert reason(b"data", signature, make_key(work).public_key) == "signature.wrong_key"
    assert reason(b"data", legacy) == "signature.not_prehashed"
    for garbage in (b"", b"\xff\xfe", b"untrusted comment: x\n", signature[:-10],
                    signature.replace(b"\n", b"\r\n"), signature + b"extra line\n",
                    b"x" * 100_000):
        assert reason(b"data", garbage) == "signature.malformed"


def test_trusted_comment_must_be_printable_ascii(office: Path) -> None:
    with unlock_key(office, PASSPHRASE) as key, pytest.raises(ValueError):
        sign(key, b"data", "đơn vị")


@needs_minisign
def test_stock_minisign_verifies_our_signature(office: Path, work: Path) -> None:
    info = load_key_info(office)
    with unlock_key(office, PASSPHRASE) as key:
        (work / "data.json").write_bytes(b'{"x": 1}\n')
        (work / "data.json.minisig").write_bytes(
            sign(key, b'{"x": 1}\n', "kh14 test comment"))
    export_public_key(office, work / "office.pub")
    for key_args in (["-P", info.public_key.minisign_base64], ["-p", str(work / "office.pub")]):
        result = subprocess.run([MINISIGN, "-H", "-Vm", str(work / "data.json"), *key_args],
                                capture_output=True, text=True, encoding="utf-8",
                                check=False, timeout=60)
        assert result.returncode == 0, result.stderr
        assert "Trusted comment: kh14 test comment" in result.stdout
    (work / "data.json").write_bytes(b'{"x": 2}\n')
    result = subprocess.run([MINISIGN, "-Vm", str(work / "data.json"), "-P",
                             info.public_key.minisign_base64],
                            capture_output=True, check=False, timeout=60)
    assert result.returncode != 0


@needs_minisign
def test_stock_minisign_signs_with_our_secret_key_file(office: Path, work: Path) -> None:
    # the key file is minisign's own format: an auditor's tool can use it, and we accept its
    # signatures
    info = load_key_info(office)
    (work / "data.txt").write_bytes(b"signed by the stock tool\n")
    result = subprocess.run(
        [MINISIGN, "-S", "-s", str(office / f"{info.key_id}.key"), "-m",
         str(work / "data.txt"), "-t", "stock tool"],
        input=(PASSPHRASE + "\n").encode("utf-8"), capture_output=True, check=False, timeout=60)
    assert result.returncode == 0, result.stderr
    signature = (work / "data.txt.minisig").read_bytes()
    verified = verify(info.public_key, b"signed by the stock tool\n", signature)
    assert verified.trusted_comment == "stock tool"


# rotation ---------------------------------------------------------------------------------------
def rotate(folder: Path, old: str = PASSPHRASE, new: str = "khóa mới 2025"):
    return rotate_key(folder, old, new, kdf=FAST_KDF_FOR_TESTS)


def test_rotation(work: Path) -> None:
    old_info = make_key(work)
    rotation = rotate(work)
    new_info = load_key_info(work)
    assert rotation.old_key == old_info.public_key
    assert rotation.new_key == new_info.public_key != old_info.public_key
    statement = json.loads(rotation.statement)
    assert statement["old_fingerprint"] == old_info.fingerprint
    assert statement["new_fingerprint"] == new_info.fingerprint
    assert statement["old_public_key"] == old_info.public_key.minisign_base64
    assert statement["new_public_key"] == new_info.public_key.minisign_base64
    assert statement["created"]
    assert verify_rotation(rotation.statement, rotation.signature) == (
        old_info.public_key, new_info.public_key)
    assert verify(old_info.public_key, rotation.statement, rotation.signature)
    # the old private key is gone, its public key archived; the new passphrase unlocks
    assert not (work / f"{old_info.key_id}.key").exists()
    assert retired_keys(work) == [old_info.public_key]
    with pytest.raises(UserError):
        unlock_key(work, PASSPHRASE)
    with unlock_key(work, "khóa mới 2025") as key:
        assert key.info == new_info


def test_rotation_waits_for_an_export(work: Path) -> None:
    make_key(work)
    rotation = rotate(work)
    assert pending_rotation(work) == rotation
    with pytest.raises(UserError) as caught:
        rotate(work, "khóa mới 2025", "khóa thứ ba")
    assert caught.value.code == "key.rotation_pending"
    clear_pending_rotation(work)
    assert pending_rotation(work) is None
    second = rotate(work, "khóa mới 2025", "khóa thứ ba")
    assert second.old_key == rotation.new_key
    assert len(retired_keys(work)) == 2


def test_rotation_with_wrong_passphrase_changes_nothing(work: Path) -> None:
    make_key(work)
    before = snapshot(work)
    with pytest.raises(UserError) as caught:
        rotate(work, "not the passphrase")
    assert caught.value.code == "key.wrong_passphrase"
    with pytest.raises(UserError):
        rotate(work, PASSPHRASE, "short")
    assert snapshot(work) == before


def test_stale_pending_rotation_is_ignored(work: Path) -> None:
    # a rotation that crashed before its switch leaves a statement naming a key not in use
    make_key(work / "a")
    rotate(work / "a")
    make_key(work / "b")
    shutil.copy(work / "a" / "pending-rotation.json", work / "b")
    assert pending_rotation(work / "b") is None


def test_tampered_rotation_statement_is_refused(work: Path) -> None:
    make_key(work / "office")
    rotation = rotate(work / "office")
    intruder = make_key(work / "intruder")

    def reason(statement: bytes, signature: bytes = rotation.signature) -> str:
        with pytest.raises(RotationRejected) as caught:
            verify_rotation(statement, signature)
        assert caught.value.message("vi")
        return caught.value.reason_code

    document = json.loads(rotation.statement)
    swapped = dict(document, new_public_key=intruder.public_key.minisign_base64,
                   new_fingerprint=intruder.fingerprint)
    assert reason(json.dumps(swapped, indent=2).encode() + b"\n") == "signature.invalid"
    lying = dict(document, new_fingerprint=intruder.fingerprint)
    assert reason(json.dumps(lying).encode()) == "rotation.new_fingerprint_mismatch"
    flipped = bytearray(rotation.statement)
    flipped[rotation.statement.index(b"created") + 12] ^= 1
    assert reason(bytes(flipped)).startswith(("signature.", "json.", "rotation."))
    assert reason(b"not json") == "rotation.not_json"
    assert reason(b"[]") == "json.wrong_type"
    # signed, but by the new key rather than the old one
    with unlock_key(work / "office", "khóa mới 2025") as new_key:
        resigned = sign(new_key, rotation.statement, "kh14 key-rotation")
    assert reason(rotation.statement, resigned) == "signature.wrong_key"


# messages ---------------------------------------------------------------------------------------
def _placeholders(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


def test_every_report_message_has_both_languages_and_the_same_placeholders() -> None:
    for code, entry in report.MESSAGES.items():
        assert set(entry) == {"vi", "en"}, code
        assert entry["vi"].strip() and entry["en"].strip(), code
        assert _placeholders(entry["vi"]) == _placeholders(entry["en"]), code
