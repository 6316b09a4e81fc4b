"""Detached minisign signatures: the format the stock `minisign -V` checks.

We only make and accept prehashed signatures (algorithm "ED": Ed25519 over BLAKE2b-512 of the
data), which is what the stock tool makes by default and what `minisign -V -H` insists on.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

import minisign

from kh14_desktop.domain.errors import UserError
from kh14_desktop.services.signing.keys import PublicKey, SigningKey

_PREHASHED = b"ED"
_LEGACY = b"Ed"
_UNTRUSTED_PREFIX = "untrusted comment: "
_TRUSTED_PREFIX = "trusted comment: "
MAX_SIGNATURE_FILE_BYTES = 16 * 1024  # minisign caps the trusted comment at 8 KiB


class SignatureError(UserError):
    """A signature that is malformed, from another key, or does not match the data."""


@dataclass(frozen=True)
class VerifiedSignature:
    trusted_comment: str
    key_id: str  # as the stock tool prints it


def sign(signing_key: SigningKey, data: bytes, trusted_comment: str) -> bytes:
    """A minisign signature file over `data`; the trusted comment must be printable ASCII."""
    if not trusted_comment.isascii() or not trusted_comment.isprintable():
        raise ValueError("a trusted comment is one line of printable ASCII")
    untrusted = f"signature from KH14 key {signing_key.info.fingerprint}"
    return signing_key.sign_bytes(data, trusted_comment, untrusted)


def _parse(signature_file: bytes) -> tuple[bytes, minisign.Signature, str]:
    """Key id, the parsed signature, and its trusted comment; strict about the layout."""
    if len(signature_file) > MAX_SIGNATURE_FILE_BYTES:
        raise SignatureError("signature.malformed")
    try:
        text = signature_file.decode("utf-8")
    except UnicodeDecodeError:
        raise SignatureError("signature.malformed") from None
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if (len(lines) != 4 or not lines[0].startswith(_UNTRUSTED_PREFIX)
            or not lines[2].startswith(_TRUSTED_PREFIX)
            or any("\r" in line for line in lines)):
        raise SignatureError("signature.malformed")
    try:
        head = base64.b64decode(lines[1], validate=True)
        parsed = minisign.Signature.from_bytes(signature_file)
    except (binascii.Error, ValueError):  # minisign.ParseError is a ValueError
        raise SignatureError("signature.malformed") from None
    if head[:2] == _LEGACY:
        raise SignatureError("signature.not_prehashed")
    if head[:2] != _PREHASHED or len(head) != 74:
        raise SignatureError("signature.malformed")
    return head[2:10], parsed, parsed.trusted_comment


def signature_key_id(signature_file: bytes) -> str:
    """The key id a signature names (as the stock tool prints it), without verifying it."""
    key_id, _, _ = _parse(signature_file)
    return key_id[::-1].hex().upper()


def verify(public_key: PublicKey, data: bytes, signature_file: bytes) -> VerifiedSignature:
    """Check a minisign signature file over `data`; raises `SignatureError` on any failure."""
    key_id, parsed, trusted_comment = _parse(signature_file)
    if key_id != public_key.key_id:
        raise SignatureError("signature.wrong_key", expected=public_key.key_id_hex,
                             found=key_id[::-1].hex().upper())
    checker = minisign.PublicKey.from_base64(public_key.minisign_base64)
    try:
        checker.verify(data, parsed)
    except minisign.Error:
        raise SignatureError("signature.invalid") from None
    return VerifiedSignature(trusted_comment=trusted_comment, key_id=public_key.key_id_hex)
