"""The consolidated `.kh14`: the offices' original signed reports, signed again by the admin.

Another admin installation (the next level up) imports it like any report file: it checks
the admin's signature, then every office report inside against its own signature.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.package import (
    CONSOLIDATED_LIMITS,
    Manifest,
    MemberRole,
    PackageKind,
    Period,
)
from kh14_desktop.domain.period import ReportPeriod
from kh14_desktop.services.backup import BackupReason, backup_before
from kh14_desktop.services.export import package_path
from kh14_desktop.services.export_commit import stage_export
from kh14_desktop.services.installation import Installation
from kh14_desktop.services.office_key import unlock_office_key
from kh14_desktop.services.package_writer import PackageHeader, PackageMember, write_package
from kh14_desktop.store.attachments import AttachmentStore
from kh14_desktop.store.exports import ExportRecord, next_sequence, record_export
from kh14_desktop.store.received import current_reports


@dataclass(frozen=True)
class ConsolidatedPackage:
    path: Path
    sha256: str
    sequence: int
    fingerprint: str
    manifest: Manifest
    report_count: int


def write_consolidated_package(installation: Installation, period: ReportPeriod, target: Path,
                               passphrase: str, pdf: bytes | None = None,
                               now: dt.datetime | None = None) -> ConsolidatedPackage:
    plan = installation.plan()
    latest = current_reports(installation.store, plan.id, period.start, period.end)
    if not latest:
        raise UserError("consolidate.nothing", period=period.label)
    target = package_path(Path(target))
    if not target.parent.is_dir():
        raise UserError("export.no_folder", folder=str(target.parent))
    files = AttachmentStore(installation.folder.attachments)
    with unlock_office_key(installation, passphrase) as key:
        backup_before(installation, BackupReason.EXPORT)
        members = [
            PackageMember(f"inner/{index:04d}.kh14", MemberRole.INNER_REPORT,
                          files.read(received.package_sha256), original_name=f"{unit_id}.kh14",
                          media_type="application/vnd.kh14+zip")
            for index, (unit_id, received) in enumerate(sorted(latest.items()), start=1)
        ]
        if pdf is not None:
            members.append(PackageMember("report.pdf", MemberRole.REPORT_PDF, pdf,
                                         media_type="application/pdf"))
        created = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
        sequence = next_sequence(installation.store)
        staged = stage_export(installation.store, sequence, [target])
        header = PackageHeader(kind=PackageKind.CONSOLIDATED, plan_id=plan.id,
                               unit_id=installation.unit().id,
                               period=Period(period.start, period.end, period.label),
                               sequence=sequence, created=created)
        written = write_package(staged.path_for(target), header, members, key,
                                CONSOLIDATED_LIMITS)
    staged.commit(lambda db: record_export(db, ExportRecord(
            sequence=sequence, period_key=period.key, period_start=period.start.isoformat(),
            period_end=period.end.isoformat(), created_at=created.isoformat(),
            file_name=target.name, sha256=written.sha256, size=written.size,
            fingerprint=written.manifest.signer.fingerprint, document_number="",
            signer_name="")))
    return ConsolidatedPackage(target, written.sha256, sequence,
                               written.manifest.signer.fingerprint, written.manifest,
                               len(latest))
