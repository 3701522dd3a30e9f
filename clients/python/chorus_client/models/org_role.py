from enum import StrEnum


class OrgRole(StrEnum):
    ADMINISTRATOR = "administrator"
    COORDINATOR = "coordinator"
    FINANCE = "finance"
    MEMBER = "member"

    def __str__(self) -> str:
        return str(self.value)
