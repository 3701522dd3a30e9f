"""Mileage: a rate per mile by vehicle, and for cars a band in each UK tax year (45p for the
first 10,000 miles by default, 25p after), crossed part-way through a journey if need be.
Pure functions; amounts are tenth-pence rounded once, half up."""

from __future__ import annotations

from datetime import date

from app.domain.expenses import money
from app.domain.expenses.money import pounds
from app.domain.expenses.schemas import MileageRates, Vehicle


def pence(
    rates: MileageRates,
    vehicle: Vehicle,
    tenths: int,
    day: date,
    car_tenths: dict[int, int],
) -> tuple[int, list[str]]:
    """The amount and its explanation. ``car_tenths`` holds car miles (in tenths) already
    claimed per tax year, and is moved on by this journey."""
    if vehicle == Vehicle.CAR:
        return _car(rates, tenths, day, car_tenths)
    rate = rates.motorcycle_pence if vehicle == Vehicle.MOTORCYCLE else rates.bicycle_pence
    amount = money.divide_half_up(tenths * rate, 10)
    return amount, [
        f"{money.miles(tenths)} by {vehicle.value} at {money.per_mile(rate)} = {pounds(amount)}."
    ]


def _car(
    rates: MileageRates, tenths: int, day: date, car_tenths: dict[int, int]
) -> tuple[int, list[str]]:
    year = money.tax_year(day)
    used = car_tenths.get(year, 0)
    car_tenths[year] = used + tenths
    band = max(0, min(tenths, rates.car_threshold_miles * 10 - used))
    rest = tenths - band
    amount = money.divide_half_up(
        band * rates.car_pence + rest * rates.car_after_threshold_pence, 10
    )
    label = money.tax_year_label(year)
    limit = f"the first {rates.car_threshold_miles:,} miles in tax year {label}"
    first, after = money.per_mile(rates.car_pence), money.per_mile(rates.car_after_threshold_pence)
    if rest == 0:
        text = f"{money.miles(tenths)} by car at {first} = {pounds(amount)}."
    elif band == 0:
        text = (
            f"{money.miles(tenths)} by car at {after}, as {limit} were already claimed "
            f"= {pounds(amount)}."
        )
    else:
        text = (
            f"{money.miles(tenths)} by car: {money.miles(band)} at {first} (to the end of "
            f"{limit}) and {money.miles(rest)} at {after} = {pounds(amount)}."
        )
    notes = [text]
    if used and rest == 0:
        notes.append(f"{money.miles(used)} by car already claimed in tax year {label}.")
    return amount, notes
