"""Use cases: set up an office, record progress, export, import, consolidate, render PDF. No Qt."""
