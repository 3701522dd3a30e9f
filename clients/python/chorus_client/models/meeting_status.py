from enum import StrEnum


class MeetingStatus(StrEnum):
    CANCELLED = "cancelled"
    HELD = "held"
    POSTPONED = "postponed"
    SCHEDULED = "scheduled"

    def __str__(self) -> str:
        return str(self.value)
