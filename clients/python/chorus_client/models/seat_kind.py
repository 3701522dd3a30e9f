from enum import StrEnum


class SeatKind(StrEnum):
    FIXED = "fixed"
    ROTATING = "rotating"

    def __str__(self) -> str:
        return str(self.value)
