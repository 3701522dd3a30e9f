from enum import StrEnum


class MembershipRole(StrEnum):
    CHAIR = "chair"
    COACH = "coach"
    MEMBER = "member"
    REPRESENTATIVE = "representative"
    SECRETARY = "secretary"
    VICE_CHAIR = "vice_chair"

    def __str__(self) -> str:
        return str(self.value)
