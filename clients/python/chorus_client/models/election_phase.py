from enum import StrEnum


class ElectionPhase(StrEnum):
    CANCELLED = "cancelled"
    CLOSED = "closed"
    COUNTED = "counted"
    COUNTING = "counting"
    DECLARED = "declared"
    DRAFT = "draft"
    NOMINATIONS = "nominations"
    VOTING = "voting"

    def __str__(self) -> str:
        return str(self.value)
