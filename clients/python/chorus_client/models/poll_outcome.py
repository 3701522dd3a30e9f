from enum import StrEnum


class PollOutcome(StrEnum):
    AGREED = "agreed"
    NOT_AGREED = "not_agreed"
    NO_QUORUM = "no_quorum"
    TIED = "tied"

    def __str__(self) -> str:
        return str(self.value)
