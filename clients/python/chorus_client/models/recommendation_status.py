from enum import StrEnum


class RecommendationStatus(StrEnum):
    DRAFT = "draft"
    IMPLEMENTED = "implemented"
    IN_PROGRESS = "in_progress"
    NOT_IMPLEMENTED = "not_implemented"
    RESPONDED = "responded"
    SUBMITTED = "submitted"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
