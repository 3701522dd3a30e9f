"""Pence, miles and UK tax years, and how each is written for a member to read."""

from __future__ import annotations

from datetime import date

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def pounds(pence: int) -> str:
    sign = "-" if pence < 0 else ""
    pence = abs(pence)
    return f"{sign}£{pence // 100:,}.{pence % 100:02d}"


def per_mile(pence: int) -> str:
    return f"{pence}p a mile"


def miles(tenths: int) -> str:
    whole, tenth = divmod(tenths, 10)
    number = f"{whole:,}" if tenth == 0 else f"{whole:,}.{tenth}"
    return f"{number} mile" if tenths == 10 else f"{number} miles"


def day(value: date) -> str:
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def divide_half_up(numerator: int, denominator: int) -> int:
    """Exact rounding of a non-negative fraction to the nearest whole, halves up."""
    return (2 * numerator + denominator) // (2 * denominator)


def tax_year(value: date) -> int:
    """The UK tax year a date falls in, named by the year it starts (6 April)."""
    return value.year if value >= date(value.year, 4, 6) else value.year - 1


def tax_year_bounds(year: int) -> tuple[date, date]:
    return date(year, 4, 6), date(year + 1, 4, 5)


def tax_year_label(year: int) -> str:
    return f"{year}-{(year + 1) % 100:02d}"
