from enum import StrEnum


class AdvisedBoardPapers(StrEnum):
    ALL_MEMBERS = "all_members"
    SEAT_HOLDERS = "seat_holders"

    def __str__(self) -> str:
        return str(self.value)
