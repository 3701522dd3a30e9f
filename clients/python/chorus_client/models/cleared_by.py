from enum import StrEnum


class ClearedBy(StrEnum):
    RETURN_CLAIM = "return_claim"
    SET_PAYEE_DETAILS = "set_payee_details"

    def __str__(self) -> str:
        return str(self.value)
