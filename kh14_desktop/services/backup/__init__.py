"""Backups of an installation's data, and putting one back.

archive.py   the backup file: a ZIP with the database, the keys and (complete) stored files
catalog.py   taking backups, their names, listing, rotation, the new day's backup, checking
restore.py   restoring one so that a power cut leaves either the old or the new state

docs/reliability.md says what is guaranteed and how it is tested.
"""

from kh14_desktop.services.backup.archive import BackupInfo, BackupReason
from kh14_desktop.services.backup.catalog import (
    KEEP_DAYS,
    KEEP_LAST_AUTOMATIC,
    BackupEntry,
    backup_before,
    check_backup,
    create_backup,
    daily_backup_if_due,
    latest_good_backup,
    list_backups,
    quick_check,
    rotate_backups,
)
from kh14_desktop.services.backup.restore import RestoreResult, recover_files, restore_backup

__all__ = [
    "KEEP_DAYS",
    "KEEP_LAST_AUTOMATIC",
    "BackupEntry",
    "BackupInfo",
    "BackupReason",
    "RestoreResult",
    "backup_before",
    "check_backup",
    "create_backup",
    "daily_backup_if_due",
    "latest_good_backup",
    "list_backups",
    "quick_check",
    "recover_files",
    "restore_backup",
    "rotate_backups",
]
