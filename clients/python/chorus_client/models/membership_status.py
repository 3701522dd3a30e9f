from enum import StrEnum


class MembershipStatus(StrEnum):
    ACTIVE = "active"
    LEFT = "left"
    PAUSED = "paused"

    def __str__(self) -> str:
        return str(self.value)
