"""The admin's commands: `import`, `trust`, `keys`, `status`, `log` (consolidate: see its own)."""

from __future__ import annotations

import argparse
import datetime as dt
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kh14_desktop.cli.context import CommandContext
from kh14_desktop.cli.passphrase import ask_passphrase
from kh14_desktop.domain.dates import format_date, format_datetime
from kh14_desktop.domain.received import ClockWarning, ReportingState, exported_on
from kh14_desktop.services import import_log
from kh14_desktop.services.admin_actions import (
    followed_period,
    load_key_list,
    trust_fingerprint,
    unit_statuses,
    waiting_files,
)
from kh14_desktop.services.consolidate_outputs import write_consolidated
from kh14_desktop.services.importer import WRITTEN, Importer, ImportOutcome, ImportResult
from kh14_desktop.services.revocation import review_notes, revoke_key, revoke_unit_report
from kh14_desktop.store.received import trusted_keys


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser,  # type: ignore[type-arg]
             t: Callable[[str], str]) -> None:
    importing = subparsers.add_parser("import", parents=[common], help=t("help.import"),
                                      description=t("help.import"))
    importing.add_argument("paths", nargs="+", metavar="PATH", help=t("help.paths"))
    importing.set_defaults(handler=run_import)

    trust = subparsers.add_parser("trust", parents=[common], help=t("help.trust"),
                                  description=t("help.trust"))
    trust.add_argument("fingerprint", nargs="+", help=t("help.fingerprint"))
    trust.add_argument("--unit", help=t("help.unit_filter"))
    trust.add_argument("--replace", action="store_true", help=t("help.trust_replace"))
    trust.add_argument("--consolidator", action="store_true", help=t("help.trust_consolidator"))
    trust.add_argument("--scope", nargs="+", metavar="UNIT", help=t("help.trust_scope"))
    trust.set_defaults(handler=run_trust)

    revoke = subparsers.add_parser("revoke", parents=[common], help=t("help.revoke"),
                                   description=t("help.revoke"))
    revoke.add_argument("unit", help=t("help.revoke_unit"))
    revoke.add_argument("--reason", required=True, help=t("help.revoke_reason"))
    revoke.set_defaults(handler=run_revoke)

    untrust = subparsers.add_parser("untrust", parents=[common], help=t("help.untrust"),
                                    description=t("help.untrust"))
    untrust.add_argument("fingerprint", nargs="+", help=t("help.fingerprint"))
    untrust.add_argument("--reason", required=True, help=t("help.revoke_reason"))
    untrust.set_defaults(handler=run_untrust)

    keys = subparsers.add_parser("keys", parents=[common], help=t("help.keys"),
                                 description=t("help.keys"))
    keys.add_argument("--load", metavar="FILE", help=t("help.key_list"))
    keys.set_defaults(handler=run_keys)

    status = subparsers.add_parser("status", parents=[common], help=t("help.admin_status"),
                                   description=t("help.admin_status"))
    status.set_defaults(handler=run_status)

    consolidated = subparsers.add_parser("consolidate", parents=[common],
                                         help=t("help.consolidate"),
                                         description=t("help.consolidate"))
    consolidated.add_argument("--out", required=True, help=t("help.consolidate_out"))
    consolidated.add_argument("--signer", default="", help=t("help.signer"))
    consolidated.add_argument("--number", help=t("help.number"))
    consolidated.set_defaults(handler=run_consolidate)

    log = subparsers.add_parser("log", parents=[common], help=t("help.log"),
                                description=t("help.log"))
    log.set_defaults(handler=run_log)


def result_json(result: ImportResult, lang: str) -> dict[str, Any]:
    return {"file": result.name, "sha256": result.file_sha256, "outcome": result.outcome.value,
            "unit": result.unit_id or None, "sequence": result.sequence,
            "fingerprint": result.fingerprint or None, "check": result.check or None,
            "member": result.member or None, "message": result.message(lang),
            "inner": [result_json(inner, lang) for inner in result.inner]}


def print_results(context: CommandContext, results: list[ImportResult]) -> None:
    console = context.console
    for result in results:
        console.line(f"[{console.t('outcome.' + result.outcome.value)}] {result.name}: "
                     f"{result.message(context.lang)}")
        for inner in result.inner:
            console.line(f"    [{console.t('outcome.' + inner.outcome.value)}] "
                         f"{inner.message(context.lang)}")


def summary_counts(results: list[ImportResult]) -> dict[str, int]:
    counts = Counter(result.outcome for result in results)
    return {
        "total": len(results),
        "written": sum(counts[o] for o in WRITTEN),
        "duplicate": counts[ImportOutcome.DUPLICATE],
        "older": counts[ImportOutcome.OLDER],
        "waiting": counts[ImportOutcome.UNKNOWN_KEY],
        "refused": sum(counts[o] for o in (ImportOutcome.KEY_MISMATCH, ImportOutcome.WRONG_PLAN,
                                           ImportOutcome.REJECTED)),
    }


def run_import(args: argparse.Namespace, context: CommandContext) -> int:
    installation = context.installation()
    paths = [Path(name) for name in args.paths]
    results = Importer(installation).import_paths(paths)
    console = context.console
    if not results:
        console.error(console.t("import.nothing_found", paths=", ".join(args.paths)))
        return 1
    if console.as_json:
        console.json([result_json(result, context.lang) for result in results])
    else:
        print_results(context, results)
        console.line()
        console.say("import.summary", **summary_counts(results))
    return 0 if all(result.outcome in WRITTEN for result in results) else 1


def run_trust(args: argparse.Namespace, context: CommandContext) -> int:
    installation = context.installation()
    outcome = trust_fingerprint(installation, " ".join(args.fingerprint), args.unit,
                                replace=args.replace, consolidator=args.consolidator,
                                scope=args.scope)
    plan = installation.plan()
    unit = plan.unit_name(outcome.unit_id)
    console = context.console
    if console.as_json:
        console.json({"fingerprint": outcome.fingerprint, "unit": outcome.unit_id,
                      "newly_trusted": outcome.newly_trusted,
                      "consolidator_scope": list(outcome.scope) or None,
                      "imported": [result_json(r, context.lang) for r in outcome.imported]})
        return 0
    if outcome.scope:
        console.say("trust.consolidator_done", fingerprint=outcome.fingerprint, unit=unit,
                    scope=", ".join(outcome.scope))
    else:
        console.say("trust.done" if outcome.newly_trusted else "trust.already",
                    fingerprint=outcome.fingerprint, unit=unit)
    print_results(context, outcome.imported)
    return 0


def run_revoke(args: argparse.Namespace, context: CommandContext) -> int:
    installation = context.installation()
    revoked = revoke_unit_report(installation, args.unit, args.reason,
                                 followed_period(installation))
    report = revoked.reports[0]
    plan = installation.plan()
    context.console.say("revoke.report_done", unit=plan.unit(report.unit_id).name,
                        period=report.period_label, sequence=report.sequence,
                        reason=" ".join(args.reason.split()))
    return 0


def run_untrust(args: argparse.Namespace, context: CommandContext) -> int:
    revoked = revoke_key(context.installation(), " ".join(args.fingerprint), args.reason)
    context.console.say("revoke.key_done", fingerprint=revoked.fingerprint,
                        reason=" ".join(args.reason.split()), count=len(revoked.reports))
    return 0


def run_keys(args: argparse.Namespace, context: CommandContext) -> int:
    installation = context.installation()
    console = context.console
    plan = installation.plan()
    if args.load:
        added, imported = load_key_list(installation, Path(args.load))
        console.say("trust.list_loaded", added=added)
        print_results(context, imported)
    keys = trusted_keys(installation.store)
    waiting = Counter((item.manifest.unit_id, item.fingerprint)
                      for item in waiting_files(installation))

    def unit_name(unit_id: str) -> str:
        return plan.unit_name(unit_id)

    if console.as_json:
        console.json({
            "trusted": [{"unit": k.unit_id, "fingerprint": k.fingerprint, "source": k.source,
                         "trusted_at": k.trusted_at, "active": k.active,
                         "replaced_by": k.replaced_by, "role": k.role,
                         "scope": k.scope.split() if k.is_consolidator else None,
                         "set_aside_reason": k.retired_reason or None} for k in keys],
            "waiting": [{"unit": unit, "fingerprint": fingerprint, "files": count}
                        for (unit, fingerprint), count in sorted(waiting.items())]})
        return 0
    if not keys and not waiting:
        console.say("keys.none")
        return 0
    if keys:
        console.table(
            [console.t("head.unit"), console.t("head.fingerprint"), console.t("head.source"),
             console.t("head.active")],
            [[unit_name(k.unit_id) + (" " + console.t("keys.consolidator") if k.is_consolidator
                                      else ""),
              k.fingerprint, k.source, "✓" if k.active else "—"]
             for k in keys], stretch=0)
    for (unit, fingerprint), count in sorted(waiting.items()):
        console.say("keys.waiting", unit=unit_name(unit), fingerprint=fingerprint, count=count)
    return 0


def run_status(args: argparse.Namespace, context: CommandContext) -> int:
    installation = context.installation()
    plan = installation.plan()
    period = followed_period(installation)
    rows = unit_statuses(installation, period)
    console = context.console
    counts = Counter(row.state for row in rows)
    review = dict(review_notes(installation, period, context.lang))
    if console.as_json:
        console.json({
            "plan": plan.id, "period": {"start": period.start.isoformat(),
                                        "end": period.end.isoformat(), "label": period.label},
            "deadline": plan.report.deadline.isoformat(),
            "counts": {state.value: counts[state] for state in ReportingState},
            "units": [{
                "unit": row.unit.id, "name": row.unit.name, "state": row.state.value,
                "exported": row.received.created.isoformat() if row.received else None,
                "imported": row.received.imported_at.isoformat() if row.received else None,
                "sequence": row.received.sequence if row.received else None,
                "fingerprint": row.received.fingerprint if row.received else None,
                "clock_warning": row.clock.value or None,
                "review": review.get(row.unit.id)} for row in rows]})
        return 0
    console.say("status.header", plan=plan.name, period=period.label,
                deadline=format_date(plan.report.deadline),
                on_time=counts[ReportingState.ON_TIME], late=counts[ReportingState.LATE],
                missing=counts[ReportingState.MISSING], total=len(rows))
    console.line()
    table = []
    for row in rows:
        received = row.received
        exported = format_date(exported_on(received)) if received else ""
        if row.clock is not ClockWarning.NONE:
            exported += " ⚠"
        table.append([row.unit.name, console.t(f"state.{row.state.value}"), exported,
                      format_datetime(received.imported_at) if received else "",
                      str(received.sequence) if received else "",
                      received.fingerprint if received else ""])
    console.table([console.t("head.unit"), console.t("head.state"), console.t("head.exported"),
                   console.t("head.imported"), console.t("head.sequence"),
                   console.t("head.fingerprint")], table, stretch=0)
    for row in rows:
        if row.clock is not ClockWarning.NONE:
            console.line(f"⚠ {row.unit.name}: {console.t('clock.' + row.clock.value)}")
    for note in review.values():
        console.line(f"⚠ {note}")
    return 0


def run_consolidate(args: argparse.Namespace, context: CommandContext) -> int:
    installation = context.installation()
    target = Path(args.out)
    passphrase = ask_passphrase(context.console) if target.suffix.lower() == ".kh14" else ""
    output = write_consolidated(installation, target, passphrase, args.signer, args.number)
    console = context.console
    if console.as_json:
        console.json({"path": str(output.path), "reported": output.reported,
                      "totals": dict(output.consolidation.totals),
                      "fingerprint": output.fingerprint or None})
    else:
        console.say("consolidate.done", count=output.reported, path=output.path)
    return 0


def run_log(args: argparse.Namespace, context: CommandContext) -> int:
    installation = context.installation()
    entries = import_log.read_entries(installation.folder.root)
    console = context.console
    if console.as_json:
        console.json([entry.__dict__ for entry in entries])
        return 0
    if not entries:
        console.say("log.empty")
        return 0
    console.table(
        [console.t("head.when"), console.t("head.file"), console.t("head.unit"),
         console.t("head.outcome"), console.t("head.reason")],
        [[format_datetime(dt.datetime.fromisoformat(e.at)), e.file_name, e.unit_id,
          console.t(f"outcome.{e.outcome}"), e.reason if context.lang == "vi" else e.reason_en]
         for e in entries], stretch=4)
    return 0
