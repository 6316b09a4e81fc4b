"""KH14 Desktop: an offline tool to track, report and consolidate a provincial plan's tasks."""

__version__ = "0.1.0"
