"""`kh14 backup [--out FILE]`, `kh14 backups`, `kh14 restore FILE [--yes]`, `kh14 check`."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kh14_desktop.cli.console import Console
from kh14_desktop.cli.context import CommandContext
from kh14_desktop.domain.dates import format_datetime
from kh14_desktop.services.backup import (
    BackupInfo,
    BackupReason,
    check_backup,
    create_backup,
    latest_good_backup,
    list_backups,
    restore_backup,
)
from kh14_desktop.services.health import Severity, check_data_folder
from kh14_desktop.services.logs import configure_logging
from kh14_desktop.store.attachments import human_size
from kh14_desktop.store.location import DataFolder, choose_data_folder

YES = frozenset({"c", "co", "có", "y", "yes", "đồng ý", "dong y"})


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser,  # type: ignore[type-arg]
             t: Callable[[str], str]) -> None:
    backup = subparsers.add_parser("backup", parents=[common], help=t("help.backup"),
                                   description=t("help.backup"))
    backup.add_argument("--out", metavar="FILE", help=t("help.backup_out"))
    backup.set_defaults(handler=run_backup)

    listing = subparsers.add_parser("backups", parents=[common], help=t("help.backups"),
                                    description=t("help.backups"))
    listing.set_defaults(handler=run_backups, startup=False)

    restore = subparsers.add_parser("restore", parents=[common], help=t("help.restore"),
                                    description=t("help.restore"))
    restore.add_argument("file", metavar="FILE", help=t("help.restore_file"))
    restore.add_argument("--yes", action="store_true", help=t("help.yes"))
    restore.set_defaults(handler=run_restore, startup=False)

    check = subparsers.add_parser("check", parents=[common], help=t("help.check"),
                                  description=t("help.check"))
    check.add_argument("--full", action="store_true", help=t("help.check_full"))
    check.set_defaults(handler=run_check, startup=False)


def _folder(context: CommandContext) -> DataFolder:
    folder = choose_data_folder(context.args.data_dir)
    configure_logging(folder.logs)
    return folder


def _when(moment: dt.datetime) -> str:
    return format_datetime(moment)


def _reason(console: Console, reason: BackupReason) -> str:
    return console.t(f"backup.reason.{reason.value}")


def info_json(info: BackupInfo) -> dict[str, Any]:
    return {"path": str(info.path), "created": info.created.isoformat(),
            "reason": info.reason.value, "app_version": info.app_version,
            "schema_version": info.schema_version, "complete": info.complete,
            "plan": info.plan_id, "unit": info.unit_id, "admin": info.is_admin,
            "counts": info.counts, "referenced_files": len(info.referenced_files),
            "included_files": len(info.included_files), "keys": info.has_keys,
            "size": info.size}


def say_summary(console: Console, info: BackupInfo) -> None:
    console.say("backup.summary", created=_when(info.created), reason=_reason(console, info.reason),
                version=info.app_version or "?", activities=info.counts.get("activities", 0),
                reports=info.counts.get("received_reports", 0),
                files=len(info.referenced_files), included=len(info.included_files))


def run_backup(args: argparse.Namespace, context: CommandContext) -> int:
    installation = context.installation()
    target = Path(args.out) if args.out else None
    if target is not None and target.is_dir():
        target = target / f"kh14-backup-{dt.datetime.now():%Y%m%d-%H%M%S}.zip"
    path = create_backup(installation, BackupReason.MANUAL, target=target)
    info = check_backup(path)  # a backup that cannot be restored is no backup
    console = context.console
    if console.as_json:
        console.json(info_json(info))
        return 0
    console.say("backup.created", path=path, size=human_size(info.size))
    console.say("backup.created_complete", files=len(info.included_files))
    return 0


def run_backups(args: argparse.Namespace, context: CommandContext) -> int:
    folder = _folder(context)
    entries = list_backups(folder.backups)
    console = context.console
    if console.as_json:
        console.json([{"path": str(e.path), "taken": e.taken.isoformat(),
                       "reason": e.reason.value, "automatic": e.automatic, "size": e.size}
                      for e in entries])
        return 0
    if not entries:
        console.say("backup.none", folder=folder.backups)
        return 0
    console.say("backup.folder", folder=folder.backups)
    console.table(
        [console.t("head.when"), console.t("head.backup_reason"), console.t("head.size"),
         console.t("head.file")],
        [[e.taken.strftime("%d/%m/%Y %H:%M:%S"), _reason(console, e.reason),
          human_size(e.size), e.path.name] for e in entries], stretch=3)
    return 0


def _confirmed(console: Console, info: BackupInfo) -> bool:
    print(console.t("backup.confirm", created=_when(info.created),
                    reason=_reason(console, info.reason)), end="", file=console.err, flush=True)
    try:
        answer = sys.stdin.readline()
    except (EOFError, OSError):
        return False
    return answer.strip().lower() in YES


def run_restore(args: argparse.Namespace, context: CommandContext) -> int:
    folder = _folder(context)
    path = Path(args.file)
    if not path.exists() and (folder.backups / args.file).is_file():
        path = folder.backups / args.file  # a name as `kh14 backups` lists it
    console = context.console
    info = check_backup(path)
    if not console.as_json:
        say_summary(console, info)
    # the rule: ask only a person at a terminal; scripts and --yes go ahead
    if not args.yes and sys.stdin.isatty() and not _confirmed(console, info):
        console.say("backup.cancelled")
        return 1
    result = restore_backup(folder, path)
    if console.as_json:
        console.json({**info_json(result.info), "safety_backup": str(result.safety_backup or ""),
                      "files_restored": result.files_restored,
                      "files_missing": list(result.files_missing),
                      "keys_restored": result.keys_restored,
                      "exports_kept": result.exports_kept})
        return 0
    console.say("backup.restored", created=_when(result.info.created),
                safety=result.safety_backup or "—")
    if result.files_restored:
        console.say("backup.restored_files", count=result.files_restored)
    if result.keys_restored:
        console.say("backup.restored_keys")
    if result.exports_kept:
        console.say("backup.kept_exports", count=result.exports_kept)
    if result.files_missing:
        print(console.t("cli.warning", message=console.t(
            "backup.restored_missing", count=len(result.files_missing))), file=console.err)
    return 0


def print_recovery(console: Console, folder: DataFolder) -> None:
    """After `store.corrupt`: which backup to restore, and the command that does it."""
    info = latest_good_backup(folder.backups)
    if info is None:
        print(console.t("health.no_good_backup", folder=folder.backups, logs=folder.logs),
              file=console.err)
    else:
        print(console.t("health.restore_hint", path=info.path, created=_when(info.created)),
              file=console.err)


def run_check(args: argparse.Namespace, context: CommandContext) -> int:
    folder = _folder(context)
    report = check_data_folder(folder, full=args.full)
    console = context.console
    if console.as_json:
        console.json({"ok": report.ok, "database": list(report.database_problems) or "ok",
                      "full": report.full, "checked_files": report.checked_files,
                      "findings": [{"code": f.code, "severity": f.severity.value,
                                    "message": f.message(context.lang)}
                                   for f in report.findings]})
        return 0 if report.ok else 1
    for finding in report.findings:
        mark = "✗" if finding.severity is Severity.PROBLEM else "⚠"
        console.line(f"{mark} {finding.message(context.lang)}")
    if report.database_damaged:
        print_recovery(console, folder)
        return 1
    console.say("health.checked", files=report.checked_files,
                mode="integrity_check" if report.full else "quick_check")
    if report.ok:
        console.say("health.ok", files=report.checked_files)
        return 0
    return 1
