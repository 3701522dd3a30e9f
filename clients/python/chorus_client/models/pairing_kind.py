from enum import StrEnum


class PairingKind(StrEnum):
    COACHING = "coaching"
    SHADOWING = "shadowing"

    def __str__(self) -> str:
        return str(self.value)
