from enum import StrEnum


class ClaimStatus(StrEnum):
    APPROVED = "approved"
    DRAFT = "draft"
    IN_PAYMENT_RUN = "in_payment_run"
    PAID = "paid"
    REJECTED = "rejected"
    RETURNED = "returned"
    SUBMITTED = "submitted"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
