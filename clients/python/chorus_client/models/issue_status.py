from enum import StrEnum


class IssueStatus(StrEnum):
    CLOSED = "closed"
    ESCALATED = "escalated"
    IN_PROGRESS = "in_progress"
    OPEN = "open"
    RESOLVED = "resolved"

    def __str__(self) -> str:
        return str(self.value)
