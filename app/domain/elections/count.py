"""What every count publishes: its stages and who was elected. Pure data."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Stage:
    """One stage of a count. Tallies are in hundred-thousandths of a vote (``UNIT``)."""

    number: int
    action: str  # count | first_preferences | surplus | exclusion | remaining_elected
    subject: str | None  # the candidate whose surplus or votes moved
    tallies: dict[str, int]
    non_transferable: int
    lost_to_rounding: int
    elected: list[str] = field(default_factory=list)
    excluded: list[str] = field(default_factory=list)
    note: str | None = None


@dataclass
class CountResult:
    quota: int | None  # in whole votes; STV only
    elected: list[str]
    stages: list[Stage]
