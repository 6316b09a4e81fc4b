"""The installation's signing key: one Ed25519 key pair, kept in minisign's own file formats.

The private key is stored as minisign's scrypt-encrypted secret key file rather than as an
encrypted PKCS#8 PEM, because
- it is the very file the stock `minisign` tool reads (`minisign -S -s <id>.key`), so a
  report can be signed or re-checked with an independent program if ours is ever unusable;
- its key derivation is scrypt, which is memory-hard: a six-character office passphrase is
  all we can ask for, and PKCS#8's PBES2 derives with PBKDF2, which GPUs crack far faster;
- a wrong passphrase is detected by the file's checksum before anything is signed.

Folder layout (`keys_dir`):
    current.json        which key is in use and when it was created; written last, so it is
                        the single point at which a new key (or a rotation) takes effect
    <KEYID>.key         minisign secret key, encrypted with the passphrase
    <KEYID>.pub         minisign public key
    retired/<KEYID>.pub public keys replaced by a rotation (kept so old reports still verify)
    pending-rotation.json   see rotation.py
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import minisign

from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.json_reader import JsonNode
from kh14_desktop.domain.text import nfc
from kh14_desktop.store.files import atomic_write

KEY_FORMAT = "kh14-signing-key"
KEY_FORMAT_VERSION = 1
CURRENT_FILE = "current.json"
RETIRED_FOLDER = "retired"
MIN_PASSPHRASE_LENGTH = 6

_ALGORITHM = b"Ed"  # minisign's tag for an Ed25519 key
_KEY_ID_LENGTH = 8
_RAW_KEY_LENGTH = 32
_FINGERPRINT_HEX = 32  # 128 bits: short enough to read out over the phone
_HEX = re.compile(r"^[0-9A-F]+$")
_FINGERPRINT_SEPARATORS = re.compile(r"[\s\-:]+")


@dataclass(frozen=True)
class KdfCost:
    """scrypt limits in minisign's terms (libsodium opslimit/memlimit)."""

    opslimit: int
    memlimit: int


# scrypt N=2^17, r=8, p=1: 128 MiB and about half a second on an old office PC, once per
# export. The stock tool's "sensitive" default (1 GiB) would not fit such a PC.
DEFAULT_KDF = KdfCost(opslimit=1 << 22, memlimit=1 << 27)
# N=2^10: for tests only, where hundreds of keys are made.
FAST_KDF_FOR_TESTS = KdfCost(opslimit=1 << 15, memlimit=1 << 20)


def fingerprint_of(raw_public_key: bytes) -> str:
    """SHA-256 of the raw 32-byte key, first 128 bits, as "3F2A 9C01 …" (8 groups of 4)."""
    digest = hashlib.sha256(raw_public_key).hexdigest()[:_FINGERPRINT_HEX].upper()
    return " ".join(digest[i:i + 4] for i in range(0, _FINGERPRINT_HEX, 4))


def normalise_fingerprint(text: str) -> str:
    """The canonical form of a fingerprint typed with or without spaces, in any case."""
    compact = _FINGERPRINT_SEPARATORS.sub("", text).upper()
    if len(compact) != _FINGERPRINT_HEX or not _HEX.match(compact):
        raise UserError("key.bad_fingerprint", value=text.strip()[:80])
    return " ".join(compact[i:i + 4] for i in range(0, _FINGERPRINT_HEX, 4))


@dataclass(frozen=True)
class PublicKey:
    """An Ed25519 public key with its minisign key id (random, not derived from the key)."""

    key_id: bytes
    raw: bytes

    def __post_init__(self) -> None:
        if len(self.key_id) != _KEY_ID_LENGTH or len(self.raw) != _RAW_KEY_LENGTH:
            raise ValueError("a minisign public key has an 8-byte id and a 32-byte key")

    def __repr__(self) -> str:
        return f"PublicKey({self.key_id_hex}, fingerprint {self.fingerprint!r})"

    @property
    def key_id_hex(self) -> str:
        # the stock tool prints the id as a little-endian 64-bit number; so do we
        return self.key_id[::-1].hex().upper()

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.raw)

    @property
    def minisign_base64(self) -> str:
        """The one-line form `minisign -P` takes."""
        return base64.b64encode(_ALGORITHM + self.key_id + self.raw).decode("ascii")

    def minisign_file(self) -> bytes:
        """The stock public key file: an untrusted comment line, then the base64 line."""
        comment = (f"untrusted comment: KH14 public key, fingerprint {self.fingerprint},"
                   f" minisign key id {self.key_id_hex}")
        return f"{comment}\n{self.minisign_base64}\n".encode("ascii")

    @classmethod
    def from_minisign_base64(cls, text: str) -> PublicKey:
        try:
            decoded = base64.b64decode(text.strip(), validate=True)
        except (binascii.Error, ValueError):
            raise UserError("key.bad_public_key") from None
        if len(decoded) != 2 + _KEY_ID_LENGTH + _RAW_KEY_LENGTH or decoded[:2] != _ALGORITHM:
            raise UserError("key.bad_public_key")
        return cls(key_id=decoded[2:2 + _KEY_ID_LENGTH], raw=decoded[2 + _KEY_ID_LENGTH:])

    @classmethod
    def from_minisign_file(cls, data: bytes) -> PublicKey:
        try:
            lines = data.decode("ascii").splitlines()
        except UnicodeDecodeError:
            raise UserError("key.bad_public_key") from None
        if len(lines) != 2 or not lines[0].startswith("untrusted comment:"):
            raise UserError("key.bad_public_key")
        return cls.from_minisign_base64(lines[1])


@dataclass(frozen=True)
class KeyInfo:
    """The public half of the installation's key: everything shown without a passphrase."""

    public_key: PublicKey
    created: dt.datetime

    @property
    def fingerprint(self) -> str:
        return self.public_key.fingerprint

    @property
    def key_id(self) -> str:
        return self.public_key.key_id_hex

    @property
    def public_key_bytes(self) -> bytes:
        return self.public_key.raw


class SigningKey:
    """An unlocked private key. Use it in a `with` block: leaving it wipes the key from memory."""

    def __init__(self, secret: minisign.SecretKey, info: KeyInfo) -> None:
        self._secret = secret
        self.info = info

    def sign_bytes(self, data: bytes, trusted_comment: str, untrusted_comment: str) -> bytes:
        """A minisign signature file, prehashed with BLAKE2b-512 (the stock tool's default)."""
        signature = self._secret.sign(data, prehash=True, trusted_comment=trusted_comment,
                                      untrusted_comment=untrusted_comment)
        return bytes(signature) + b"\n"

    def wipe(self) -> None:
        if not self._secret.is_wiped():
            self._secret.wipe()

    def __enter__(self) -> SigningKey:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.wipe()


# passphrases --------------------------------------------------------------------------------
def checked_new_passphrase(passphrase: str) -> str:
    """NFC, so that the same typed letters give the same key on every keyboard and platform."""
    normalised = nfc(passphrase)
    if len(normalised) < MIN_PASSPHRASE_LENGTH:
        raise UserError("key.passphrase_too_short", minimum=MIN_PASSPHRASE_LENGTH)
    return normalised


# creating and loading -------------------------------------------------------------------------
def new_encrypted_key(passphrase: str, kdf: KdfCost) -> tuple[bytes, PublicKey]:
    """A fresh key pair: the encrypted secret key file's bytes and the public key."""
    pair = minisign.KeyPair.generate()
    public = PublicKey.from_minisign_base64(pair.public_key.to_base64().decode("ascii"))
    secret = pair.secret_key
    try:
        secret.untrusted_comment = (f"KH14 secret key {public.key_id_hex},"
                                    " encrypted with the office passphrase")
        secret.encrypt(passphrase, opslimit=kdf.opslimit, memlimit=kdf.memlimit)
        return bytes(secret) + b"\n", public
    finally:
        secret.wipe()


def write_new_file(path: Path, data: bytes) -> None:
    """Write `path` atomically, refusing to replace anything already there."""
    if path.exists():
        raise UserError("key.exists", folder=str(path.parent))
    atomic_write(path, data)


def current_json(public: PublicKey, created: dt.datetime) -> bytes:
    document = {"format": KEY_FORMAT, "format_version": KEY_FORMAT_VERSION,
                "key_id": public.key_id_hex, "fingerprint": public.fingerprint,
                "created": created.isoformat(timespec="seconds")}
    return (json.dumps(document, indent=2) + "\n").encode("ascii")


def install_key_files(keys_dir: Path, secret_file: bytes, public: PublicKey) -> None:
    write_new_file(keys_dir / f"{public.key_id_hex}.key", secret_file)
    write_new_file(keys_dir / f"{public.key_id_hex}.pub", public.minisign_file())


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def create_key(keys_dir: Path, passphrase: str, *, kdf: KdfCost = DEFAULT_KDF,
               created: dt.datetime | None = None) -> KeyInfo:
    """Make the installation's key pair; refuses when the folder already holds one."""
    keys_dir = Path(keys_dir)
    passphrase = checked_new_passphrase(passphrase)
    if (keys_dir / CURRENT_FILE).exists():
        raise UserError("key.exists", folder=str(keys_dir))
    created = created or now_utc()
    secret_file, public = new_encrypted_key(passphrase, kdf)
    install_key_files(keys_dir, secret_file, public)
    # last: until current.json exists there is no key, so a crash above leaves none half-made
    write_new_file(keys_dir / CURRENT_FILE, current_json(public, created))
    return KeyInfo(public_key=public, created=created)


def has_key(keys_dir: Path) -> bool:
    return (Path(keys_dir) / CURRENT_FILE).exists()


def _damaged(keys_dir: Path, detail: str) -> UserError:
    return UserError("key.damaged", folder=str(keys_dir), detail=detail)


def _read_current(keys_dir: Path) -> tuple[str, dt.datetime]:
    path = keys_dir / CURRENT_FILE
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserError("key.missing", folder=str(keys_dir)) from None
    except OSError as exc:
        raise _damaged(keys_dir, str(exc)) from exc

    def error(where: str, reason_code: str, **params: Any) -> UserError:
        return _damaged(keys_dir, f"{CURRENT_FILE}{where}: {reason_code}")

    try:
        root = JsonNode(json.loads(data), error).object(
            {"format", "format_version", "key_id", "fingerprint", "created"})
    except ValueError as exc:
        raise _damaged(keys_dir, f"{CURRENT_FILE}: {exc}") from exc
    if root["format"].text() != KEY_FORMAT:
        root["format"].fail("wrong format")
    root["format_version"].integer(KEY_FORMAT_VERSION, KEY_FORMAT_VERSION)
    key_id = root["key_id"].text()
    if len(key_id) != 2 * _KEY_ID_LENGTH or not _HEX.match(key_id):
        root["key_id"].fail("bad key id")
    try:
        created = dt.datetime.fromisoformat(root["created"].text())
    except ValueError:
        root["created"].fail("bad time")
    if created.tzinfo is None:
        root["created"].fail("no UTC offset")
    return key_id, created


def _read_public(keys_dir: Path, key_id: str) -> PublicKey:
    try:
        public = PublicKey.from_minisign_file((keys_dir / f"{key_id}.pub").read_bytes())
    except (OSError, UserError) as exc:
        raise _damaged(keys_dir, f"{key_id}.pub: {exc}") from exc
    if public.key_id_hex != key_id:
        raise _damaged(keys_dir, f"{key_id}.pub holds key {public.key_id_hex}")
    return public


def load_key_info(keys_dir: Path) -> KeyInfo:
    """The current key's public part (no passphrase needed)."""
    keys_dir = Path(keys_dir)
    key_id, created = _read_current(keys_dir)
    return KeyInfo(public_key=_read_public(keys_dir, key_id), created=created)


def unlock_key(keys_dir: Path, passphrase: str) -> SigningKey:
    """Decrypt the current private key; a wrong passphrase raises `key.wrong_passphrase`."""
    keys_dir = Path(keys_dir)
    info = load_key_info(keys_dir)
    secret_path = keys_dir / f"{info.key_id}.key"
    try:
        secret = minisign.SecretKey.from_bytes(secret_path.read_bytes())
    except FileNotFoundError:
        raise _damaged(keys_dir, f"{secret_path.name} is missing") from None
    except (OSError, minisign.Error) as exc:
        raise _damaged(keys_dir, f"{secret_path.name}: {exc}") from exc
    try:
        if not secret.is_encrypted():
            # never written by us: someone removed the passphrase (minisign -C), so any
            # passphrase would "work" and the promise that the key is protected is broken
            raise UserError("key.unprotected", folder=str(keys_dir))
        try:
            secret.decrypt(nfc(passphrase))
        except minisign.Error:
            raise UserError("key.wrong_passphrase") from None
        unlocked = PublicKey.from_minisign_base64(
            secret.get_public_key().to_base64().decode("ascii"))
        if unlocked != info.public_key:
            raise _damaged(keys_dir, f"{secret_path.name} does not match {info.key_id}.pub")
    except BaseException:
        secret.wipe()
        raise
    return SigningKey(secret, info)


def export_public_key(keys_dir: Path, path: Path) -> Path:
    """Write the stock minisign public key file (for `minisign -p`) to `path`."""
    info = load_key_info(keys_dir)
    atomic_write(Path(path), info.public_key.minisign_file())
    return Path(path)


def retire_files(keys_dir: Path, old: KeyInfo, retired: dt.datetime) -> None:
    """Archive the old public key; its secret key is deleted by `forget_secret`."""
    folder = keys_dir / RETIRED_FOLDER
    atomic_write(folder / f"{old.key_id}.pub", old.public_key.minisign_file())
    note = {"key_id": old.key_id, "fingerprint": old.fingerprint,
            "created": old.created.isoformat(timespec="seconds"),
            "retired": retired.isoformat(timespec="seconds")}
    atomic_write(folder / f"{old.key_id}.json", (json.dumps(note, indent=2) + "\n").encode())


def forget_secret(keys_dir: Path, key_id: str) -> None:
    # a retired private key must not sign again; its public key lives on in retired/
    for suffix in (".key", ".pub"):
        with contextlib.suppress(FileNotFoundError):
            (keys_dir / f"{key_id}{suffix}").unlink()


def retired_keys(keys_dir: Path) -> list[PublicKey]:
    """Public keys this installation used before, oldest file name order (for display)."""
    folder = Path(keys_dir) / RETIRED_FOLDER
    keys = []
    for path in sorted(folder.glob("*.pub")):
        with contextlib.suppress(OSError, UserError):
            keys.append(PublicKey.from_minisign_file(path.read_bytes()))
    return keys
