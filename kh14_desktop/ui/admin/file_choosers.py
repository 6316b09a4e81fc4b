"""The admin's file dialogs, labelled in our words, each starting in the folder last used.

Module-level functions, so that tests replace them with what a person would have picked.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from kh14_desktop.services.installation import Installation
from kh14_desktop.ui.dialogs import ask

IMPORT_FOLDER_SETTING = "ui.admin.import_folder"
KEY_LIST_FOLDER_SETTING = "ui.admin.key_list_folder"
OUTPUT_FOLDER_SETTING = "ui.admin.output_folder"


translate = QCoreApplication.translate


def file_dialog(parent: QWidget | None, title: str, start: str,
                mode: QFileDialog.FileMode, filters: list[str],
                accept_label: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, start)
    dialog.setFileMode(mode)
    if filters:
        dialog.setNameFilters(filters)
    if mode == QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    # Windows' own dialog speaks the system's language; elsewhere ours carries our labels
    if sys.platform != "win32":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    for label, text in (
        (QFileDialog.DialogLabel.LookIn, translate("AdminFileDialog", "Look in:")),
        (QFileDialog.DialogLabel.FileName, translate("AdminFileDialog", "File name:")),
        (QFileDialog.DialogLabel.FileType, translate("AdminFileDialog", "Files of type:")),
        (QFileDialog.DialogLabel.Accept, accept_label),
        (QFileDialog.DialogLabel.Reject, translate("AdminFileDialog", "Cancel")),
    ):
        dialog.setLabelText(label, text)
    return dialog


def _start(installation: Installation, setting: str) -> str:
    folder = installation.store.setting(setting)
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def _remember(installation: Installation, setting: str, folder: Path) -> None:
    installation.store.set_setting(setting, str(folder))


def import_files_dialog(parent: QWidget | None, installation: Installation) -> QFileDialog:
    filters = [translate("AdminFileDialog", "Report files (*.kh14)"),
               translate("AdminFileDialog", "All files (*)")]
    return file_dialog(parent, translate("AdminFileDialog", "Choose report files to import"),
                       _start(installation, IMPORT_FOLDER_SETTING),
                       QFileDialog.FileMode.ExistingFiles, filters,
                       translate("AdminFileDialog", "Import"))


def choose_import_files(parent: QWidget | None, installation: Installation) -> list[Path]:
    dialog = import_files_dialog(parent, installation)
    try:
        if not dialog.exec():
            return []
        paths = [Path(name) for name in dialog.selectedFiles()]
    finally:
        dialog.deleteLater()
    if paths:
        _remember(installation, IMPORT_FOLDER_SETTING, paths[0].parent)
    return paths


def choose_import_folder(parent: QWidget | None, installation: Installation) -> Path | None:
    dialog = file_dialog(parent, translate("AdminFileDialog", "Choose a folder of report files"),
                         _start(installation, IMPORT_FOLDER_SETTING),
                         QFileDialog.FileMode.Directory, [],
                         translate("AdminFileDialog", "Import folder"))
    try:
        if not dialog.exec() or not dialog.selectedFiles():
            return None
        folder = Path(dialog.selectedFiles()[0])
    finally:
        dialog.deleteLater()
    # the next time starts beside it: the next USB stick's folder is usually a sibling
    _remember(installation, IMPORT_FOLDER_SETTING, folder.parent)
    return folder


def remember_import_folder(installation: Installation, paths: list[Path]) -> None:
    """Dropped files teach the dialog where reports arrive, like chosen ones."""
    if paths:
        _remember(installation, IMPORT_FOLDER_SETTING, paths[0].parent)


def choose_key_list(parent: QWidget | None, installation: Installation) -> Path | None:
    dialog = file_dialog(parent, translate("AdminFileDialog", "Choose a list of public keys"),
                         _start(installation, KEY_LIST_FOLDER_SETTING),
                         QFileDialog.FileMode.ExistingFile,
                         [translate("AdminFileDialog", "Key lists (*.txt)"),
                          translate("AdminFileDialog", "All files (*)")],
                         translate("AdminFileDialog", "Load"))
    try:
        if not dialog.exec() or not dialog.selectedFiles():
            return None
        path = Path(dialog.selectedFiles()[0])
    finally:
        dialog.deleteLater()
    _remember(installation, KEY_LIST_FOLDER_SETTING, path.parent)
    return path


def choose_output(parent: QWidget | None, installation: Installation, title: str,
                  file_filter: str, suggested_name: str) -> Path | None:
    """Where to write an output; the suffix of `suggested_name` is added when left off."""
    start = Path(_start(installation, OUTPUT_FOLDER_SETTING)) / suggested_name
    dialog = file_dialog(parent, title, str(start), QFileDialog.FileMode.AnyFile,
                         [file_filter], translate("AdminFileDialog", "Save"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    # Qt's own "replace?" box has no Vietnamese: we ask in ours
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
    suffix = Path(suggested_name).suffix
    dialog.setDefaultSuffix(suffix.lstrip("."))
    try:
        if not dialog.exec() or not dialog.selectedFiles():
            return None
        path = Path(dialog.selectedFiles()[0])
    finally:
        dialog.deleteLater()
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    question = translate("AdminFileDialog", "“{name}” already exists. Replace it?")
    if path.exists() and not ask(parent, title, question.format(name=path.name),
                                 translate("AdminFileDialog", "Replace"),
                                 translate("AdminFileDialog", "Go back")):
        return None
    _remember(installation, OUTPUT_FOLDER_SETTING, path.parent)
    return path
