"""Replacing the installation's key without losing the province's trust in it.

The old key signs a statement naming the new key. The statement waits in the keys folder
until the next export carries it (`rotation/statement.json` and its `.minisig`); the
importer, which trusts the old key, checks the statement with `verify_rotation` and can then
trust the new key without another phone call.

Only one rotation may wait at a time: a second one before any export would need a chain of
statements, and each extra link is one more thing the province must get right.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.json_reader import JsonNode
from kh14_desktop.domain.messages import render
from kh14_desktop.services.signing.keys import (
    CURRENT_FILE,
    DEFAULT_KDF,
    KdfCost,
    KeyInfo,
    PublicKey,
    checked_new_passphrase,
    current_json,
    forget_secret,
    install_key_files,
    load_key_info,
    new_encrypted_key,
    now_utc,
    retire_files,
    unlock_key,
)
from kh14_desktop.services.signing.signatures import SignatureError, sign, verify
from kh14_desktop.store.files import atomic_write

ROTATION_FORMAT = "kh14-key-rotation"
ROTATION_FORMAT_VERSION = 1
PENDING_FILE = "pending-rotation.json"
MAX_STATEMENT_BYTES = 16 * 1024

_STATEMENT_KEYS = frozenset({"format", "format_version", "old_fingerprint", "old_public_key",
                             "new_public_key", "new_fingerprint", "created"})


@dataclass(frozen=True)
class KeyRotation:
    """A signed statement "key `old_key` hands over to key `new_key`"."""

    statement: bytes
    signature: bytes
    old_key: PublicKey
    new_key: PublicKey
    created: dt.datetime


class VerifiedRotation(NamedTuple):
    old_key: PublicKey
    new_key: PublicKey


class RotationRejected(UserError):
    """A rotation statement that is malformed or not signed by the key it names as old."""

    def __init__(self, reason_code: str, **params: Any) -> None:
        super().__init__("rotation.invalid", reason_code=reason_code, **params)
        self.reason_code = reason_code
        self.reason_params = params

    def message(self, lang: str = "vi") -> str:
        reason = render(self.reason_code, lang, **self.reason_params)
        return render("rotation.invalid", lang, reason=reason)


def _compact(fingerprint: str) -> str:
    return fingerprint.replace(" ", "")


def rotation_comment(old_key: PublicKey, new_key: PublicKey) -> str:
    return (f"kh14 key-rotation old={_compact(old_key.fingerprint)}"
            f" new={_compact(new_key.fingerprint)}")


def _statement_bytes(old_key: PublicKey, new_key: PublicKey, created: dt.datetime) -> bytes:
    document = {
        "format": ROTATION_FORMAT,
        "format_version": ROTATION_FORMAT_VERSION,
        "old_fingerprint": old_key.fingerprint,
        "old_public_key": old_key.minisign_base64,
        "new_public_key": new_key.minisign_base64,
        "new_fingerprint": new_key.fingerprint,
        "created": created.isoformat(timespec="seconds"),
    }
    return (json.dumps(document, indent=2) + "\n").encode("ascii")


def _parse_statement(statement: bytes) -> tuple[PublicKey, PublicKey, dt.datetime]:
    def error(path: str, reason_code: str, **params: Any) -> RotationRejected:
        return RotationRejected(reason_code, **params)

    if len(statement) > MAX_STATEMENT_BYTES:
        raise RotationRejected("rotation.not_json")
    try:
        decoded = json.loads(statement.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise RotationRejected("rotation.not_json") from None
    root = JsonNode(decoded, error).object(_STATEMENT_KEYS)
    root["format"].choice((ROTATION_FORMAT,))
    root["format_version"].integer(ROTATION_FORMAT_VERSION, ROTATION_FORMAT_VERSION)
    keys = []
    for side in ("old", "new"):
        node = root[f"{side}_public_key"]
        try:
            key = PublicKey.from_minisign_base64(node.text())
        except UserError:
            node.fail("key.bad_public_key")
        if root[f"{side}_fingerprint"].text() != key.fingerprint:
            raise RotationRejected(f"rotation.{side}_fingerprint_mismatch")
        keys.append(key)
    try:
        created = dt.datetime.fromisoformat(root["created"].text())
    except ValueError:
        root["created"].fail("json.bad_date", value=str(root["created"].value)[:40])
    if created.tzinfo is None:
        root["created"].fail("json.bad_date", value=str(root["created"].value)[:40])
    if keys[0] == keys[1] or keys[0].raw == keys[1].raw:
        raise RotationRejected("rotation.same_key")
    return keys[0], keys[1], created


def verify_rotation(statement: bytes, signature: bytes) -> VerifiedRotation:
    """Check a rotation statement: well formed and signed by the old key it names."""
    old_key, new_key, _ = _parse_statement(statement)
    try:
        verified = verify(old_key, statement, signature)
    except SignatureError as exc:
        raise RotationRejected(exc.code, **exc.params) from None
    if verified.trusted_comment != rotation_comment(old_key, new_key):
        raise RotationRejected("rotation.comment_mismatch")
    return VerifiedRotation(old_key=old_key, new_key=new_key)


def rotate_key(keys_dir: Path, old_passphrase: str, new_passphrase: str, *,
               kdf: KdfCost = DEFAULT_KDF, created: dt.datetime | None = None) -> KeyRotation:
    """Replace the key: new pair, old public key archived, statement signed by the old key.

    Written in an order that a crash at any point leaves either the old key fully in place
    (perhaps beside unused new files) or the new key with its statement waiting.
    """
    keys_dir = Path(keys_dir)
    new_passphrase = checked_new_passphrase(new_passphrase)
    if pending_rotation(keys_dir) is not None:
        raise UserError("key.rotation_pending")
    created = created or now_utc()
    with unlock_key(keys_dir, old_passphrase) as old:
        old_info = old.info
        secret_file, new_key = new_encrypted_key(new_passphrase, kdf)
        statement = _statement_bytes(old_info.public_key, new_key, created)
        signature = sign(old, statement, rotation_comment(old_info.public_key, new_key))
    install_key_files(keys_dir, secret_file, new_key)
    retire_files(keys_dir, old_info, created)
    pending = {"statement": statement.decode("ascii"), "signature": signature.decode("ascii")}
    atomic_write(keys_dir / PENDING_FILE, (json.dumps(pending, indent=2) + "\n").encode())
    # the switch: from here on the new key signs
    atomic_write(keys_dir / CURRENT_FILE, current_json(new_key, created))
    forget_secret(keys_dir, old_info.key_id)
    return KeyRotation(statement=statement, signature=signature, old_key=old_info.public_key,
                       new_key=new_key, created=created)


def pending_rotation(keys_dir: Path) -> KeyRotation | None:
    """The statement the next export should carry, if a rotation has not been exported yet.

    A statement whose new key is not the current key is left over from a rotation that
    crashed before its switch, and is ignored.
    """
    keys_dir = Path(keys_dir)
    try:
        data = (keys_dir / PENDING_FILE).read_bytes()
    except FileNotFoundError:
        return None
    try:
        stored = json.loads(data)
        statement = stored["statement"].encode("ascii")
        signature = stored["signature"].encode("ascii")
        old_key, new_key, created = _parse_statement(statement)
        verify_rotation(statement, signature)
    except (ValueError, KeyError, TypeError, AttributeError, UserError) as exc:
        raise UserError("key.damaged", folder=str(keys_dir),
                        detail=f"{PENDING_FILE}: {exc}") from exc
    current: KeyInfo = load_key_info(keys_dir)
    if current.public_key != new_key:
        return None
    return KeyRotation(statement=statement, signature=signature, old_key=old_key,
                       new_key=new_key, created=created)


def clear_pending_rotation(keys_dir: Path) -> None:
    """Call once a package carrying the statement has been written."""
    with contextlib.suppress(FileNotFoundError):
        (Path(keys_dir) / PENDING_FILE).unlink()


def replace_lost_key(keys_dir: Path, new_passphrase: str, *, kdf: KdfCost = DEFAULT_KDF,
                     created: dt.datetime | None = None) -> tuple[KeyInfo, KeyInfo]:
    """A new key when the passphrase of the old one is forgotten: no hand-over is possible.

    Nothing vouches for the new key, so the province must confirm its fingerprint by phone
    before it trusts the office's next report. Returns (old, new) key information.
    """
    keys_dir = Path(keys_dir)
    new_passphrase = checked_new_passphrase(new_passphrase)
    created = created or now_utc()
    old_info = load_key_info(keys_dir)
    secret_file, new_key = new_encrypted_key(new_passphrase, kdf)
    install_key_files(keys_dir, secret_file, new_key)
    retire_files(keys_dir, old_info, created)
    clear_pending_rotation(keys_dir)  # a hand-over to a key that is gone means nothing now
    atomic_write(keys_dir / CURRENT_FILE, current_json(new_key, created))
    forget_secret(keys_dir, old_info.key_id)
    return old_info, KeyInfo(public_key=new_key, created=created)
