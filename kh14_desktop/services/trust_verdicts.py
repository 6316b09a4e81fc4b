"""What this admin's trust says of a genuine file: who signed it, what that key is trusted
for here, and, for a consolidated file, each report inside against its own unit's key.

`kh14 verify` shows it beside the signature check; the importer applies the same rules
(docs/report-format.md, "Who may vouch for whom"), so what verify says is what import does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kh14_desktop.domain.messages import render
from kh14_desktop.domain.package import PackageKind
from kh14_desktop.domain.plan import Plan
from kh14_desktop.services.key_trust import Trust, decide_trust
from kh14_desktop.services.package_reader import VerifiedPackage
from kh14_desktop.services.verify import inner_reports
from kh14_desktop.store.database import Store
from kh14_desktop.store.received import TrustedKey, key_by_fingerprint


@dataclass(frozen=True)
class TrustVerdict:
    member: str  # "" for the file itself, "inner/0001.kh14" for a report inside
    unit_id: str
    fingerprint: str
    verdict: str  # "trusted", "consolidator", "vouched", "unknown", "refused"
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, lang: str) -> str:
        return render(self.code, lang, **self.params)


def trust_verdicts(store: Store, plan: Plan, package: VerifiedPackage) -> list[TrustVerdict]:
    manifest = package.manifest
    if manifest.kind is not PackageKind.CONSOLIDATED:
        return [_unit_verdict(store, plan, package, "", None)]
    signer = key_by_fingerprint(store, package.fingerprint)
    params = {"unit": plan.unit_name(manifest.unit_id), "fingerprint": package.fingerprint}
    voucher: TrustedKey | None = None
    if signer is not None and signer.is_consolidator and signer.active:
        voucher = signer
        scope = ", ".join(plan.unit_name(unit) for unit in signer.scope.split())
        outer = TrustVerdict("", manifest.unit_id, package.fingerprint, "consolidator",
                             "verify.trust_consolidator", {**params, "scope": scope})
    elif signer is None:
        outer = TrustVerdict("", manifest.unit_id, package.fingerprint, "unknown",
                             "verify.trust_unknown_consolidator", params)
    else:
        outer = TrustVerdict("", manifest.unit_id, package.fingerprint, "refused",
                             "verify.trust_not_consolidator",
                             {**params, "holder": plan.unit_name(signer.unit_id)})
    return [outer, *(_unit_verdict(store, plan, item.package, item.member, voucher)
                     for item in inner_reports(package))]


def _unit_verdict(store: Store, plan: Plan, package: VerifiedPackage, member: str,
                  voucher: TrustedKey | None) -> TrustVerdict:
    unit_id = package.manifest.unit_id
    params = {"unit": plan.unit_name(unit_id), "fingerprint": package.fingerprint}
    decision = decide_trust(store, package, unit_id)
    if decision.trust is Trust.TRUSTED:
        return TrustVerdict(member, unit_id, package.fingerprint, "trusted",
                            "verify.trust_unit", params)
    if decision.trust is Trust.UNKNOWN:
        if voucher is not None and voucher.covers(unit_id):
            return TrustVerdict(member, unit_id, package.fingerprint, "vouched",
                                "verify.trust_vouched", params)
        return TrustVerdict(member, unit_id, package.fingerprint, "unknown",
                            "verify.trust_unknown", params)
    return TrustVerdict(member, unit_id, package.fingerprint, "refused",
                        "verify.trust_mismatch", {**params, "expected": decision.expected})
