"""How notifications name things: dates a reader recognises, in the board's own time zone,
and lists of papers a sentence can hold."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from zoneinfo import ZoneInfo


def when(moment: datetime, timezone: str = "Europe/London") -> str:
    """``Tuesday 8 December 2026 at 10:00``, as the board's clocks show it."""
    local = moment.astimezone(ZoneInfo(timezone))
    return f"{local:%A} {local.day} {local:%B %Y} at {local:%H:%M}"


def day(value: date | datetime, timezone: str = "Europe/London") -> str:
    """``Tuesday 8 December 2026``."""
    if isinstance(value, datetime):
        value = value.astimezone(ZoneInfo(timezone)).date()
    return f"{value:%A} {value.day} {value:%B %Y}"


def listed(titles: Iterable[str]) -> str:
    return "\n".join(f"- {title}" for title in titles)
