"""When the data cannot be used: what happened, and the way back.

A damaged database: the dialog names the latest backup that passes its own check (looked
for in the background) and offers to restore it, to choose another, to open the data
folder, or to quit (or, with the window open, to decide later).

A database written by a newer program version: the person is told to update the program.
Restoring an older backup is possible, but only on request, never proposed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kh14_desktop.domain.dates import format_datetime
from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.messages import render
from kh14_desktop.services.backup import BackupInfo
from kh14_desktop.services.health import recovery_backup
from kh14_desktop.store.location import DataFolder
from kh14_desktop.ui.i18n import current_language
from kh14_desktop.ui.safety.background import Task, start_task
from kh14_desktop.ui.safety.backup_list import reason_text
from kh14_desktop.ui.safety.errors import open_folder

NEWER = "store.newer_schema"


class RecoveryDialog(QDialog):
    restore_requested = Signal(object, object)  # Path, BackupInfo: the latest good backup
    other_requested = Signal()  # "Choose another backup…"

    def __init__(self, folder: DataFolder, error: UserError, *, window_open: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.error = error
        self.newer = error.code == NEWER
        self.found: BackupInfo | None = None
        self.search: Task | None = None
        self.setWindowTitle(self.tr("KH14 Desktop: the data needs attention"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        lang = current_language()

        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = heading = QLabel("<b style='font-size:13pt'>" + (
            self.tr("The data was written by a newer version of the program") if self.newer
            else self.tr("The program's data is damaged")) + "</b>")
        heading.setWordWrap(True)
        self.what = what = QLabel(error.message(lang))
        what.setWordWrap(True)
        what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        why = QLabel(self.tr(
            "Nothing was changed, and this version of the program will not change it.")
            if self.newer else self.tr(
            "This usually follows a power cut or a failing disk. Restoring keeps the damaged "
            "data exactly as it is, in the backup folder: nothing is deleted."))
        why.setWordWrap(True)
        texts = QVBoxLayout()
        texts.addWidget(heading)
        texts.addWidget(what)
        texts.addWidget(why)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(texts, 1)

        self.backup_box = QGroupBox(self.tr("Latest good backup"))
        self.backup_label = QLabel(self.tr("Looking for the latest backup that passes its "
                                           "check…"))
        self.backup_label.setWordWrap(True)
        # room for what is found (three lines) from the start: the dialog does not jump
        self.backup_label.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 4)
        self.backup_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box_layout = QVBoxLayout(self.backup_box)
        box_layout.addWidget(self.backup_label)
        self.backup_box.setVisible(not self.newer)

        self.restore_button = QPushButton(self.tr("&Restore this backup"))
        self.restore_button.setEnabled(False)
        self.restore_button.setVisible(not self.newer)
        self.other_button = QPushButton(
            self.tr("Restore an &older backup…") if self.newer
            else self.tr("Choose &another backup…"))
        if self.newer:
            self.other_button.setToolTip(self.tr(
                "Only if this PC must work with this version now: what the newer version "
                "recorded is kept as a backup first, and can be restored after the update."))
        self.folder_button = QPushButton(self.tr("Open the data &folder"))
        self.quit_button = QPushButton(self.tr("&Later") if window_open else self.tr("&Quit"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.other_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.backup_box)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.restore_button.clicked.connect(self._restore_clicked)
        self.other_button.clicked.connect(self.other_requested.emit)
        self.folder_button.clicked.connect(lambda: open_folder(self.folder.root))
        self.quit_button.clicked.connect(self.reject)
        (self.quit_button if self.newer else self.other_button).setDefault(True)
        self.setMinimumWidth(640)
        if not self.newer:
            self._look_for_backup()

    def _look_for_backup(self) -> None:
        folder = self.folder
        self.search = start_task("find a good backup", lambda progress: recovery_backup(
            folder, should_stop=lambda: progress.cancelled))
        self.search.finished.connect(self._backup_found)

    def _backup_found(self, info: BackupInfo | None) -> None:
        lang = current_language()
        self.found = info
        if info is None:
            self.backup_label.setText(render("health.no_good_backup", lang,
                                             folder=self.folder.backups, logs=self.folder.logs))
            self.other_button.setDefault(True)
            self._fit_height()
            return
        contents = self.tr("{count} received reports").format(
            count=info.counts.get("received_reports", 0)) if info.is_admin \
            else self.tr("{count} activities").format(count=info.counts.get("activities", 0))
        self.backup_label.setText(self.tr(
            "Taken {created} ({reason}): {contents}.\nWhat was recorded after that moment "
            "will have to be entered again.\n{path}").format(
            created=format_datetime(info.created), reason=reason_text(info.reason),
            contents=contents, path=info.path.name))
        self.backup_label.setToolTip(str(info.path))
        self._fit_height()
        self.restore_button.setEnabled(True)
        self.restore_button.setDefault(True)
        self.restore_button.setFocus()

    def _fit_height(self) -> None:
        """Grow to show every line of a longer text (wrapped labels ask for height only
        for a given width, which a dialog's own size hint does not consider)."""
        layout = self.layout()
        layout.activate()
        if layout.hasHeightForWidth():
            self.resize(self.width(), max(self.height(), layout.totalHeightForWidth(
                self.width())))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()

    def _restore_clicked(self) -> None:
        if self.found is not None:
            self.restore_requested.emit(self.found.path, self.found)

    def done(self, result: int) -> None:
        if self.search is not None:
            self.search.cancel()
        super().done(result)
