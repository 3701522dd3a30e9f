from enum import StrEnum


class PollKind(StrEnum):
    APPROVAL = "approval"
    CONSENT = "consent"
    OPTIONS = "options"
    RANKED = "ranked"

    def __str__(self) -> str:
        return str(self.value)
