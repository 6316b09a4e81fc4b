"""First run: choose the plan, the unit this PC reports for (or the admin's role), and the
passphrase of the office's signing key; then the profile is saved and the key made.

Making the key runs scrypt (half a second on an old PC, by design), so it runs in the
background after "Save and make the key"; the last page shows the key's fingerprint.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.plan import Plan, Unit
from kh14_desktop.services.installation import Installation
from kh14_desktop.services.office_key import (
    create_office_key,
    has_office_key,
    office_key_info,
)
from kh14_desktop.ui.dialogs import show_user_error
from kh14_desktop.ui.i18n import current_language
from kh14_desktop.ui.jobs import Job, JobRunner, Progress
from kh14_desktop.ui.report.widgets import ERROR_STYLE
from kh14_desktop.ui.report.wizard_pages import DonePage, KeyPage
from kh14_desktop.ui.unit_model import UNIT_ROLE, UnitFilterProxy, UnitListModel

PAGE_PLAN, PAGE_UNIT, PAGE_KEY, PAGE_CONFIRM, PAGE_DONE = range(5)


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class PlanPage(QWizardPage):
    def __init__(self, plans: list[Plan]) -> None:
        super().__init__()
        self.setTitle(self.tr("Which plan does this office report on?"))
        self.setSubTitle(self.tr("The plan lists the tasks of every unit and the report "
                                 "deadline. You can add next year's plan later."))
        self.plans = plans
        self.combo = QComboBox()
        for plan in plans:
            self.combo.addItem(plan.name, plan.id)
        self.details = _wrapped("")
        layout = QVBoxLayout(self)
        layout.addWidget(self.combo)
        layout.addWidget(self.details)
        layout.addStretch(1)
        self.combo.currentIndexChanged.connect(self._show_details)
        self._show_details()

    def plan(self) -> Plan:
        return self.plans[max(0, self.combo.currentIndex())]

    def _show_details(self) -> None:
        plan = self.plan()
        self.details.setText(self.tr("{number}, {date}: {title}. {tasks} tasks, {units} units; "
                                     "report due {deadline}.").format(
            number=plan.document.number, date=plan.document.date.strftime("%d/%m/%Y"),
            title=plan.document.title, tasks=len(plan.tasks), units=len(plan.units),
            deadline=plan.report.deadline.strftime("%d/%m/%Y")))


class UnitPage(QWizardPage):
    """Type part of the unit's name, accents optional, and pick it from the list."""

    unit_changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Which unit is this office?"))
        self.setSubTitle(self.tr("Type part of the name, with or without accents "
                                 "(for example: van yen), then click the unit."))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search units…"))
        self.search.setClearButtonEnabled(True)
        self.model = UnitListModel(self)
        self.proxy = UnitFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setUniformItemSizes(True)
        self.admin = QCheckBox(self.tr("This PC belongs to the admin who receives and "
                                       "consolidates the reports"))
        self.hint = _wrapped("")
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.admin)
        layout.addWidget(self.hint)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._take_single_match)
        self.list.selectionModel().currentChanged.connect(self._changed)
        self.admin.toggled.connect(self._admin_toggled)
        self._plan: Plan | None = None

    def set_plan(self, plan: Plan) -> None:
        self._plan = plan
        self.model.set_units(list(plan.units))

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        plan = wizard.plan_page.plan()
        if self._plan is None or self._plan.id != plan.id:
            self.set_plan(plan)
        self.search.setFocus()

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        if self.proxy.rowCount() == 1:
            self.list.setCurrentIndex(self.proxy.index(0, 0))
        self._changed()

    def _take_single_match(self) -> None:
        if self.proxy.rowCount() >= 1 and not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    def _admin_toggled(self, checked: bool) -> None:
        if checked and self._plan is not None and self.selected_unit() is None:
            row = next(r for r in range(self.model.rowCount())
                       if self.model.unit_at(r).id == self._plan.report.recipient)
            self.search.clear()
            self.list.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))
        self._changed()

    def _changed(self, *args: QModelIndex) -> None:
        unit = self.selected_unit()
        if unit is None or self._plan is None:
            self.hint.setText(self.tr("No unit chosen yet."))
        else:
            entries = self._plan.tasks_for(unit.id)
            lead = sum(1 for e in entries if e.role.value == "lead")
            self.hint.setText(self.tr("{unit}: {count} tasks in this plan ({lead} as lead, "
                                      "{cooperating} cooperating).").format(
                unit=unit.name, count=len(entries), lead=lead,
                cooperating=len(entries) - lead))
        self.completeChanged.emit()
        self.unit_changed.emit()

    def selected_unit(self) -> Unit | None:
        index = self.list.currentIndex()
        if not index.isValid():
            return None
        unit = index.data(UNIT_ROLE)
        return unit if isinstance(unit, Unit) else None

    def isComplete(self) -> bool:
        return self.selected_unit() is not None


class ConfirmPage(QWizardPage):
    """What will be saved; "Save and make the key" commits (there is no way back after)."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Ready"))
        self.setCommitPage(True)
        self.summary = _wrapped("")
        self.busy = _wrapped("")
        self.busy.hide()
        self.error = _wrapped("")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        unit = wizard.unit_page.selected_unit()
        plan = wizard.plan_page.plan()
        assert unit is not None
        if wizard.unit_page.admin.isChecked():
            text = self.tr("This PC will receive, check and consolidate the reports of "
                           "{plan} as {unit}.")
        else:
            text = self.tr("This PC will record and report the work of {unit} on {plan}.")
        key = self.tr("The signing key is made when you click “Save and make the key” (it "
                      "takes a few seconds).") if wizard.needs_key else self.tr(
            "This PC already has a signing key; it is kept.")
        self.summary.setText(text.format(unit=unit.name, plan=plan.name) + "\n\n" + key
                             + "\n\n" + self.tr("You can change this later from the Settings "
                                                 "menu."))

    def validatePage(self) -> bool:
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        return wizard.commit()


class SetupWizard(QWizard):
    """Writes the office profile, then makes the signing key; `installation` is ready to use
    after."""

    def __init__(self, installation: Installation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.installation = installation
        self.runner = JobRunner(installation, self)
        self.key_job: Job | None = None
        self.profile_saved = False
        # a key made by an earlier, interrupted setup (or copied back) is kept, not replaced
        self.needs_key = not has_office_key(installation)
        self.setWindowTitle(self.tr("Set up KH14 Desktop"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        # Qt has no Vietnamese for its own buttons: name them ourselves
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next >"))
        self.setButtonText(QWizard.WizardButton.CommitButton,
                           self.tr("Save and make the key") if self.needs_key
                           else self.tr("Save"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Start"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.plan_page = PlanPage(installation.catalog.plans())
        self.unit_page = UnitPage()
        self.key_page = KeyPage()
        self.confirm_page = ConfirmPage()
        self.done_page = DonePage(self.fingerprint)
        self.setPage(PAGE_PLAN, self.plan_page)
        self.setPage(PAGE_UNIT, self.unit_page)
        if self.needs_key:
            self.setPage(PAGE_KEY, self.key_page)
        self.setPage(PAGE_CONFIRM, self.confirm_page)
        self.setPage(PAGE_DONE, self.done_page)
        if len(self.plan_page.plans) == 1:
            self.setStartId(PAGE_UNIT)
        self.resize(720, 520)
        self.setMinimumSize(560, 420)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)

    def fingerprint(self) -> str:
        if not has_office_key(self.installation):
            return ""
        try:
            return office_key_info(self.installation).fingerprint
        except UserError:
            return ""

    # saving -------------------------------------------------------------------------------------
    def _save_profile(self) -> bool:
        if self.profile_saved:
            return True
        unit = self.unit_page.selected_unit()
        if unit is None:
            return False
        try:
            self.installation.setup(unit.id, self.plan_page.plan().id,
                                    admin=self.unit_page.admin.isChecked())
        except UserError as error:
            show_user_error(self, self.tr("Could not save the setup"), error)
            return False
        self.profile_saved = True
        return True

    def _key_pending(self) -> bool:
        return self.needs_key and not has_office_key(self.installation)

    def commit(self) -> bool:
        """Save the profile, then make the key in the background; True once both are done
        (the key's job calls `next()` again when it ends)."""
        if not self._save_profile():
            return False
        if not self._key_pending():
            return True
        passphrase = self.key_page.passphrase()
        if passphrase is None or self.key_job is not None:
            return False
        self._set_busy(True)

        def work(installation: Installation, _progress: Progress) -> str:
            return create_office_key(installation, passphrase).fingerprint

        self.key_job = self.runner.start_with_installation("create key", work, writes=True)
        self.key_job.finished.connect(self._key_made)
        self.key_job.failed.connect(self._key_failed)
        return False

    def _set_busy(self, busy: bool) -> None:
        page = self.confirm_page
        page.error.hide()
        page.busy.setText(self.tr("Making the signing key…"))
        page.busy.setVisible(busy)
        for which in (QWizard.WizardButton.CommitButton, QWizard.WizardButton.BackButton,
                      QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(not busy)

    def _key_made(self, _fingerprint: str) -> None:
        self.key_job = None
        self._set_busy(False)
        self.next()

    def _key_failed(self, error: BaseException) -> None:
        self.key_job = None
        self._set_busy(False)
        page = self.confirm_page
        page.error.setText(error.message(current_language()) if isinstance(error, UserError)
                           else str(error))
        page.error.show()

    def accept(self) -> None:
        # normally everything was saved on the confirm page; a wizard finished another way
        # (a script, a test) saves here, profile first, and makes the key in the foreground
        if not self._save_profile():
            return
        passphrase = self.key_page.passphrase()
        if self._key_pending() and passphrase is not None and self.key_job is None:
            try:
                create_office_key(self.installation, passphrase)
            except UserError as error:
                show_user_error(self, self.tr("Could not make the signing key"), error)
                return
        self.runner.shutdown()
        super().accept()

    def reject(self) -> None:
        if self.key_job is not None:
            return  # a key half written is worse than a wait of a second
        self.runner.shutdown()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.key_job is not None:
            event.ignore()
            return
        super().closeEvent(event)
