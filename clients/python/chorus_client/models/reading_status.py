from enum import StrEnum


class ReadingStatus(StrEnum):
    ACKNOWLEDGED = "acknowledged"
    CHANGED = "changed"
    NEW = "new"
    OPENED = "opened"

    def __str__(self) -> str:
        return str(self.value)
