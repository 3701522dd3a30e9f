from enum import StrEnum


class AttendanceStatus(StrEnum):
    ABSENT = "absent"
    APOLOGIES = "apologies"
    PRESENT = "present"

    def __str__(self) -> str:
        return str(self.value)
