from enum import StrEnum


class ProcurementStatus(StrEnum):
    CONCLUDED = "concluded"
    DRAFT = "draft"
    EVALUATING = "evaluating"
    MODERATING = "moderating"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
