from enum import StrEnum


class NotificationOutStatus(StrEnum):
    FAILED = "failed"
    HELD = "held"
    PRINTED = "printed"
    QUEUED = "queued"
    SENT = "sent"
    WITHHELD = "withheld"

    def __str__(self) -> str:
        return str(self.value)
