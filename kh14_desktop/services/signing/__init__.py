"""Office signing keys and minisign signatures (Ed25519), Qt-free and without a database.

keys.py       the key pair on disk, fingerprints, unlocking with the passphrase
signatures.py detached minisign signatures, as the stock `minisign` tool makes and checks them
rotation.py   replacing a key through a statement signed by the old one
"""

from kh14_desktop.services.signing.keys import (
    DEFAULT_KDF,
    FAST_KDF_FOR_TESTS,
    MIN_PASSPHRASE_LENGTH,
    KdfCost,
    KeyInfo,
    PublicKey,
    SigningKey,
    create_key,
    export_public_key,
    fingerprint_of,
    has_key,
    load_key_info,
    normalise_fingerprint,
    retired_keys,
    unlock_key,
)
from kh14_desktop.services.signing.rotation import (
    KeyRotation,
    RotationRejected,
    VerifiedRotation,
    clear_pending_rotation,
    pending_rotation,
    replace_lost_key,
    rotate_key,
    verify_rotation,
)
from kh14_desktop.services.signing.signatures import (
    SignatureError,
    VerifiedSignature,
    sign,
    signature_key_id,
    verify,
)

__all__ = [
    "DEFAULT_KDF",
    "FAST_KDF_FOR_TESTS",
    "MIN_PASSPHRASE_LENGTH",
    "KdfCost",
    "KeyInfo",
    "KeyRotation",
    "PublicKey",
    "RotationRejected",
    "SignatureError",
    "SigningKey",
    "VerifiedRotation",
    "VerifiedSignature",
    "clear_pending_rotation",
    "create_key",
    "export_public_key",
    "fingerprint_of",
    "has_key",
    "load_key_info",
    "normalise_fingerprint",
    "pending_rotation",
    "replace_lost_key",
    "retired_keys",
    "rotate_key",
    "sign",
    "signature_key_id",
    "unlock_key",
    "verify",
    "verify_rotation",
]
