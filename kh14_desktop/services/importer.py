"""Importing report files: check everything first, then write in one transaction.

Each file goes through, in order: the package checks (size, ZIP structure, names, members,
manifest, hashes, signature — `package_reader`), the report data schema, key trust, the
plan, then the sequence rules. Only a file that passes everything is written; a file
signed by a key not trusted yet waits in quarantine; every attempt goes to the import log.

Who may vouch for whom (docs/report-format.md): a consolidated file is accepted only from
a key trusted as a consolidator; each report inside is still checked against its own
unit's trusted key, and only a unit with no key here is carried by the consolidator's
vouch, within the consolidator's scope. The outer signature proves who forwarded a report,
never who wrote it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.messages import render
from kh14_desktop.domain.package import (
    CONSOLIDATED_LIMITS,
    PACKAGE_SUFFIX,
    MemberRole,
    PackageKind,
)
from kh14_desktop.domain.received import ReceivedReport
from kh14_desktop.services import import_log, quarantine
from kh14_desktop.services.backup import BackupReason, backup_before
from kh14_desktop.services.installation import Installation
from kh14_desktop.services.key_trust import Trust, TrustDecision, decide_trust
from kh14_desktop.services.package_reader import VerifiedPackage
from kh14_desktop.services.verify import (
    InnerReportRejected,
    inner_reports,
    read_any_package,
    unit_report_data,
)
from kh14_desktop.store.attachments import AttachmentStore
from kh14_desktop.store.received import (
    TrustedKey,
    add_trusted_key,
    current_report,
    highest_sequence,
    insert_report,
    key_by_fingerprint,
    report_by_package,
    retire_key,
)

# A report's sequence may be at most this far above the highest one of its unit here: an
# office exports a few dozen reports a year, and a file claiming sequence 1,000,000,000
# would otherwise make every genuine report after it "older" for ever.
MAX_SEQUENCE_LEAP = 1000


class ImportOutcome(StrEnum):
    IMPORTED = "imported"
    REPLACED = "replaced"  # imported, and replaces an older report of the unit and period
    DUPLICATE = "duplicate"  # this exact file is already here
    OLDER = "older"  # a newer report of the unit and period is already here
    UNKNOWN_KEY = "unknown-key"  # waits in quarantine for the admin to trust the key
    KEY_MISMATCH = "key-mismatch"  # signed by another key than the unit's trusted one
    WRONG_PLAN = "wrong-plan"
    REJECTED = "rejected"  # tampered or damaged


WRITTEN = frozenset({ImportOutcome.IMPORTED, ImportOutcome.REPLACED})
ACCEPTABLE = WRITTEN | {ImportOutcome.DUPLICATE}


@dataclass(frozen=True)
class ImportResult:
    name: str
    file_sha256: str
    outcome: ImportOutcome
    code: str  # message code of the explanation
    params: dict[str, Any] = field(default_factory=dict)
    unit_id: str = ""
    sequence: int | None = None
    fingerprint: str = ""
    check: str = ""
    member: str = ""
    inner: tuple[ImportResult, ...] = ()
    reason: UserError | None = None  # the rejection, when there was one

    def message(self, lang: str = "vi") -> str:
        text = render(self.code, lang, **self.params)
        if self.reason is not None:
            text += " " + self.reason.message(lang)
        return text

    @property
    def written(self) -> bool:
        return self.outcome in WRITTEN or any(inner.written for inner in self.inner)


@dataclass
class _Write:
    """What one accepted report will write."""

    received: ReceivedReport
    data: bytes
    name: str
    via: str
    replaces: int | None
    trust: TrustDecision
    report_json: str  # as the office signed it
    vouched_by: str = ""  # the consolidator whose trust carried a unit with no key here


Progress = Callable[[int, int, str], None]  # done, total, file name
ShouldStop = Callable[[], bool]


def expand_paths(paths: Sequence[Path]) -> list[Path]:
    """Files as given, and every `.kh14` inside the folders given, in a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob(f"*{PACKAGE_SUFFIX}") if p.is_file()))
        else:
            found.append(path)
    return found


class Importer:
    def __init__(self, installation: Installation,
                 clock: Callable[[], dt.datetime] | None = None) -> None:
        self.installation = installation
        self.store = installation.store
        self.plan = installation.plan()
        self.files = AttachmentStore(installation.folder.attachments)
        self.quarantine = installation.folder.quarantine
        self.clock = clock or (lambda: dt.datetime.now(dt.UTC).replace(microsecond=0))
        self._in_batch = False  # a batch syncs its log lines once, at its end
        self._backed_up = False

    # entry points -------------------------------------------------------------------------
    def import_paths(self, paths: Sequence[Path], progress: Progress | None = None,
                     should_stop: ShouldStop | None = None) -> list[ImportResult]:
        files = expand_paths([Path(p) for p in paths])
        results = []
        self._in_batch = True
        try:
            for done, path in enumerate(files):
                if should_stop is not None and should_stop():
                    break  # between files: nothing is half done
                if progress is not None:
                    progress(done, len(files), path.name)
                results.append(self.import_file(path))
        finally:
            self._in_batch = False
            import_log.sync_log(self.installation.folder.root)
        if progress is not None:
            progress(len(results), len(files), "")
        return results

    def import_file(self, path: Path) -> ImportResult:
        try:
            size = path.stat().st_size
            if size > CONSOLIDATED_LIMITS.max_file_bytes:
                raise UserError("package.too_large_file", size=size,
                                limit=CONSOLIDATED_LIMITS.max_file_bytes)
            data = path.read_bytes()
        except OSError as exc:
            result = ImportResult(path.name, "", ImportOutcome.REJECTED, "import.unreadable",
                                  {"detail": exc.strerror or str(exc)}, check="file")
            self._log(result)
            return result
        except UserError as error:
            result = ImportResult(path.name, "", ImportOutcome.REJECTED, "import.rejected", {},
                                  check="size", reason=error)
            self._log(result)
            return result
        return self.import_bytes(data, path.name)

    def import_bytes(self, data: bytes, name: str) -> ImportResult:
        result = self._import(data, name)
        self._log(result)
        return result

    # the checks -----------------------------------------------------------------------------
    def _import(self, data: bytes, name: str) -> ImportResult:
        sha256 = hashlib.sha256(data).hexdigest()
        try:
            package = read_any_package(data)
        except UserError as error:
            return self._rejected(name, sha256, error)
        if package.manifest.kind is PackageKind.CONSOLIDATED:
            return self._import_consolidated(package, data, name)
        writes: list[_Write] = []
        result = self._evaluate(package, data, name, via="", writes=writes, voucher=None)
        if writes:
            self._write(writes)
        return result

    def _rejected(self, name: str, sha256: str, error: UserError, **extra: Any) -> ImportResult:
        check = getattr(error, "check", None)
        return ImportResult(name, sha256, ImportOutcome.REJECTED, "import.rejected", {},
                            check=str(getattr(check, "value", check or "report")),
                            member=getattr(error, "member", None) or "", reason=error, **extra)

    def _evaluate(self, package: VerifiedPackage, data: bytes, name: str, via: str,
                  writes: list[_Write], voucher: TrustedKey | None) -> ImportResult:
        """Decide what an office report would do; append to `writes` if it is to be written.

        `voucher`: the trusted consolidator whose file it came in. Its own key must still be
        its unit's trusted key; only a unit with no key here, within the consolidator's
        scope, is accepted on the consolidator's word (and recorded as such).
        """
        manifest = package.manifest
        sha256 = package.sha256
        common: dict[str, Any] = {"unit_id": manifest.unit_id, "sequence": manifest.sequence,
                                  "fingerprint": package.fingerprint}
        try:
            report = unit_report_data(package)
        except UserError as error:
            return self._rejected(name, sha256, error, **common)
        unit_name = (self.plan.unit(manifest.unit_id).name
                     if self.plan.has_unit(manifest.unit_id) else manifest.unit_id)
        params = {"unit": unit_name, "sequence": manifest.sequence,
                  "period": manifest.period.label, "fingerprint": package.fingerprint}
        trust = decide_trust(self.store, package, manifest.unit_id)
        vouched_by = ""
        if trust.trust is Trust.UNKNOWN:
            if voucher is None or not voucher.covers(manifest.unit_id):
                quarantine.hold(self.quarantine, sha256, data, name)
                return ImportResult(name, sha256, ImportOutcome.UNKNOWN_KEY,
                                    "import.unknown_key", params, **common)
            vouched_by = voucher.fingerprint
        if trust.trust in (Trust.MISMATCH, Trust.RETIRED):
            quarantine.hold(self.quarantine, sha256, data, name)
            code = ("import.key_retired" if trust.trust is Trust.RETIRED
                    else "import.key_mismatch")
            return ImportResult(name, sha256, ImportOutcome.KEY_MISMATCH, code,
                                {**params, "expected": trust.expected}, **common)
        if manifest.plan_id != self.plan.id or not self.plan.has_unit(manifest.unit_id):
            return ImportResult(name, sha256, ImportOutcome.WRONG_PLAN, "import.wrong_plan",
                                {**params, "plan": manifest.plan_id, "ours": self.plan.id},
                                **common)
        if report_by_package(self.store, sha256) is not None or any(
                write.received.package_sha256 == sha256 for write in writes):
            return ImportResult(name, sha256, ImportOutcome.DUPLICATE, "import.duplicate",
                                params, **common)
        current = current_report(self.store, manifest.unit_id, manifest.plan_id,
                                 manifest.period.start, manifest.period.end)
        pending = [w for w in writes if (w.received.unit_id, w.received.report.period_start,
                                         w.received.report.period_end) == (
            manifest.unit_id, manifest.period.start, manifest.period.end)]
        newest = max(([current.sequence] if current else [])
                     + [w.received.sequence for w in pending], default=0)
        highest = max([highest_sequence(self.store, manifest.unit_id)]
                      + [w.received.sequence for w in writes
                         if w.received.unit_id == manifest.unit_id])
        if manifest.sequence > highest + MAX_SEQUENCE_LEAP:
            return self._rejected(name, sha256, UserError(
                "import.sequence_leap", sequence=manifest.sequence, highest=highest,
                leap=MAX_SEQUENCE_LEAP), **common)
        # the unit's own key always wins over what was taken on a consolidator's word
        own_key_over_vouch = (not vouched_by and not pending and current is not None
                              and bool(current.vouched_by))
        if newest >= manifest.sequence and not own_key_over_vouch:
            return ImportResult(name, sha256, ImportOutcome.OLDER, "import.older",
                                {**params, "newest": newest}, **common)
        for stale in pending:  # a newer one in the same consolidated file wins
            writes.remove(stale)
        received = ReceivedReport(report, manifest.sequence, manifest.created, self.clock(),
                                  package.fingerprint, sha256)
        signed_json = package.members_with_role(MemberRole.REPORT_DATA)[0][1].decode("utf-8")
        writes.append(_Write(received, data, name, via, current.id if current else None,
                             trust, signed_json, vouched_by))
        outcome = ImportOutcome.REPLACED if current else ImportOutcome.IMPORTED
        code = "import.replaced" if current else "import.imported"
        if vouched_by:  # said in the import log, for the admin to see on whose word
            code = "import.vouched"
        return ImportResult(name, sha256, outcome, code,
                            {**params, "old": current.sequence if current else 0,
                             "voucher": vouched_by}, **common)

    def _import_consolidated(self, package: VerifiedPackage, data: bytes,
                             name: str) -> ImportResult:
        manifest = package.manifest
        sha256 = package.sha256
        common: dict[str, Any] = {"unit_id": manifest.unit_id, "sequence": manifest.sequence,
                                  "fingerprint": package.fingerprint}
        unit_name = (self.plan.unit(manifest.unit_id).name
                     if self.plan.has_unit(manifest.unit_id) else manifest.unit_id)
        params = {"unit": unit_name, "sequence": manifest.sequence,
                  "period": manifest.period.label, "fingerprint": package.fingerprint}
        signer = key_by_fingerprint(self.store, package.fingerprint)
        if signer is None:  # the admin may trust it as a consolidator, for a scope
            quarantine.hold(self.quarantine, sha256, data, name)
            return ImportResult(name, sha256, ImportOutcome.UNKNOWN_KEY,
                                "import.unknown_consolidator", params, **common)
        if not signer.is_consolidator or not signer.active:
            quarantine.hold(self.quarantine, sha256, data, name)
            code = ("import.consolidator_retired" if signer.is_consolidator
                    else "import.not_a_consolidator")
            holder = (self.plan.unit(signer.unit_id).name
                      if self.plan.has_unit(signer.unit_id) else signer.unit_id)
            return ImportResult(name, sha256, ImportOutcome.KEY_MISMATCH, code,
                                {**params, "holder": holder}, **common)
        if manifest.plan_id != self.plan.id:
            return ImportResult(name, sha256, ImportOutcome.WRONG_PLAN, "import.wrong_plan",
                                {**params, "plan": manifest.plan_id, "ours": self.plan.id},
                                **common)
        # every inner report must verify before anything is written
        try:
            inner = inner_reports(package)
        except InnerReportRejected as error:
            check = error.check
            return ImportResult(name, sha256, ImportOutcome.REJECTED, "import.rejected", {},
                                check=str(getattr(check, "value", check or "report")),
                                member=error.member, reason=error, **common)
        writes: list[_Write] = []
        inner_results = []
        for item in inner:
            inner_result = self._evaluate(item.package, item.data, f"{name} › {item.member}",
                                          via=sha256, writes=writes, voucher=signer)
            inner_results.append(inner_result)
        if writes:
            self._write(writes)
        written = sum(1 for r in inner_results if r.outcome in WRITTEN)
        outcome = ImportOutcome.IMPORTED if written else ImportOutcome.DUPLICATE
        return ImportResult(name, sha256, outcome, "import.consolidated",
                            {**params, "count": len(inner_results), "written": written},
                            inner=tuple(inner_results), **common)

    # the write --------------------------------------------------------------------------------
    def _write(self, writes: list[_Write]) -> None:
        if not self._backed_up:  # once per batch, before its first write: refusals need none
            backup_before(self.installation, BackupReason.IMPORT)
            self._backed_up = True
        for write in writes:  # content-addressed, so safe to do before the transaction
            self.files.put_bytes(write.data, write.received.package_sha256)
        rotations = [(w.received.unit_id, w.trust.rotation) for w in writes
                     if w.trust.rotation is not None]
        with self.store.transaction() as db:
            done: set[str] = set()
            for unit_id, rotation in rotations:
                new = rotation.new_key
                if new.fingerprint in done:
                    continue
                retire_key(db, rotation.old_key.fingerprint, new.fingerprint)
                add_trusted_key(db, new.fingerprint, unit_id, new.minisign_base64, "rotation")
                done.add(new.fingerprint)
            for write in writes:
                insert_report(db, write.received, write.name, write.via, write.report_json,
                              write.replaces, write.vouched_by)
        for write in writes:
            quarantine.release(self.quarantine, write.received.package_sha256)

    def _log(self, result: ImportResult) -> None:
        entries = [result, *result.inner]
        for entry in entries:
            import_log.append_entry(self.installation.folder.root, import_log.ImportLogEntry(
                at=self.clock().isoformat(), file_name=entry.name,
                file_sha256=entry.file_sha256, unit_id=entry.unit_id,
                outcome=entry.outcome.value, reason=entry.message("vi"),
                reason_en=entry.message("en"), check=entry.check, member=entry.member,
                sequence=entry.sequence, fingerprint=entry.fingerprint),
                sync=not self._in_batch)
