"""Checking report files without a database: structure, every member's hash, the signature.

`verify` does not decide whether to trust the signer's key (that is the admin's import); it
says whether the file is exactly what its key signed, and what it claims to be.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.package import (
    CONSOLIDATED_LIMITS,
    DEFAULT_LIMITS,
    Manifest,
    MemberRole,
    PackageKind,
)
from kh14_desktop.domain.report import ReportData, parse_report_data
from kh14_desktop.services.package_reader import VerifiedPackage, read_package


@dataclass(frozen=True)
class VerifyOutcome:
    path: Path
    genuine: bool
    manifest: Manifest | None = None
    fingerprint: str = ""
    report: ReportData | None = None
    error: UserError | None = None
    check: str = ""  # which check failed, for scripts


def read_any_package(source: Path | bytes) -> VerifiedPackage:
    """An office report under the office limits; a larger consolidated one under its own."""
    try:
        return read_package(source, DEFAULT_LIMITS)
    except UserError as error:
        if getattr(error, "check", None) != "size":
            raise
    package = read_package(source, CONSOLIDATED_LIMITS)
    if package.manifest.kind is not PackageKind.CONSOLIDATED:
        return read_package(source, DEFAULT_LIMITS)  # refuse it as an oversized office report
    return package


def open_verified(path: Path) -> tuple[VerifiedPackage, ReportData | None]:
    """The package, fully checked, and its report data when it is an office report."""
    package = read_any_package(path)
    report = None
    if package.manifest.kind is PackageKind.UNIT_REPORT:
        members = package.members_with_role(MemberRole.REPORT_DATA)
        if len(members) != 1:
            raise UserError("verify.report_data_count", count=len(members))
        report = parse_report_data(members[0][1])
        if (report.unit_id, report.plan_id) != (package.manifest.unit_id,
                                                package.manifest.plan_id):
            raise UserError("verify.report_mismatch")
    return package, report


def verify_file(path: Path) -> VerifyOutcome:
    try:
        package, report = open_verified(path)
    except UserError as error:
        check = getattr(error, "check", None)
        return VerifyOutcome(path, False, error=error,
                             check=str(getattr(check, "value", check or "report")))
    return VerifyOutcome(path, True, package.manifest, package.fingerprint, report)
