"""Plain data and rules: plans, units, tasks, progress, reports. No Qt, no SQL."""
