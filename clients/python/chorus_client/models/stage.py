from enum import StrEnum


class Stage(StrEnum):
    ACTIVE = "active"
    APPLIED = "applied"
    ELIGIBLE = "eligible"
    INTERVIEWED = "interviewed"
    TRAINING = "training"
    UNSUCCESSFUL = "unsuccessful"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
