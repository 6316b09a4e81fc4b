"""Dates the Vietnamese way: dd/mm/yyyy in tables, "ngày 05 tháng 02 năm 2024" on documents."""

from __future__ import annotations

import datetime as dt


def format_date(day: dt.date) -> str:
    """dd/mm/yyyy, the only date form a person sees."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def format_datetime(moment: dt.datetime) -> str:
    """dd/mm/yyyy HH:MM in local time."""
    local = moment.astimezone() if moment.tzinfo else moment
    return f"{format_date(local.date())} {local.hour:02d}:{local.minute:02d}"


def parse_date(text: str) -> dt.date:
    """Read dd/mm/yyyy (as people type it) or YYYY-MM-DD (as scripts write it).

    Raises ValueError for anything else.
    """
    text = text.strip()
    if "/" in text:
        parts = text.split("/")
        if len(parts) != 3 or not all(part.isdigit() for part in parts):
            raise ValueError(text)
        day, month, year = (int(part) for part in parts)
        return dt.date(year, month, day)
    if len(text) != 10:
        raise ValueError(text)
    return dt.date.fromisoformat(text)


def document_date(place: str, day: dt.date) -> str:
    """The place-and-date line of an official document (Nghị định 30/2020, Phụ lục I).

    Days below 10 and the months January and February take a leading zero:
    "Văn Yên, ngày 05 tháng 02 năm 2024", "Yên Bái, ngày 17 tháng 12 năm 2024".
    """
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"


def days_until(deadline: dt.date, today: dt.date) -> int:
    """Whole days from today to the deadline; negative once it has passed."""
    return (deadline - today).days
