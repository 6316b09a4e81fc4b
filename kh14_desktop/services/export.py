"""Exporting the office's report: the signed `.kh14` package, its PDF, or a draft PDF.

The order matters: the passphrase is checked before anything is gathered or written, a
backup is taken, and the package (with its PDF copy) appears under its final name exactly
when the export is recorded with its sequence number (`export_commit`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.package import Manifest, MemberRole, PackageKind, Period
from kh14_desktop.domain.period import ReportPeriod
from kh14_desktop.domain.report import ReportData
from kh14_desktop.services.backup import BackupReason, backup_before
from kh14_desktop.services.export_commit import stage_export
from kh14_desktop.services.installation import Installation
from kh14_desktop.services.office_key import unlock_office_key
from kh14_desktop.services.package_writer import (
    PackageHeader,
    PackageMember,
    rotation_members,
    write_package,
)
from kh14_desktop.services.report_builder import GatheredReport, ReportOptions, gather_report
from kh14_desktop.services.report_pdf import report_document
from kh14_desktop.services.signing import clear_pending_rotation, pending_rotation
from kh14_desktop.store.database import utc_now
from kh14_desktop.store.exports import ExportRecord, next_sequence, record_export
from kh14_desktop.store.files import atomic_write

REPORT_JSON = "report.json"
REPORT_PDF = "report.pdf"
Progress = Callable[[int, str], None]  # percent, message code


@dataclass(frozen=True)
class ExportResult:
    path: Path
    pdf_path: Path | None
    sha256: str
    size: int
    sequence: int
    fingerprint: str
    manifest: Manifest
    report: ReportData


def package_path(target: Path) -> Path:
    return target if target.suffix.lower() == ".kh14" else target.with_name(
        target.name + ".kh14")


def _check_target(target: Path) -> None:
    folder = target.parent
    if not folder.is_dir():
        raise UserError("export.no_folder", folder=str(folder))


def _quiet(percent: int, code: str) -> None:
    return None


def export_report(installation: Installation, options: ReportOptions, target: Path,
                  passphrase: str, pdf_copy: Path | None = None,
                  progress: Progress = _quiet,
                  now: dt.datetime | None = None) -> ExportResult:
    """Gather, render, sign and write the report for `options.period`."""
    target = package_path(Path(target))
    _check_target(target)
    if pdf_copy is not None:
        _check_target(Path(pdf_copy))
    progress(5, "export.step.unlock")
    with unlock_office_key(installation, passphrase) as key:  # wrong passphrase: nothing done
        backup_before(installation, BackupReason.EXPORT)
        created = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
        progress(15, "export.step.gather")
        gathered = gather_report(installation, options, exported_at=created.isoformat())
        progress(40, "export.step.pdf")
        from kh14_desktop.services.pdf import render_pdf

        pdf = render_pdf(report_document(gathered.data))
        progress(70, "export.step.sign")
        members = _members(gathered, pdf)
        rotation = pending_rotation(installation.folder.keys)
        if rotation is not None:
            members += rotation_members(rotation)
        sequence = next_sequence(installation.store)
        # the files and the record appear together or not at all (see export_commit)
        staged = stage_export(installation.store, sequence, [target, pdf_copy])
        header = PackageHeader(
            kind=PackageKind.UNIT_REPORT, plan_id=gathered.data.plan_id,
            unit_id=gathered.data.unit_id,
            period=Period(options.period.start, options.period.end, options.period.label),
            sequence=sequence, created=created)
        written = write_package(staged.path_for(target), header, members, key)
    progress(90, "export.step.record")
    if pdf_copy is not None:
        atomic_write(staged.path_for(Path(pdf_copy)), pdf)
    staged.commit(lambda db: record_export(db, ExportRecord(
            sequence=sequence, period_key=options.period.key,
            period_start=options.period.start.isoformat(),
            period_end=options.period.end.isoformat(), created_at=created.isoformat(),
            file_name=target.name, sha256=written.sha256, size=written.size,
            fingerprint=written.manifest.signer.fingerprint,
            document_number=gathered.data.document.number,
            signer_name=gathered.data.document.signer_name)))
    if rotation is not None:
        clear_pending_rotation(installation.folder.keys)  # the province now has it
    progress(100, "export.step.done")
    return ExportResult(target, Path(pdf_copy) if pdf_copy else None, written.sha256,
                        written.size, sequence, written.manifest.signer.fingerprint,
                        written.manifest, gathered.data)


def _members(gathered: GatheredReport, pdf: bytes) -> list[PackageMember]:
    members = [
        PackageMember(REPORT_JSON, MemberRole.REPORT_DATA, gathered.data.to_json(),
                      media_type="application/json"),
        PackageMember(REPORT_PDF, MemberRole.REPORT_PDF, pdf, media_type="application/pdf"),
    ]
    members += [PackageMember(blob.member, MemberRole.EVIDENCE, blob.data,
                              original_name=blob.name) for blob in gathered.evidence]
    return members


def save_draft_pdf(installation: Installation, options: ReportOptions, target: Path) -> Path:
    """The report as a draft PDF (marked "DỰ THẢO"), for reading over before signing."""
    target = Path(target)
    _check_target(target)
    gathered = gather_report(installation, options, exported_at=utc_now())
    from kh14_desktop.services.pdf import render_pdf

    atomic_write(target, render_pdf(report_document(gathered.data, draft=True)))
    return target


# remembered choices: what the officer typed last time is offered again -------------------
_REMEMBERED = ("document_number", "signer_name", "signer_authority", "recipients", "place",
               "parent_body", "issuing_body", "general_difficulties", "general_proposals")


def remember_options(installation: Installation, options: ReportOptions) -> None:
    for name in _REMEMBERED:
        value = getattr(options, name)
        if value is None:
            continue
        text = "\n".join(value) if isinstance(value, tuple) else str(value)
        installation.store.set_setting(f"export.{name}", text)


def remembered_options(installation: Installation, period: ReportPeriod) -> ReportOptions:
    """Last export's choices for a new export of `period`; unset ones stay empty."""
    def text(name: str) -> str:
        return installation.store.setting(f"export.{name}")

    def lines(name: str) -> tuple[str, ...]:
        return tuple(line for line in text(name).splitlines() if line.strip())

    parent = installation.store.setting("export.parent_body", "\0")
    return ReportOptions(
        period=period, document_number=text("document_number"),
        signer_name=text("signer_name"), signer_authority=lines("signer_authority"),
        recipients=lines("recipients"), place=text("place"),
        parent_body=None if parent == "\0" else parent, issuing_body=text("issuing_body"),
        general_difficulties=text("general_difficulties"),
        general_proposals=text("general_proposals"))
