from enum import StrEnum


class LotPhase(StrEnum):
    CONCLUDED = "concluded"
    MODERATING = "moderating"
    SCORING = "scoring"

    def __str__(self) -> str:
        return str(self.value)
