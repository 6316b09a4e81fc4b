"""PySide6 widgets, models and background jobs: the only place Qt is imported."""
