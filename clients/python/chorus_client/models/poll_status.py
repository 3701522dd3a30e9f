from enum import StrEnum


class PollStatus(StrEnum):
    CANCELLED = "cancelled"
    CLOSED = "closed"
    DECIDED = "decided"
    DRAFT = "draft"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
