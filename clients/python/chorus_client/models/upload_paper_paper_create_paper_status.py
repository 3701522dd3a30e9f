from enum import StrEnum


class UploadPaperPaperCreatePaperStatus(StrEnum):
    CIRCULATED = "circulated"
    DRAFT = "draft"
    READY = "ready"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
