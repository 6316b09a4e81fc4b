"""The window's pages, each built the first time it is needed rather than before the window
shows: a page nobody opens costs neither its imports nor its widgets at start-up.

A page not built yet holds its place with an empty widget, so indexes, navigation buttons
and shortcuts exist from the start. Asking for the page (`widget`, `setCurrentIndex`)
builds it and puts it in that place.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QStackedWidget, QWidget

PageFactory = Callable[[], QWidget]


class PageStack(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factories: dict[int, PageFactory] = {}  # index -> how to build it, until built

    def add_page(self, page: QWidget | PageFactory) -> int:
        """A ready page, or a function that builds it on first use; returns its index."""
        if isinstance(page, QWidget):
            return self.addWidget(page)
        index = self.addWidget(QWidget())
        self._factories[index] = page
        return index

    def is_built(self, index: int) -> bool:
        return 0 <= index < self.count() and index not in self._factories

    def built_widget(self, index: int) -> QWidget | None:
        """The page at `index` if it exists already; never builds it."""
        return super().widget(index) if self.is_built(index) else None

    def widget(self, index: int) -> QWidget:  # type: ignore[override]
        self._build(index)
        return super().widget(index)

    def setCurrentIndex(self, index: int) -> None:
        self._build(index)
        super().setCurrentIndex(index)

    def _build(self, index: int) -> None:
        factory = self._factories.pop(index, None)
        if factory is None:
            return
        try:
            page = factory()
        except BaseException:
            self._factories[index] = factory  # not built: the next visit tries again
            raise
        placeholder = super().widget(index)
        was_current = super().currentIndex() == index
        self.insertWidget(index, page)  # the placeholder moves to index + 1
        if was_current:
            super().setCurrentIndex(index)
        self.removeWidget(placeholder)
        placeholder.deleteLater()
