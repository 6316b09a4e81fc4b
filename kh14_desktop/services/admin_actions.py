"""What an admin does besides importing: trust a key, load a key list, follow the status."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.package import PackageKind
from kh14_desktop.domain.period import ReportPeriod, annual_period
from kh14_desktop.domain.received import UnitReportStatus, reporting_status
from kh14_desktop.services import quarantine
from kh14_desktop.services.importer import Importer, ImportOutcome, ImportResult
from kh14_desktop.services.installation import Installation
from kh14_desktop.services.key_trust import read_key_list, trust_consolidator, trust_key
from kh14_desktop.services.lookup import find_unit
from kh14_desktop.services.signing import PublicKey, normalise_fingerprint
from kh14_desktop.services.verify import inner_reports, read_any_package
from kh14_desktop.store.received import current_reports

STILL_WAITING = frozenset({ImportOutcome.UNKNOWN_KEY, ImportOutcome.KEY_MISMATCH})


@dataclass(frozen=True)
class TrustOutcome:
    fingerprint: str
    unit_id: str
    newly_trusted: bool
    imported: list[ImportResult]
    scope: tuple[str, ...] = ()  # a consolidator's units; ("*",) for every unit


def waiting_files(installation: Installation) -> list[quarantine.WaitingFile]:
    return quarantine.waiting(installation.folder.quarantine)


def _import_waiting(installation: Installation, fingerprints: set[str]) -> list[ImportResult]:
    importer = Importer(installation)
    results = []
    for item in waiting_files(installation):
        if item.fingerprint not in fingerprints:
            continue
        result = importer.import_bytes(item.path.read_bytes(), item.received_name)
        if result.outcome not in STILL_WAITING:
            quarantine.release(installation.folder.quarantine, item.sha256)
        results.append(result)
    return results


def trust_fingerprint(installation: Installation, text: str,
                      unit_query: str | None = None, replace: bool = False,
                      consolidator: bool = False,
                      scope: Sequence[str] | None = None) -> TrustOutcome:
    """Trust the key with this fingerprint (as read out by the office) and import what waits.

    The key itself comes from the files waiting in quarantine: a fingerprint alone cannot be
    trusted before any file signed with it has arrived (load a key list for that).
    `replace` retires the unit's trusted key in favour of this one: only after the office
    confirmed by phone that it lost the old one. `consolidator` trusts the signer of a
    waiting consolidated file as a consolidator (the admin of the level below), vouching for
    the units of `scope` ("all": every unit; by default those of the reports inside).
    """
    fingerprint = normalise_fingerprint(text)
    plan = installation.plan()
    waiting = [item for item in waiting_files(installation) if item.fingerprint == fingerprint]
    if not waiting:
        raise UserError("trust.nothing_waiting", fingerprint=fingerprint)
    units = sorted({item.manifest.unit_id for item in waiting})
    if unit_query:
        unit_id = find_unit(plan, unit_query).id
        if unit_id not in units:
            raise UserError("trust.unit_differs", unit=unit_id, units=", ".join(units))
    elif len(units) == 1:
        unit_id = units[0]
    else:
        raise UserError("trust.several_units", fingerprint=fingerprint, units=", ".join(units))
    if not plan.has_unit(unit_id) and unit_id != plan.report.recipient:
        raise UserError("trust.unit_not_in_plan", unit=unit_id)
    key = PublicKey.from_minisign_base64(next(
        item.public_key for item in waiting if item.manifest.unit_id == unit_id))
    if consolidator:
        return _trust_consolidator(installation, fingerprint, unit_id, key, waiting, scope)
    newly = trust_key(installation.store, unit_id, key, "confirmed", replace=replace)
    return TrustOutcome(fingerprint, unit_id, newly, _import_waiting(installation,
                                                                     {fingerprint}))


def _trust_consolidator(installation: Installation, fingerprint: str, unit_id: str,
                        key: PublicKey, waiting: list[quarantine.WaitingFile],
                        scope: Sequence[str] | None) -> TrustOutcome:
    if not all(item.manifest.kind is PackageKind.CONSOLIDATED for item in waiting):
        raise UserError("trust.not_consolidated", fingerprint=fingerprint)
    plan = installation.plan()
    if scope is None:  # the units of the reports it brought
        units = sorted({inner.package.manifest.unit_id for item in waiting
                        for inner in inner_reports(read_any_package(item.path))})
    elif any(name.casefold() in ("all", "*") for name in scope):
        units = ["*"]
    else:
        units = sorted({find_unit(plan, name).id for name in scope})
    trust_consolidator(installation.store, plan, unit_id, key, units)
    return TrustOutcome(fingerprint, unit_id, True, _import_waiting(installation, {fingerprint}),
                        tuple(units))


def load_key_list(installation: Installation, path: Path) -> tuple[int, list[ImportResult]]:
    """Trust every key of a pre-shared list; returns how many were new, and what got imported."""
    listed = read_key_list(installation.plan(), path)
    added = sum(trust_key(installation.store, item.unit_id, item.key, "key-list")
                for item in listed)
    return added, _import_waiting(installation, {item.key.fingerprint for item in listed})


def followed_period(installation: Installation) -> ReportPeriod:
    """The period the admin follows: the plan's annual report."""
    return annual_period(installation.plan())


def unit_statuses(installation: Installation,
                  period: ReportPeriod | None = None) -> list[UnitReportStatus]:
    plan = installation.plan()
    period = period or followed_period(installation)
    latest = current_reports(installation.store, plan.id, period.start, period.end)
    return reporting_status(plan, latest)
