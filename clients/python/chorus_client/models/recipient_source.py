from enum import StrEnum


class RecipientSource(StrEnum):
    ADVISORY = "advisory"
    EXTRA = "extra"
    GUEST = "guest"
    MEMBER = "member"
    SEAT = "seat"

    def __str__(self) -> str:
        return str(self.value)
