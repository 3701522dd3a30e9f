from enum import StrEnum


class Decision(StrEnum):
    ACCEPTED = "accepted"
    DEFERRED = "deferred"
    NOT_ACCEPTED = "not_accepted"
    PARTLY_ACCEPTED = "partly_accepted"

    def __str__(self) -> str:
        return str(self.value)
