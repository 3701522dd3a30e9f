from enum import StrEnum


class ReferralKind(StrEnum):
    MEMBER = "member"
    OUTSIDE = "outside"
    SELF = "self"

    def __str__(self) -> str:
        return str(self.value)
