from enum import StrEnum


class SupervisionKind(StrEnum):
    CHECK_IN = "check_in"
    SUPERVISION = "supervision"

    def __str__(self) -> str:
        return str(self.value)
