"""`kh14 verify FILE...`: is each file exactly what its key signed? Exit 0 only if all are."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kh14_desktop.cli.context import CommandContext
from kh14_desktop.domain.dates import format_date, format_datetime
from kh14_desktop.services.verify import VerifyOutcome, verify_file
from kh14_desktop.store.location import choose_data_folder

if TYPE_CHECKING:
    from kh14_desktop.services.trust_verdicts import TrustVerdict


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser,  # type: ignore[type-arg]
             t: Callable[[str], str]) -> None:
    parser = subparsers.add_parser("verify", parents=[common], help=t("help.verify"),
                                   description=t("help.verify"))
    parser.add_argument("files", nargs="+", metavar="FILE", help=t("help.files_verify"))
    parser.set_defaults(handler=run)


def admin_verdicts(context: CommandContext, outcome: VerifyOutcome) -> list[TrustVerdict]:
    """What this admin's trust says of a genuine file: only where an admin is set up here."""
    if not outcome.genuine or not choose_data_folder(context.args.data_dir).database.exists():
        return []
    installation = context.installation()
    profile = installation.profile()
    if profile is None or not profile.is_admin:
        return []
    from kh14_desktop.services.trust_verdicts import trust_verdicts
    from kh14_desktop.services.verify import read_any_package

    return trust_verdicts(installation.store, installation.plan(),
                          read_any_package(outcome.path))


def run(args: argparse.Namespace, context: CommandContext) -> int:
    console = context.console
    outcomes = [verify_file(Path(name)) for name in args.files]
    verdicts = {outcome.path: admin_verdicts(context, outcome) for outcome in outcomes}
    if console.as_json:
        console.json([{
            "file": str(o.path), "genuine": o.genuine,
            "kind": o.manifest.kind.value if o.manifest else None,
            "unit": o.manifest.unit_id if o.manifest else None,
            "unit_name": o.report.unit_name if o.report else None,
            "plan": o.manifest.plan_id if o.manifest else None,
            "period": {"start": o.manifest.period.start.isoformat(),
                       "end": o.manifest.period.end.isoformat(),
                       "label": o.manifest.period.label} if o.manifest else None,
            "sequence": o.manifest.sequence if o.manifest else None,
            "created": o.manifest.created.isoformat() if o.manifest else None,
            "fingerprint": o.fingerprint or None,
            "check": o.check or None,
            "reason": o.error.message(context.lang) if o.error else None,
            "trust": [{"member": v.member or None, "unit": v.unit_id,
                       "fingerprint": v.fingerprint, "verdict": v.verdict,
                       "message": v.message(context.lang)} for v in verdicts[o.path]] or None,
        } for o in outcomes])
    else:
        for outcome in outcomes:
            if outcome.genuine and outcome.manifest is not None:
                manifest = outcome.manifest
                console.say("verify.genuine", file=outcome.path,
                            unit=outcome.report.unit_name if outcome.report else manifest.unit_id,
                            plan=manifest.plan_id,
                            period=f"{manifest.period.label} ({format_date(manifest.period.start)}"
                                   f" – {format_date(manifest.period.end)})",
                            sequence=manifest.sequence,
                            created=format_datetime(manifest.created),
                            fingerprint=outcome.fingerprint)
                for verdict in verdicts[outcome.path]:
                    indent = "    " if verdict.member else "  "
                    member = f"{verdict.member}: " if verdict.member else ""
                    console.line(f"{indent}{member}{verdict.message(context.lang)}")
            else:
                assert outcome.error is not None
                console.say("verify.rejected", file=outcome.path,
                            reason=outcome.error.message(context.lang))
        if any(outcome.genuine for outcome in outcomes):
            console.say("verify.note_trust")
    return 0 if all(outcome.genuine for outcome in outcomes) else 1
