from enum import StrEnum


class QuestionKind(StrEnum):
    CHOICE = "choice"
    SCALE = "scale"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
