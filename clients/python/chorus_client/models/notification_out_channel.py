from enum import StrEnum


class NotificationOutChannel(StrEnum):
    EMAIL = "email"
    POST = "post"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
