"""Where report files go: names a USB stick and an email gateway accept, and the choosers.

A report travels by USB stick and email, through old Windows PCs and mail gateways that
mangle accented names; the suggested name is therefore plain ASCII
(`BaoCao_VanYen_nam2024_so03.kh14`), while the title inside stays Vietnamese.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from kh14_desktop.domain.period import ReportPeriod
from kh14_desktop.domain.plan import Unit
from kh14_desktop.services.installation import Installation

FOLDER_SETTING = "ui.report.last_folder"
_NOT_WORD = re.compile(r"[^A-Za-z0-9]+")
_PERIOD_NAMES = {"year": "nam{year}", "h1": "6thang_{year}", "m9": "9thang_{year}",
                 "q1": "quy1_{year}", "q2": "quy2_{year}", "q3": "quy3_{year}",
                 "q4": "quy4_{year}"}


def ascii_words(text: str) -> str:
    """"Văn Yên" -> "VanYen", "Sở TT&TT" -> "SoTTTT": no accents, no spaces, capitals kept."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return "".join(word[:1].upper() + word[1:] for word in _NOT_WORD.split(bare) if word)


def period_file_part(period: ReportPeriod) -> str:
    pattern = _PERIOD_NAMES.get(period.key)
    if pattern is not None:
        return pattern.format(year=period.start.year)
    return f"{period.start:%Y%m%d}-{period.end:%Y%m%d}"


def suggested_name(unit: Unit, period: ReportPeriod, sequence: int | None,
                   suffix: str = ".kh14", prefix: str = "BaoCao") -> str:
    """`BaoCao_VanYen_nam2024_so03.kh14`; a draft has no sequence number yet."""
    unit_part = ascii_words(unit.short_name or unit.name) or unit.id
    number = f"_so{sequence:02d}" if sequence is not None else ""
    return f"{prefix}_{unit_part}_{period_file_part(period)}{number}{suffix}"


def last_folder(installation: Installation) -> Path:
    """The folder chosen last time (often the USB stick) while it is still there."""
    saved = installation.store.setting(FOLDER_SETTING)
    if saved and Path(saved).is_dir():
        return Path(saved)
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember_folder(installation: Installation, folder: Path) -> None:
    installation.store.set_setting(FOLDER_SETTING, str(folder))


def _labelled(dialog: QFileDialog, accept: str) -> QFileDialog:
    translate = QCoreApplication.translate
    # Windows' own dialog speaks the system's language; elsewhere ours carries our labels
    if sys.platform != "win32":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    for label, text in (
        (QFileDialog.DialogLabel.LookIn, translate("ReportFileDialog", "Look in:")),
        (QFileDialog.DialogLabel.FileName, translate("ReportFileDialog", "File name:")),
        (QFileDialog.DialogLabel.FileType, translate("ReportFileDialog", "Files of type:")),
        (QFileDialog.DialogLabel.Reject, translate("ReportFileDialog", "Cancel")),
    ):
        dialog.setLabelText(label, text)
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, accept)
    return dialog


def save_file_dialog(parent: QWidget | None, title: str, suggested: Path,
                     filters: list[str], suffix: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, str(suggested.parent))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilters(filters)
    dialog.setDefaultSuffix(suffix.lstrip("."))
    dialog.selectFile(suggested.name)
    return _labelled(dialog, QCoreApplication.translate("ReportFileDialog", "Save"))


def open_files_dialog(parent: QWidget | None, title: str, folder: Path,
                      filters: list[str]) -> QFileDialog:
    dialog = QFileDialog(parent, title, str(folder))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setNameFilters(filters)
    return _labelled(dialog, QCoreApplication.translate("ReportFileDialog", "Choose"))


def report_filter() -> str:
    return QCoreApplication.translate("ReportFileDialog", "KH14 report files (*.kh14)")


def pdf_filter() -> str:
    return QCoreApplication.translate("ReportFileDialog", "PDF documents (*.pdf)")


def all_files_filter() -> str:
    return QCoreApplication.translate("ReportFileDialog", "All files (*)")
