"""The admin's consolidated outputs for the followed period: PDF, Excel, or signed `.kh14`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.period import ReportPeriod
from kh14_desktop.services.admin_actions import followed_period
from kh14_desktop.services.consolidation import Consolidation, consolidate
from kh14_desktop.services.installation import Installation
from kh14_desktop.store.files import atomic_write
from kh14_desktop.store.received import current_reports

SUFFIXES = (".pdf", ".xlsx", ".kh14")


@dataclass(frozen=True)
class ConsolidatedOutput:
    path: Path
    reported: int
    consolidation: Consolidation
    fingerprint: str = ""


def current_consolidation(installation: Installation, period: ReportPeriod | None = None,
                          today: dt.date | None = None) -> Consolidation:
    plan = installation.plan()
    period = period or followed_period(installation)
    latest = current_reports(installation.store, plan.id, period.start, period.end)
    return consolidate(plan, latest, period.label, today or dt.date.today())


def _pdf(c: Consolidation, signer_name: str, number: str | None) -> bytes:
    from kh14_desktop.services.consolidated_pdf import consolidated_document
    from kh14_desktop.services.pdf import render_pdf

    return render_pdf(consolidated_document(c, signer_name=signer_name, number=number))


def write_consolidated(installation: Installation, target: Path, passphrase: str = "",
                       signer_name: str = "", number: str | None = None,
                       period: ReportPeriod | None = None) -> ConsolidatedOutput:
    """Write the kind of output the file name asks for."""
    target = Path(target)
    suffix = target.suffix.lower()
    if suffix not in SUFFIXES:
        raise UserError("consolidate.bad_suffix", suffix=target.suffix)
    if not target.parent.is_dir():
        raise UserError("export.no_folder", folder=str(target.parent))
    period = period or followed_period(installation)
    c = current_consolidation(installation, period)
    reported = len(c.reports)
    if not reported:
        raise UserError("consolidate.nothing", period=period.label)
    if suffix == ".pdf":
        atomic_write(target, _pdf(c, signer_name, number))
        return ConsolidatedOutput(target, reported, c)
    if suffix == ".xlsx":
        from kh14_desktop.services.consolidated_xlsx import write_workbook

        write_workbook(c, target)
        return ConsolidatedOutput(target, reported, c)
    from kh14_desktop.services.consolidated_package import write_consolidated_package

    package = write_consolidated_package(installation, period, target, passphrase,
                                         pdf=_pdf(c, signer_name, number))
    return ConsolidatedOutput(package.path, package.report_count, c, package.fingerprint)
