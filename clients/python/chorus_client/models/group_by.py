from enum import StrEnum


class GroupBy(StrEnum):
    BOARD = "board"
    MONTH = "month"
    PERSON = "person"
    TAX_YEAR = "tax_year"

    def __str__(self) -> str:
        return str(self.value)
