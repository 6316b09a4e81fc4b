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


def unit_report_data(package: VerifiedPackage) -> ReportData:
    """An office report's data, checked against what its signed manifest says."""
    members = package.members_with_role(MemberRole.REPORT_DATA)
    if len(members) != 1:
        raise UserError("verify.report_data_count", count=len(members))
    report = parse_report_data(members[0][1])
    manifest = package.manifest
    if (report.unit_id, report.plan_id, report.period_start, report.period_end) != (
            manifest.unit_id, manifest.plan_id, manifest.period.start, manifest.period.end):
        raise UserError("verify.report_mismatch")
    return report


class InnerReportRejected(UserError):
    """An office report inside a consolidated file that is not genuine."""

    def __init__(self, member: str, reason: UserError) -> None:
        super().__init__("verify.inner_bad", member=member)
        self.member = member
        self.reason = reason
        self.check = getattr(reason, "check", None)

    def message(self, lang: str = "vi") -> str:
        return f"{super().message(lang)} {self.reason.message(lang)}"


@dataclass(frozen=True)
class InnerReport:
    member: str
    data: bytes
    package: VerifiedPackage
    report: ReportData


def inner_reports(package: VerifiedPackage) -> list[InnerReport]:
    """Every office report a consolidated file carries, each checked like a file of its own."""
    found = []
    for member, data in package.members_with_role(MemberRole.INNER_REPORT):
        try:
            inner = read_any_package(data)
            if inner.manifest.kind is not PackageKind.UNIT_REPORT:
                raise UserError("import.nested_consolidated")
            found.append(InnerReport(member, data, inner, unit_report_data(inner)))
        except InnerReportRejected:
            raise
        except UserError as error:
            raise InnerReportRejected(member, error) from error
    return found


def open_verified(path: Path) -> tuple[VerifiedPackage, ReportData | None]:
    """The package, fully checked (a consolidated one with every report inside), and its
    report data when it is an office report."""
    package = read_any_package(path)
    if package.manifest.kind is PackageKind.CONSOLIDATED:
        inner_reports(package)
        return package, None
    return package, unit_report_data(package)


def verify_file(path: Path) -> VerifyOutcome:
    try:
        package, report = open_verified(path)
    except UserError as error:
        check = getattr(error, "check", None)
        return VerifyOutcome(path, False, error=error,
                             check=str(getattr(check, "value", check or "report")))
    return VerifyOutcome(path, True, package.manifest, package.fingerprint, report)
