from enum import StrEnum


class ProgressStatus(StrEnum):
    IMPLEMENTED = "implemented"
    IN_PROGRESS = "in_progress"
    NOT_IMPLEMENTED = "not_implemented"

    def __str__(self) -> str:
        return str(self.value)
