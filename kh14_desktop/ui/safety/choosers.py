"""The file dialogs and questions of the safety features, labelled in our words.

Module functions, so that tests replace them with what a person would have picked.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kh14_desktop.services.installation import Installation
from kh14_desktop.ui.dialogs import ask

translate = QCoreApplication.translate

BACKUP_FOLDER_SETTING = "ui.safety.backup_folder"


def _file_dialog(parent: QWidget | None, title: str, start: str, mode: QFileDialog.FileMode,
                 filters: list[str], accept_label: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, start)
    dialog.setFileMode(mode)
    dialog.setNameFilters(filters)
    # Windows' own dialog speaks the system's language; elsewhere ours carries our labels
    if sys.platform != "win32":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    for label, text in (
        (QFileDialog.DialogLabel.LookIn, translate("SafetyFileDialog", "Look in:")),
        (QFileDialog.DialogLabel.FileName, translate("SafetyFileDialog", "File name:")),
        (QFileDialog.DialogLabel.FileType, translate("SafetyFileDialog", "Files of type:")),
        (QFileDialog.DialogLabel.Accept, accept_label),
        (QFileDialog.DialogLabel.Reject, translate("SafetyFileDialog", "Cancel")),
    ):
        dialog.setLabelText(label, text)
    return dialog


def _selected(dialog: QFileDialog) -> Path | None:
    try:
        if not dialog.exec() or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])
    finally:
        dialog.deleteLater()


def backup_start_folder(installation: Installation) -> Path:
    """Where the last manual backup went (a USB stick, usually), else the backup folder."""
    remembered = installation.store.setting(BACKUP_FOLDER_SETTING)
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    return installation.folder.backups


def suggested_backup_name(now: dt.datetime | None = None) -> str:
    from kh14_desktop.services.backup import BackupReason
    from kh14_desktop.services.backup.catalog import backup_name

    # the name `kh14 backups` and the restore dialog recognise, should it land among them
    return backup_name(now or dt.datetime.now(), BackupReason.MANUAL)


def choose_backup_target(parent: QWidget | None, installation: Installation) -> Path | None:
    """Where to write a manual backup; the folder is remembered for the next one."""
    folder = backup_start_folder(installation)
    folder.mkdir(parents=True, exist_ok=True)
    title = translate("SafetyFileDialog", "Back up the data")
    dialog = _file_dialog(parent, title, str(folder / suggested_backup_name()),
                          QFileDialog.FileMode.AnyFile,
                          [translate("SafetyFileDialog", "KH14 backups (*.zip)")],
                          translate("SafetyFileDialog", "Back up"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)  # asked in our words
    dialog.setDefaultSuffix("zip")
    path = _selected(dialog)
    if path is None:
        return None
    if path.suffix.lower() != ".zip":
        path = path.with_name(path.name + ".zip")
    question = translate("SafetyFileDialog", "“{name}” already exists. Replace it?")
    if path.exists() and not ask(parent, title, question.format(name=path.name),
                                 translate("SafetyFileDialog", "Replace"),
                                 translate("SafetyFileDialog", "Go back")):
        return None
    installation.store.set_setting(BACKUP_FOLDER_SETTING, str(path.parent))
    return path


def choose_backup_file(parent: QWidget | None, start: Path) -> Path | None:
    """A backup file anywhere (a USB stick, another PC's backup folder)."""
    dialog = _file_dialog(parent, translate("SafetyFileDialog", "Choose a backup file"),
                          str(start), QFileDialog.FileMode.ExistingFile,
                          [translate("SafetyFileDialog", "KH14 backups (*.zip *.sqlite3)"),
                           translate("SafetyFileDialog", "All files (*)")],
                          translate("SafetyFileDialog", "Choose"))
    return _selected(dialog)


def confirm_restore(parent: QWidget | None, text: str, detail: str) -> bool:
    """The last word before the data is replaced; "keep" is the default."""
    return ask(parent, translate("SafetyFileDialog", "Replace the current data?"), text,
               translate("SafetyFileDialog", "Restore"),
               translate("SafetyFileDialog", "Keep the current data"), detail)


def tell_backup_done(parent: QWidget | None, text: str, detail: str) -> bool:
    """The backup is written: True when the person asks to see its folder."""
    box = QMessageBox(QMessageBox.Icon.Information,
                      translate("SafetyFileDialog", "Back up the data"), text,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(detail)
    open_button = box.addButton(translate("SafetyFileDialog", "Open the folder"),
                                QMessageBox.ButtonRole.ActionRole)
    close_button = box.addButton(translate("SafetyFileDialog", "Close"),
                                 QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(close_button)
    box.exec()
    return box.clickedButton() is open_button
