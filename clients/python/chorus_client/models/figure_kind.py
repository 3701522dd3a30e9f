from enum import StrEnum


class FigureKind(StrEnum):
    COUNT = "count"
    PERCENTAGE = "percentage"

    def __str__(self) -> str:
        return str(self.value)
