from enum import StrEnum


class Scope(StrEnum):
    BOARDSREAD = "boards:read"
    BOARDSWRITE = "boards:write"
    EXPENSESREAD = "expenses:read"
    MEETINGSREAD = "meetings:read"
    MEETINGSWRITE = "meetings:write"
    PAPERSREAD = "papers:read"
    PAPERSWRITE = "papers:write"
    PAYMENTSWRITE = "payments:write"
    PEOPLEREAD = "people:read"
    PEOPLEWRITE = "people:write"
    POLLSREAD = "polls:read"
    POLLSWRITE = "polls:write"
    RECOMMENDATIONSREAD = "recommendations:read"
    RECOMMENDATIONSRESPOND = "recommendations:respond"
    RECRUITMENTREAD = "recruitment:read"
    SEATSREAD = "seats:read"
    SEATSWRITE = "seats:write"
    WEBHOOKSMANAGE = "webhooks:manage"

    def __str__(self) -> str:
        return str(self.value)
