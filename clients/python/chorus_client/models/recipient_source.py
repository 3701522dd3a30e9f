from enum import StrEnum


class RecipientSource(StrEnum):
    EXTRA = "extra"
    MEMBER = "member"
    SEAT = "seat"

    def __str__(self) -> str:
        return str(self.value)
