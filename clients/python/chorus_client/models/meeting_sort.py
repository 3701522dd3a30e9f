from enum import StrEnum


class MeetingSort(StrEnum):
    STARTSAT = "startsAt"
    VALUE_1 = "-startsAt"

    def __str__(self) -> str:
        return str(self.value)
