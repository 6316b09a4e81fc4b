"""`kh14 export --period P --out FILE [--pdf FILE]` and `kh14 export --draft FILE.pdf`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from kh14_desktop.cli.context import CommandContext
from kh14_desktop.cli.passphrase import ask_passphrase
from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.period import parse_period
from kh14_desktop.domain.progress import parse_day
from kh14_desktop.services.export import (
    export_report,
    remember_options,
    remembered_options,
    save_draft_pdf,
)


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser,  # type: ignore[type-arg]
             t: Callable[[str], str]) -> None:
    parser = subparsers.add_parser("export", parents=[common], help=t("help.export"),
                                   description=t("help.export"))
    parser.add_argument("--period", help=t("help.period"))
    parser.add_argument("--out", help=t("help.out"))
    parser.add_argument("--pdf", help=t("help.pdf"))
    parser.add_argument("--draft", metavar="FILE.pdf", help=t("help.draft"))
    parser.add_argument("--number", help=t("help.number"))
    parser.add_argument("--signer", help=t("help.signer"))
    parser.add_argument("--authority", action="append", help=t("help.authority"))
    parser.add_argument("--date", help=t("help.doc_date"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CommandContext) -> int:
    installation = context.installation()
    plan = installation.plan()
    period = parse_period(plan, args.period)
    options = remembered_options(installation, period)
    changes: dict[str, object] = {}
    if args.number is not None:
        changes["document_number"] = args.number
    if args.signer is not None:
        changes["signer_name"] = args.signer
    if args.authority:
        changes["signer_authority"] = tuple(args.authority)
    if args.date:
        changes["document_date"] = parse_day(args.date)
    options = replace(options, **changes)  # type: ignore[arg-type]
    console = context.console
    if args.draft:
        path = save_draft_pdf(installation, options, Path(args.draft))
        if console.as_json:
            console.json({"draft": str(path)})
        else:
            console.say("export.draft_done", path=path)
        return 0
    if not args.out:
        raise UserError("export.out_missing")
    passphrase = ask_passphrase(console)
    result = export_report(installation, options, Path(args.out), passphrase,
                           Path(args.pdf) if args.pdf else None)
    remember_options(installation, options)
    if console.as_json:
        console.json({"path": str(result.path), "pdf": str(result.pdf_path or ""),
                      "sequence": result.sequence, "sha256": result.sha256,
                      "size": result.size, "fingerprint": result.fingerprint,
                      "period": {"start": period.start.isoformat(),
                                 "end": period.end.isoformat(), "label": period.label}})
    else:
        console.say("export.done", sequence=result.sequence, period=period.label,
                    path=result.path, fingerprint=result.fingerprint)
        if result.pdf_path:
            console.say("export.pdf_done", path=result.pdf_path)
    return 0
