from enum import StrEnum


class PanelRole(StrEnum):
    CHAIR = "chair"
    EXPERT_BY_EXPERIENCE = "expert_by_experience"
    PROFESSIONAL = "professional"

    def __str__(self) -> str:
        return str(self.value)
