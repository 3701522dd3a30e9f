from enum import StrEnum


class DayPart(StrEnum):
    FULL_DAY = "full_day"
    HALF_DAY = "half_day"

    def __str__(self) -> str:
        return str(self.value)
