from enum import StrEnum


class ActionStatus(StrEnum):
    DONE = "done"
    DROPPED = "dropped"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
