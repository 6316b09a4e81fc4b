"""Which keys the admin trusts for which unit, and how a key becomes trusted.

A unit's first key is trusted only when the admin confirms its fingerprint (read out by the
office over the phone) or loads it from a pre-shared list. Afterwards a different key for
that unit is refused, unless the package carries a rotation statement signed by the trusted
key that hands over to the new one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.package import MemberRole
from kh14_desktop.domain.plan import Plan
from kh14_desktop.services.package_reader import VerifiedPackage
from kh14_desktop.services.signing import (
    PublicKey,
    RotationRejected,
    VerifiedRotation,
    normalise_fingerprint,
    verify_rotation,
)
from kh14_desktop.store.database import Store
from kh14_desktop.store.received import (
    ROLE_CONSOLIDATOR,
    TrustedKey,
    add_trusted_key,
    key_by_fingerprint,
    retire_key,
    set_key_role,
    trusted_keys,
)

MAX_KEY_LIST_BYTES = 1024 * 1024


class Trust(StrEnum):
    TRUSTED = "trusted"
    UNKNOWN = "unknown"  # the unit has no trusted key yet: wait for the admin
    MISMATCH = "mismatch"  # the unit has another trusted key: refuse loudly
    RETIRED = "retired"  # signed by a key the unit replaced


@dataclass(frozen=True)
class TrustDecision:
    trust: Trust
    rotation: VerifiedRotation | None = None  # to record when the import is written
    expected: str = ""  # the fingerprint the admin trusts for the unit, on a mismatch


def decide_trust(store: Store, package: VerifiedPackage, unit_id: str) -> TrustDecision:
    fingerprint = package.fingerprint
    known = key_by_fingerprint(store, fingerprint)
    if known is not None:
        if known.unit_id != unit_id:
            return TrustDecision(Trust.MISMATCH, expected=_active_fingerprint(store, unit_id))
        if not known.active:
            return TrustDecision(Trust.RETIRED, expected=_active_fingerprint(store, unit_id))
        return TrustDecision(Trust.TRUSTED)
    active = _active_fingerprint(store, unit_id)
    if not active:
        return TrustDecision(Trust.UNKNOWN)
    rotation = _rotation(package)
    if (rotation is not None and rotation.old_key.fingerprint == active
            and rotation.new_key.fingerprint == fingerprint):
        return TrustDecision(Trust.TRUSTED, rotation=rotation)
    return TrustDecision(Trust.MISMATCH, expected=active)


def _active_fingerprint(store: Store, unit_id: str) -> str:
    for key in trusted_keys(store, unit_id):
        if key.active:
            return key.fingerprint
    return ""


def _rotation(package: VerifiedPackage) -> VerifiedRotation | None:
    statements = package.members_with_role(MemberRole.ROTATION)
    signatures = package.members_with_role(MemberRole.ROTATION_SIGNATURE)
    if len(statements) != 1 or len(signatures) != 1:
        return None
    try:
        return verify_rotation(statements[0][1], signatures[0][1])
    except RotationRejected:
        return None


# loading a pre-shared key list -----------------------------------------------------------
@dataclass(frozen=True)
class ListedKey:
    unit_id: str
    key: PublicKey


def read_key_list(plan: Plan, path: Path) -> list[ListedKey]:
    """A text file: one `unit-id RW…(minisign public key)` per line; `#` starts a comment."""
    try:
        if path.stat().st_size > MAX_KEY_LIST_BYTES:
            raise UserError("trust.key_list_too_large", file=path.name)
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError("trust.key_list_unreadable", file=path.name, detail=str(exc)) from exc
    listed = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        if len(parts) != 2 or not plan.has_unit(parts[0]):
            raise UserError("trust.key_list_bad_line", file=path.name, line=number)
        try:
            key = PublicKey.from_minisign_base64(parts[1])
        except (UserError, ValueError) as exc:
            raise UserError("trust.key_list_bad_line", file=path.name, line=number) from exc
        listed.append(ListedKey(parts[0], key))
    return listed


def trust_key(store: Store, unit_id: str, key: PublicKey, source: str,
              replace: bool = False) -> bool:
    """Trust `key` for `unit_id`; False if it already was.

    A unit's second key is refused unless `replace`: the admin confirmed by phone that the
    office lost its old key (a forgotten passphrase leaves no signed hand-over).
    """
    known = key_by_fingerprint(store, key.fingerprint)
    if known is not None:
        if known.unit_id != unit_id:
            raise UserError("trust.key_of_other_unit", fingerprint=key.fingerprint,
                            unit=known.unit_id)
        if known.active:
            return False
        raise UserError("trust.key_retired", fingerprint=key.fingerprint, unit=unit_id)
    active = _active_fingerprint(store, unit_id)
    if active and not replace:
        raise UserError("trust.unit_has_key", unit=unit_id, fingerprint=active)
    with store.transaction() as db:
        if active:
            retire_key(db, active, key.fingerprint)
        add_trusted_key(db, key.fingerprint, unit_id, key.minisign_base64, source)
    return True


def trust_consolidator(store: Store, plan: Plan, unit_id: str, key: PublicKey,
                       scope: Sequence[str], source: str = "confirmed") -> None:
    """Trust `key`, the key of `unit_id`'s admin (the level below), as a consolidator: its
    consolidated files are accepted, and its vouch carries the units of `scope` ("*": every
    unit) that have no key here. A key already trusted as `unit_id`'s own becomes one (an
    installation from before version 6 knew no other kind).

    Only the admin of the plan's recipient unit consolidates its reports: an office's key,
    even a trusted one, never becomes a consolidator (that was the forgery of issue 11).
    """
    if unit_id != plan.report.recipient:
        raise UserError("trust.consolidator_not_recipient", unit=plan.unit_name(unit_id),
                        recipient=plan.unit_name(plan.report.recipient))
    scope_text = " ".join(sorted(set(scope)))
    if not scope_text:
        raise UserError("trust.empty_scope")
    known = key_by_fingerprint(store, key.fingerprint)
    if known is not None:
        if known.unit_id != unit_id:
            raise UserError("trust.key_of_other_unit", fingerprint=key.fingerprint,
                            unit=known.unit_id)
        if not known.active:
            raise UserError("trust.key_retired", fingerprint=key.fingerprint, unit=unit_id)
        with store.transaction() as db:
            set_key_role(db, key.fingerprint, ROLE_CONSOLIDATOR, scope_text)
        return
    with store.transaction() as db:
        add_trusted_key(db, key.fingerprint, unit_id, key.minisign_base64, source,
                        role=ROLE_CONSOLIDATOR, scope=scope_text)



def untrust_key(store: Store, fingerprint: str, reason: str) -> TrustedKey:
    """Set a trusted key aside (no successor): nothing signed or vouched for by it is accepted
    any more, and the reports it brought are set aside too (`services.revocation`)."""
    known = key_by_fingerprint(store, fingerprint)
    if known is None:
        raise UserError("trust.unknown_fingerprint", fingerprint=fingerprint)
    if not known.active:
        raise UserError("trust.key_retired", fingerprint=fingerprint, unit=known.unit_id)
    with store.transaction() as db:
        retire_key(db, fingerprint, None, reason)
    return known


def parse_fingerprint(text: str) -> str:
    return normalise_fingerprint(text)
