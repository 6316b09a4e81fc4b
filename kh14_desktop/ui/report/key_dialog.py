"""Settings › Signing key: the fingerprint to read out, the public key to hand over, and
making or replacing the key, also when the passphrase is forgotten (lost_key.py). Making
and replacing run scrypt (about half a second on an old PC, by design), so they run in the
background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kh14_desktop.domain.dates import format_datetime
from kh14_desktop.domain.errors import UserError
from kh14_desktop.services.installation import Installation
from kh14_desktop.services.office_key import (
    create_office_key,
    export_office_public_key,
    has_office_key,
    office_key_info,
    replace_forgotten_office_key,
    rotate_office_key,
)
from kh14_desktop.services.signing import pending_rotation
from kh14_desktop.ui.failure import describe
from kh14_desktop.ui.jobs import Job, JobRunner, Progress
from kh14_desktop.ui.report.files import (
    all_files_filter,
    ascii_words,
    last_folder,
    remember_folder,
    save_file_dialog,
)
from kh14_desktop.ui.report.lost_key import LostKeyPage, NewKeyPage
from kh14_desktop.ui.report.widgets import (
    ERROR_STYLE,
    GOOD_STYLE,
    FingerprintLabel,
    NewPassphraseForm,
    PassphraseField,
    passphrase_explanation,
    wrapped,
)

PAGE_VIEW, PAGE_CREATE, PAGE_ROTATE, PAGE_LOST, PAGE_NEW_KEY = range(5)




def _button_row(*buttons: QPushButton, stretch_at: int = 0) -> QHBoxLayout:
    row = QHBoxLayout()
    for index, button in enumerate(buttons):
        if index == stretch_at:
            row.addStretch(1)
        row.addWidget(button)
    return row


class KeyDialog(QDialog):
    key_changed = Signal()  # made or replaced: pages showing the fingerprint refresh

    def __init__(self, installation: Installation, runner: JobRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.installation = installation
        self.runner = runner
        self.job: Job | None = None
        self.setWindowTitle(self.tr("Signing key"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self._view_page())
        self.stack.addWidget(self._create_page())
        self.stack.addWidget(self._rotate_page())
        self.lost_page = LostKeyPage()
        self.new_key_page = NewKeyPage()
        self.stack.addWidget(self.lost_page)
        self.stack.addWidget(self.new_key_page)
        self.lost_page.ok_button.clicked.connect(self.replace_lost_key)
        self.lost_page.back_button.clicked.connect(self.back_to_view)
        self.lost_page.form.second.returnPressed.connect(self.replace_lost_key)
        self.new_key_page.done_button.clicked.connect(self.back_to_view)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.resize(720, 470)
        self.refresh()

    # the key as it is ---------------------------------------------------------------------------
    def _view_page(self) -> QWidget:
        page = QWidget()
        self.status_label = wrapped()
        self.fingerprint_caption = QLabel(self.tr("Fingerprint — read it out to the "
                                                  "Department when asked:"))
        self.fingerprint_caption.setStyleSheet("font-weight:bold")
        self.fingerprint = FingerprintLabel(point_size=22)
        self.created_label = QLabel()
        self.key_id_label = QLabel()
        self.key_id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QFormLayout()
        self.details.addRow(self.tr("Created:"), self.created_label)
        self.details.addRow(self.tr("Key id (minisign):"), self.key_id_label)
        self.about_label = wrapped(self.tr(
            "The secret half of the key never leaves this PC and is locked with the "
            "passphrase. The Department recognises this office's reports by the fingerprint; "
            "the public key file can be handed over on a USB stick as well."))
        self.about_label.setStyleSheet("color:#444")
        self.notice_label = wrapped(style=GOOD_STYLE)
        self.notice_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view_error = wrapped(style=ERROR_STYLE)
        self.export_button = QPushButton(self.tr("&Save the public key…"))
        self.rotate_button = QPushButton(self.tr("&Replace the key…"))
        self.lost_button = QPushButton(self.tr("&Forgot the passphrase…"))
        self.lost_button.setToolTip(self.tr(
            "Make a new key without the old passphrase; the Department confirms it by phone"))
        self.create_button = QPushButton(self.tr("&Make a key…"))
        self.close_button = QPushButton(self.tr("&Close"))
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status_label)
        layout.addWidget(self.fingerprint_caption)
        layout.addWidget(self.fingerprint)
        layout.addLayout(self.details)
        layout.addWidget(self.about_label)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.view_error)
        layout.addStretch(1)
        layout.addLayout(_button_row(self.export_button, self.rotate_button,
                                     self.lost_button, self.create_button, self.close_button,
                                     stretch_at=4))
        self.export_button.clicked.connect(self.choose_public_key_file)
        self.rotate_button.clicked.connect(lambda: self._show_form(PAGE_ROTATE))
        self.lost_button.clicked.connect(lambda: self._show_form(PAGE_LOST))
        self.create_button.clicked.connect(lambda: self._show_form(PAGE_CREATE))
        self.close_button.clicked.connect(self.accept)
        return page

    def refresh(self) -> None:
        has_key = has_office_key(self.installation)
        for widget in (self.fingerprint_caption, self.fingerprint, self.about_label,
                       self.export_button, self.rotate_button, self.lost_button,
                       self.created_label, self.key_id_label):
            widget.setVisible(has_key)
        for row in range(self.details.rowCount()):
            self.details.setRowVisible(row, has_key)
        self.create_button.setVisible(not has_key)
        self.view_error.hide()
        if not has_key:
            self.status_label.setText(self.tr(
                "This PC has no signing key yet. A key is needed to export a signed report: "
                "make one now."))
            self.create_button.setDefault(True)
            return
        info = office_key_info(self.installation)
        self.fingerprint.set_fingerprint(info.fingerprint)
        self.created_label.setText(format_datetime(info.created))
        self.key_id_label.setText(info.key_id)
        pending = pending_rotation(self.installation.folder.keys)
        self.status_label.setText(self.tr(
            "The key was replaced: the next exported report carries the change, signed with "
            "the old key.") if pending is not None else self.tr(
            "This office signs its reports with this key."))

    def _show_form(self, page: int) -> None:
        self.notice_label.setText("")
        if page == PAGE_CREATE:
            self.new_form.first.clear()
            self.new_form.second.clear()
            self.create_error.hide()
            self.new_form.setFocus()
        elif page == PAGE_LOST:
            self.lost_page.reset()
        else:
            for field in (self.old_passphrase, self.rotate_form.first, self.rotate_form.second):
                field.clear()
            self.rotate_error.hide()
            self.old_passphrase.setFocus()
        self.stack.setCurrentIndex(page)

    def back_to_view(self) -> None:
        self.refresh()
        self.stack.setCurrentIndex(PAGE_VIEW)

    # the public key -----------------------------------------------------------------------------
    def public_key_name(self) -> str:
        unit = self.installation.unit()
        info = office_key_info(self.installation)
        return f"KhoaCongKhai_{ascii_words(unit.short_name or unit.name)}_{info.key_id}.pub"

    def choose_public_key_file(self) -> None:
        suggested = last_folder(self.installation) / self.public_key_name()
        dialog = save_file_dialog(self, self.tr("Save the public key as"), suggested,
                                  [self.tr("minisign public keys (*.pub)"),
                                   all_files_filter()], ".pub")
        if dialog.exec() and dialog.selectedFiles():
            self.save_public_key(Path(dialog.selectedFiles()[0]))

    def save_public_key(self, target: Path) -> Path | None:
        try:  # a file of a hundred bytes: no need for a job
            path = export_office_public_key(self.installation, target)
        except (UserError, OSError) as error:
            self.view_error.setText(describe(error, self.installation, self.tr(
                "The public key could not be saved because of a fault in the program. Try "
                "again, in another folder if need be."), logged=False).joined())
            self.view_error.show()
            return None
        remember_folder(self.installation, path.parent)
        self.notice_label.setText(self.tr("Public key saved: {path}").format(path=path))
        return path

    # making a key -------------------------------------------------------------------------------
    def _create_page(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("Make the signing key"))
        title.setStyleSheet("font-size:13pt; font-weight:bold")
        self.new_form = NewPassphraseForm()
        self.create_error = wrapped(style=ERROR_STYLE)
        self.create_error.hide()
        self.create_ok = QPushButton(self.tr("&Make the key"))
        self.create_ok.setDefault(True)
        self.create_back = QPushButton(self.tr("Back"))
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(wrapped(passphrase_explanation()))
        layout.addWidget(self.new_form)
        layout.addWidget(self.create_error)
        layout.addStretch(1)
        layout.addLayout(_button_row(self.create_ok, self.create_back))
        self.create_ok.clicked.connect(self.create_key)
        self.create_back.clicked.connect(self.back_to_view)
        self.new_form.second.returnPressed.connect(self.create_key)
        return page

    def create_key(self) -> Job | None:
        if self.job is not None:
            return self.job
        passphrase = self.new_form.passphrase()
        if passphrase is None:
            self.new_form.show_problem()
            return None

        def work(installation: Installation, _progress: Progress) -> str:
            return create_office_key(installation, passphrase).fingerprint

        job = self._start("create key", work, self.create_error,
                          (self.create_ok, self.create_back, self.new_form))
        job.finished.connect(lambda fingerprint: self._key_made(self.tr(
            "The key was made. Read its fingerprint to the Department when asked.")))
        return job

    # replacing it -------------------------------------------------------------------------------
    def _rotate_page(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("Replace the signing key"))
        title.setStyleSheet("font-size:13pt; font-weight:bold")
        explanation = wrapped(self.tr(
            "A new key replaces the current one, for example when the passphrase may have "
            "become known. The next exported report carries the change, signed with the old "
            "key, so that the Department can trust the new key; tell the Department its new "
            "fingerprint as well. From then on, the new passphrase is asked for."))
        self.old_passphrase = PassphraseField()
        self.rotate_form = NewPassphraseForm()
        old_row = QFormLayout()
        old_row.setContentsMargins(0, 0, 0, 0)
        old_row.addRow(self.tr("C&urrent passphrase:"), self.old_passphrase)
        self.rotate_error = wrapped(style=ERROR_STYLE)
        self.rotate_error.hide()
        self.rotate_ok = QPushButton(self.tr("&Replace the key"))
        self.rotate_ok.setDefault(True)
        self.rotate_back = QPushButton(self.tr("Back"))
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(explanation)
        layout.addLayout(old_row)
        layout.addWidget(QLabel(self.tr("New passphrase:")))
        layout.addWidget(self.rotate_form)
        layout.addWidget(self.rotate_error)
        layout.addStretch(1)
        layout.addLayout(_button_row(self.rotate_ok, self.rotate_back))
        self.rotate_ok.clicked.connect(self.rotate_key)
        self.rotate_back.clicked.connect(self.back_to_view)
        self.rotate_form.second.returnPressed.connect(self.rotate_key)
        return page

    def rotate_key(self) -> Job | None:
        if self.job is not None:
            return self.job
        old = self.old_passphrase.text()
        if not old:
            self.rotate_error.setText(self.tr("Type the current passphrase."))
            self.rotate_error.show()
            self.old_passphrase.select_for_retyping()
            return None
        new = self.rotate_form.passphrase()
        if new is None:
            self.rotate_form.show_problem()
            return None

        def work(installation: Installation, _progress: Progress) -> str:
            rotate_office_key(installation, old, new)
            return office_key_info(installation).fingerprint

        job = self._start("rotate key", work, self.rotate_error,
                          (self.rotate_ok, self.rotate_back, self.old_passphrase,
                           self.rotate_form))
        job.finished.connect(lambda fingerprint: self._key_made(self.tr(
            "The key was replaced. New fingerprint: {fingerprint}. The next exported report "
            "carries the change, signed with the old key.").format(fingerprint=fingerprint)))
        job.failed.connect(self._rotate_failed)
        return job

    def _rotate_failed(self, error: BaseException) -> None:
        if isinstance(error, UserError) and error.code == "key.wrong_passphrase":
            self.old_passphrase.select_for_retyping()

    # a forgotten passphrase ---------------------------------------------------------------------
    def replace_lost_key(self) -> Job | None:
        """A new key in place of one whose passphrase is forgotten; then its fingerprint,
        large, to read out to the Department."""
        if self.job is not None:
            return self.job
        page = self.lost_page
        passphrase = page.passphrase()
        if passphrase is None:
            return None

        def work(installation: Installation, _progress: Progress) -> tuple[str, str]:
            old, new = replace_forgotten_office_key(installation, passphrase)
            return old.fingerprint, new.fingerprint

        job = self._start("replace lost key", work, page.error,
                          (page.ok_button, page.back_button, page.understood, page.form))
        job.finished.connect(self._lost_key_replaced)
        return job

    def _lost_key_replaced(self, fingerprints: tuple[str, str]) -> None:
        old, new = fingerprints
        self.refresh()
        self.new_key_page.show_keys(old, new)
        self.stack.setCurrentIndex(PAGE_NEW_KEY)
        self.new_key_page.done_button.setFocus()
        self.notice_label.setText(self.tr(
            "A new key replaces the one whose passphrase was forgotten. Call the Department "
            "and read out the new fingerprint before sending a report."))
        self.key_changed.emit()

    # running ------------------------------------------------------------------------------------
    def _start(self, name: str, work: object, error_label: QLabel,
               widgets: tuple[QWidget, ...]) -> Job:
        error_label.hide()
        for widget in widgets:
            widget.setEnabled(False)
        self.close_button.setEnabled(False)
        job = self.runner.start_with_installation(name, work, writes=True)  # type: ignore[arg-type]
        self.job = job

        def ended(*_result: object) -> None:
            self.job = None
            for widget in widgets:
                widget.setEnabled(True)
            self.close_button.setEnabled(True)

        def failed(error: BaseException) -> None:
            error_label.setText(describe(error, self.installation, self.tr(
                "The key could not be written because of a fault in the program. The key "
                "as it was is still in use: try again."), logged=True).joined())
            error_label.show()

        # connected first, so that the slots connected by the caller find the form usable
        job.finished.connect(ended)
        job.failed.connect(ended)
        job.failed.connect(failed)
        return job

    def _key_made(self, notice: str) -> None:
        self.back_to_view()
        self.notice_label.setText(notice)
        self.key_changed.emit()

    def reject(self) -> None:
        if self.job is not None:
            return  # a key being written is finished, not cut off
        if self.stack.currentIndex() != PAGE_VIEW:
            self.back_to_view()
            return
        super().reject()
