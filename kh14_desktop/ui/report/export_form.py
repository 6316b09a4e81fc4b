"""The fields of the export dialog: what the document says besides the office's records.

Everything is prefilled from the last export (`remembered_options`), so that the second
report of the year asks for little more than the passphrase.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kh14_desktop.domain.period import ReportPeriod
from kh14_desktop.domain.plan import Plan, Unit, UnitKind
from kh14_desktop.services.export import remembered_options
from kh14_desktop.services.installation import Installation
from kh14_desktop.services.report_builder import (
    ReportOptions,
    default_authority,
    default_recipients,
)
from kh14_desktop.store.exports import next_sequence
from kh14_desktop.ui.report.files import last_folder, suggested_name
from kh14_desktop.ui.report.period_picker import PeriodPicker, pydate, qdate
from kh14_desktop.ui.report.widgets import ERROR_STYLE, WARN_STYLE, PassphraseField, wrapped

PDF_COPY_SETTING = "ui.report.pdf_copy"
_AUTHORITY_SPLIT = re.compile(r"\s*/\s*")


def authority_choices(unit: Unit) -> list[tuple[str, ...]]:
    """The usual signature blocks for the unit (Nghị định 30/2020: TM., KT., TL.)."""
    default = default_authority(unit)
    if unit.kind is UnitKind.DISTRICT:
        return [default, ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
                ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), ("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG")]
    if len(default) == 1:
        title = default[0]
        return [default, (f"KT. {title}", f"PHÓ {title}"), (f"TL. {title}", "CHÁNH VĂN PHÒNG")]
    return [default]


def authority_text(lines: tuple[str, ...]) -> str:
    return " / ".join(lines)


def authority_lines(text: str) -> tuple[str, ...]:
    return tuple(part for part in _AUTHORITY_SPLIT.split(text.strip()) if part)


def _text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    height = box.fontMetrics().lineSpacing() * lines + 12
    box.setFixedHeight(height)
    return box


class ExportForm(QWidget):
    """The export's choices; `options()` turns them into `ReportOptions`."""

    period_changed = Signal()

    def __init__(self, installation: Installation, period: ReportPeriod | None,
                 today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.installation = installation
        self.plan: Plan = installation.plan()
        self.unit: Unit = installation.unit()
        self.period_picker = PeriodPicker(self.plan)
        if period is not None:
            self.period_picker.set_period(period)
        remembered = remembered_options(installation, self.period_picker.period())
        self.remembered = remembered

        self.number_edit = QLineEdit(remembered.document_number)
        symbol = self.unit.symbol or "UBND"
        self.number_edit.setPlaceholderText(self.tr("e.g. 45/BC-{symbol}; empty: written by "
                                                    "hand").format(symbol=symbol))
        self.number_edit.setToolTip(self.tr(
            "Left empty, the document shows “Số:      /BC-{symbol}” so that the number can be "
            "written by hand when the document is registered.").format(symbol=symbol))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setDate(qdate(today))
        self.place_edit = QLineEdit(remembered.place or self.unit.place or self.plan.province)
        self.signer_edit = QLineEdit(remembered.signer_name)
        self.signer_edit.setPlaceholderText(self.tr("Full name of the person who signs"))
        self.authority_combo = QComboBox()
        self.authority_combo.setEditable(True)
        self.authority_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for choice in authority_choices(self.unit):
            self.authority_combo.addItem(authority_text(choice))
        chosen = remembered.signer_authority or default_authority(self.unit)
        self.authority_combo.setCurrentText(authority_text(chosen))
        self.authority_combo.setToolTip(self.tr("One line of the signature block per part, "
                                                "separated by “ / ”"))
        self.recipients_edit = _text_box(3)
        self.recipients_edit.setPlainText(
            "\n".join(remembered.recipients or default_recipients(self.plan)))
        self.recipients_edit.setToolTip(self.tr("One recipient per line; the dashes are added "
                                                "on the document"))
        self.difficulties_edit = _text_box(2)
        self.difficulties_edit.setPlainText(remembered.general_difficulties)
        self.difficulties_edit.setPlaceholderText(self.tr("Optional"))
        self.proposals_edit = _text_box(2)
        self.proposals_edit.setPlainText(remembered.general_proposals)
        self.proposals_edit.setPlaceholderText(self.tr("Optional"))

        self.path_edit = QLineEdit()
        self.browse_button = QPushButton(self.tr("C&hoose…"))
        self.path_note = wrapped(style=WARN_STYLE)
        self.pdf_check = QCheckBox(self.tr("Also save the &PDF beside it (to print for "
                                           "signing)"))
        self.pdf_check.setChecked(installation.store.setting(PDF_COPY_SETTING, "1") == "1")
        self.passphrase = PassphraseField()
        self.passphrase_error = wrapped(style=ERROR_STYLE)
        self.passphrase_error.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.period_error = wrapped(style=ERROR_STYLE)
        self._message_rows: dict[QLabel, QFormLayout] = {}

        self._suggested = ""
        self._suggest_path()
        self._build_layout()
        self.period_picker.changed.connect(self._period_changed)
        self.path_edit.textChanged.connect(self._path_changed)
        self.passphrase.edit.textChanged.connect(
            lambda _text: self.set_message(self.passphrase_error, ""))
        for label in self._message_rows:
            self.set_message(label, "")

    def _build_layout(self) -> None:
        number_row = QHBoxLayout()
        number_row.addWidget(self.number_edit, 1)
        date_label = QLabel(self.tr("&Date:"))
        date_label.setBuddy(self.date_edit)
        number_row.addWidget(date_label)
        number_row.addWidget(self.date_edit)
        number_label = QLabel(self.tr("&Number:"))
        number_label.setBuddy(self.number_edit)
        document = QFormLayout()
        document.addRow(number_label, number_row)
        document.addRow(self.tr("Pl&ace:"), self.place_edit)
        document.addRow(self.tr("&Signer:"), self.signer_edit)
        document.addRow(self.tr("Signing au&thority:"), self.authority_combo)
        document.addRow(self.tr("&Recipients:"), self.recipients_edit)
        document_box = QGroupBox(self.tr("The document"))
        document_box.setLayout(document)

        content = QFormLayout()
        content.addRow(self.tr("Per&iod:"), self.period_picker)
        content.addRow("", self.period_error)
        self._message_rows[self.period_error] = content
        content.addRow(self.tr("General di&fficulties:"), self.difficulties_edit)
        content.addRow(self.tr("General pr&oposals:"), self.proposals_edit)
        content_box = QGroupBox(self.tr("What it covers"))
        content_box.setLayout(content)

        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        path_label = QLabel(self.tr("Save &to:"))
        path_label.setBuddy(self.path_edit)
        signing = QFormLayout()
        signing.addRow(path_label, path_row)
        signing.addRow("", self.path_note)
        signing.addRow("", self.pdf_check)
        signing.addRow(self.tr("Pass&phrase:"), self.passphrase)
        signing.addRow("", self.passphrase_error)
        self._message_rows[self.path_note] = signing
        self._message_rows[self.passphrase_error] = signing
        signing_box = QGroupBox(self.tr("File and signature"))
        signing_box.setLayout(signing)

        right = QVBoxLayout()
        right.addWidget(content_box)
        right.addWidget(signing_box)
        right.addStretch(1)
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.addWidget(document_box)
        left.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

    # the target file ----------------------------------------------------------------------------
    def sequence(self) -> int:
        return next_sequence(self.installation.store)

    def _suggest_path(self) -> None:
        """A fresh name for the period, unless the person typed a name of their own."""
        period = self.period_picker.period_or_none()
        if period is None:
            return
        current = self.path_edit.text()
        if current and current != self._suggested:
            return
        folder = Path(current).parent if current else last_folder(self.installation)
        self._suggested = str(folder / suggested_name(self.unit, period, self.sequence()))
        self.path_edit.setText(self._suggested)

    def target(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text).expanduser() if text else None

    def pdf_copy(self, target: Path) -> Path | None:
        return target.with_suffix(".pdf") if self.pdf_check.isChecked() else None

    def _path_changed(self) -> None:
        target = self.target()
        exists = target is not None and target.with_suffix(".kh14").exists()
        self.set_message(self.path_note, self.tr(
            "A file of this name exists and will be replaced.") if exists else "")

    def set_message(self, label: QLabel, text: str) -> None:
        """Say it under its field; an empty message takes no room at all."""
        label.setText(text)
        form = self._message_rows.get(label)
        if form is not None:
            form.setRowVisible(label, bool(text))
        else:
            label.setVisible(bool(text))

    def _period_changed(self) -> None:
        self.set_message(self.period_error, "")
        self._suggest_path()
        self.period_changed.emit()

    # the choices --------------------------------------------------------------------------------
    def options(self) -> ReportOptions:
        """Raises `UserError` for a range of days the plan does not cover."""
        remembered = self.remembered
        return ReportOptions(
            period=self.period_picker.period(),
            document_number=self.number_edit.text().strip(),
            document_date=pydate(self.date_edit.date()),
            signer_name=self.signer_edit.text().strip(),
            signer_authority=authority_lines(self.authority_combo.currentText()),
            recipients=tuple(line.strip() for line in
                             self.recipients_edit.toPlainText().splitlines() if line.strip()),
            place=self.place_edit.text().strip(),
            parent_body=remembered.parent_body,
            issuing_body=remembered.issuing_body,
            general_difficulties=self.difficulties_edit.toPlainText().strip(),
            general_proposals=self.proposals_edit.toPlainText().strip(),
        )

    def remember(self) -> None:
        self.installation.store.set_setting(PDF_COPY_SETTING,
                                            "1" if self.pdf_check.isChecked() else "0")
