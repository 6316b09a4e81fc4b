"""Setting aside what was accepted wrongly: a received report, or a trusted key.

A report set aside (revoked) stays in the database with the admin's reason, but no status,
consolidated PDF, workbook or package counts it any more, and the unit's next genuine report
takes its place whatever its sequence. A key set aside accepts nothing more, and the reports
it signed or vouched for are set aside with the same reason. Both go to the import log.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.messages import render
from kh14_desktop.domain.period import ReportPeriod
from kh14_desktop.domain.received import MAX_SET_ASIDE_REASON
from kh14_desktop.services import import_log
from kh14_desktop.services.installation import Installation
from kh14_desktop.services.key_trust import untrust_key
from kh14_desktop.services.lookup import find_unit
from kh14_desktop.services.signing import normalise_fingerprint
from kh14_desktop.store.received import (
    StoredReport,
    counted_reports_by_key,
    current_report,
    report_by_package,
    reports_to_review,
    revoke_report,
)


@dataclass(frozen=True)
class Revoked:
    reports: tuple[StoredReport, ...]
    unit_id: str = ""
    fingerprint: str = ""


def _reason(text: str) -> str:
    reason = " ".join(text.split())[:MAX_SET_ASIDE_REASON]
    if not reason:
        raise UserError("revoke.no_reason")
    return reason


def revoke_unit_report(installation: Installation, unit_query: str, reason: str,
                       period: ReportPeriod,
                       clock: Callable[[], dt.datetime] | None = None) -> Revoked:
    """Set aside the unit's current report for `period`."""
    reason = _reason(reason)
    plan = installation.plan()
    unit = find_unit(plan, unit_query)
    report = current_report(installation.store, unit.id, plan.id, period.start, period.end)
    if report is None:
        raise UserError("revoke.nothing", unit=unit.name, period=period.label)
    with installation.store.transaction() as db:
        revoke_report(db, report.id, reason)
    _log(installation, report, "revoke.report_done", reason, unit.name, clock)
    return Revoked((report,), unit_id=unit.id)


def revoke_key(installation: Installation, fingerprint_text: str, reason: str,
               clock: Callable[[], dt.datetime] | None = None) -> Revoked:
    """Set aside a trusted key, and every counted report it signed or vouched for."""
    reason = _reason(reason)
    fingerprint = normalise_fingerprint(fingerprint_text)
    key = untrust_key(installation.store, fingerprint, reason)
    reports = tuple(counted_reports_by_key(installation.store, fingerprint))
    with installation.store.transaction() as db:
        for report in reports:
            revoke_report(db, report.id, reason)
    plan = installation.plan()
    for report in reports:
        name = plan.unit_name(report.unit_id)
        _log(installation, report, "revoke.report_done", reason, name, clock)
    import_log.append_entry(installation.folder.root, import_log.ImportLogEntry(
        at=_now(clock), file_name="", file_sha256="", unit_id=key.unit_id, outcome="revoked",
        reason=render("revoke.key_done", "vi", fingerprint=fingerprint, reason=reason,
                      count=len(reports)),
        reason_en=render("revoke.key_done", "en", fingerprint=fingerprint, reason=reason,
                         count=len(reports)), fingerprint=fingerprint))
    return Revoked(reports, unit_id=key.unit_id, fingerprint=fingerprint)


def revoke_key_of_report(installation: Installation, package_sha256: str, reason: str,
                         clock: Callable[[], dt.datetime] | None = None) -> Revoked:
    """Set aside the key a report rests on: the consolidator that vouched for it, or else
    the key that signed it; and with it everything that key brought."""
    report = report_by_package(installation.store, package_sha256)
    if report is None:
        raise UserError("trust.unknown_fingerprint", fingerprint=package_sha256[:16])
    return revoke_key(installation, report.vouched_by or report.fingerprint, reason, clock)


def review_notes(installation: Installation, period: ReportPeriod,
                 lang: str) -> list[tuple[str, str]]:
    """(unit id, why to look again) for the period's counted reports that rest on a
    consolidator's word alone or were marked for review by schema version 6."""
    plan = installation.plan()
    notes = []
    for report in reports_to_review(installation.store, plan.id, period.start, period.end):
        name = plan.unit_name(report.unit_id)
        code = "status.vouched" if report.vouched_by else "status.review_before_v6"
        notes.append((report.unit_id, render(code, lang, unit=name,
                                             voucher=report.vouched_by)))
    return notes


def _now(clock: Callable[[], dt.datetime] | None) -> str:
    return (clock or (lambda: dt.datetime.now(dt.UTC).replace(microsecond=0)))().isoformat()


def _log(installation: Installation, report: StoredReport, code: str, reason: str,
         unit_name: str, clock: Callable[[], dt.datetime] | None) -> None:
    params = {"unit": unit_name, "sequence": report.sequence, "period": report.period_label,
              "reason": reason}
    import_log.append_entry(installation.folder.root, import_log.ImportLogEntry(
        at=_now(clock), file_name=report.file_name, file_sha256=report.package_sha256,
        unit_id=report.unit_id, outcome="revoked", reason=render(code, "vi", **params),
        reason_en=render(code, "en", **params), sequence=report.sequence,
        fingerprint=report.fingerprint))
