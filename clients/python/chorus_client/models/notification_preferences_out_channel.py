from enum import StrEnum


class NotificationPreferencesOutChannel(StrEnum):
    EMAIL = "email"
    NONE = "none"
    POST = "post"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
