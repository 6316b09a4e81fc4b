"""The installation's signing key: made at setup, unlocked at export, rotated when needed."""

from __future__ import annotations

from pathlib import Path

from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.text import nfc
from kh14_desktop.services.installation import Installation
from kh14_desktop.services.signing import (
    KeyInfo,
    KeyRotation,
    SigningKey,
    create_key,
    export_public_key,
    has_key,
    keys,
    load_key_info,
    replace_lost_key,
    rotate_key,
    unlock_key,
)


def key_folder(installation: Installation) -> Path:
    return installation.folder.keys


def has_office_key(installation: Installation) -> bool:
    return has_key(key_folder(installation))


def create_office_key(installation: Installation, passphrase: str) -> KeyInfo:
    # the cost is read at call time so that tests can make it cheap
    return create_key(key_folder(installation), nfc(passphrase), kdf=keys.DEFAULT_KDF)


def office_key_info(installation: Installation) -> KeyInfo:
    if not has_office_key(installation):
        raise UserError("key.missing")
    return load_key_info(key_folder(installation))


def unlock_office_key(installation: Installation, passphrase: str) -> SigningKey:
    if not has_office_key(installation):
        raise UserError("key.missing")
    return unlock_key(key_folder(installation), nfc(passphrase))


def rotate_office_key(installation: Installation, old_passphrase: str,
                      new_passphrase: str) -> KeyRotation:
    if not has_office_key(installation):
        raise UserError("key.missing")
    return rotate_key(key_folder(installation), nfc(old_passphrase), nfc(new_passphrase),
                      kdf=keys.DEFAULT_KDF)


def export_office_public_key(installation: Installation, target: Path) -> Path:
    if not has_office_key(installation):
        raise UserError("key.missing")
    return export_public_key(key_folder(installation), target)


def replace_forgotten_office_key(installation: Installation,
                                 new_passphrase: str) -> tuple[KeyInfo, KeyInfo]:
    """A new key without the old passphrase: the Department must confirm it by phone."""
    if not has_office_key(installation):
        raise UserError("key.missing")
    return replace_lost_key(key_folder(installation), nfc(new_passphrase), kdf=keys.DEFAULT_KDF)
