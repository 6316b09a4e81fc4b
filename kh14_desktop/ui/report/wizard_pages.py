"""The setup wizard's pages about the signing key: choosing its passphrase, and the
fingerprint of the key once made."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWizardPage

from kh14_desktop.ui.report.widgets import (
    FingerprintLabel,
    NewPassphraseForm,
    passphrase_explanation,
    wrapped,
)


class KeyPage(QWizardPage):
    """The passphrase of the signing key, typed twice."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Signing key passphrase"))
        self.setSubTitle(self.tr("Every report this office exports is signed, so that the "
                                 "Department knows it comes from this office unchanged."))
        self.form = NewPassphraseForm()
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(passphrase_explanation()))
        layout.addSpacing(6)
        layout.addWidget(self.form)
        layout.addStretch(1)
        self.form.changed.connect(self.completeChanged)

    def initializePage(self) -> None:
        self.form.setFocus()

    def passphrase(self) -> str | None:
        return self.form.passphrase()

    def isComplete(self) -> bool:
        return self.passphrase() is not None

    def validatePage(self) -> bool:
        self.form.show_problem()
        return self.isComplete()


class DonePage(QWizardPage):
    """The last page: the fingerprint of the key just made (or kept)."""

    def __init__(self, fingerprint: Callable[[], str]) -> None:
        super().__init__()
        self._fingerprint = fingerprint
        self.setTitle(self.tr("The office is set up"))
        self.caption = wrapped(self.tr("The fingerprint of this office's signing key — the "
                                       "Department may ask you to read it out:"))
        self.fingerprint = FingerprintLabel(point_size=20)
        self.hint = wrapped(self.tr(
            "It is shown again under Settings › Signing key. Keep the passphrase where the "
            "people who export the report can find it, and nobody else."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.hint)
        layout.addStretch(1)

    def initializePage(self) -> None:
        fingerprint = self._fingerprint()
        self.fingerprint.set_fingerprint(fingerprint)
        for widget in (self.caption, self.fingerprint, self.hint):
            widget.setVisible(bool(fingerprint))
