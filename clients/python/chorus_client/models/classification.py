from enum import StrEnum


class Classification(StrEnum):
    OFFICIAL = "official"
    OFFICIAL_SENSITIVE = "official_sensitive"
    PUBLIC = "public"

    def __str__(self) -> str:
        return str(self.value)
