from enum import StrEnum


class ConsentChoice(StrEnum):
    CONSENT = "consent"
    OBJECT = "object"

    def __str__(self) -> str:
        return str(self.value)
