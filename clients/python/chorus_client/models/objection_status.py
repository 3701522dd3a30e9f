from enum import StrEnum


class ObjectionStatus(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"
    SUPERSEDED = "superseded"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
