"""The boards' monthly sittings: some already held, the rest to come."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from app.db.models import Board, Meeting

LONDON = ZoneInfo("Europe/London")
MEETINGS_PER_BOARD = 6  # to come, from next month
PAST_MEETINGS_PER_BOARD = 3  # the three months before this one, held
HUB = "Northshire Community Hub, 14 Market Street, Room 2 (step-free)"
TEAM_CALL = "https://meet.example.org/northshire-lived-experience-team"
BOARD_CALL = "https://meet.example.org/northshire-programme-board"


@dataclass(frozen=True)
class Sitting:
    """When and where a board meets each month."""

    weekday: int
    nth: int
    hours: float
    location: str | None
    online_url: str | None


# The team sits on the second Tuesday, the Programme Board on the third Thursday: the
# team's advice is ready a week before the board it advises.
TEAM = Sitting(weekday=1, nth=2, hours=2.5, location=HUB, online_url=TEAM_CALL)
BOARD = Sitting(weekday=3, nth=3, hours=2, location=None, online_url=BOARD_CALL)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def monthly_starts(
    today: date, offsets: Iterable[int], *, weekday: int, nth: int
) -> list[datetime]:
    """10:00 London time, whatever the season, on the given months from this one."""
    starts = []
    for offset in offsets:
        year, month = divmod(today.month - 1 + offset, 12)
        day = nth_weekday(today.year + year, month + 1, weekday, nth)
        # Built in local time, then converted: 10:00 is 09:00 UTC in summer, 10:00 in winter.
        starts.append(datetime.combine(day, time(10), LONDON).astimezone(UTC))
    return starts


def monthly_meetings(
    board: Board, today: date, offsets: Iterable[int], sitting: Sitting
) -> list[Meeting]:
    """Meetings as the coordinator's yearly planning puts them in: all scheduled. The
    past ones are then held through the lifecycle, like any meeting that has sat."""
    return [
        Meeting(
            organisation_id=board.organisation_id,
            board_id=board.id,
            title=f"{board.name}: {starts_at.astimezone(LONDON):%B %Y}",
            starts_at=starts_at,
            ends_at=starts_at + timedelta(hours=sitting.hours),
            location=sitting.location,
            online_url=sitting.online_url,
            status="scheduled",
        )
        for starts_at in monthly_starts(today, offsets, weekday=sitting.weekday, nth=sitting.nth)
    ]
