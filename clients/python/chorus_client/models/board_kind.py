from enum import StrEnum


class BoardKind(StrEnum):
    ADVISORY = "advisory"
    GOVERNANCE = "governance"

    def __str__(self) -> str:
        return str(self.value)
