from enum import StrEnum


class NominationStatus(StrEnum):
    AWAITING_SECONDING = "awaiting_seconding"
    ELECTED = "elected"
    INELIGIBLE = "ineligible"
    NOT_ELECTED = "not_elected"
    STANDING = "standing"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
