from enum import StrEnum


class ElectionMethod(StrEnum):
    APPROVAL = "approval"
    FPTP = "fptp"
    STV = "stv"

    def __str__(self) -> str:
        return str(self.value)
