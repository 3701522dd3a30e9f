from enum import StrEnum


class Category(StrEnum):
    ACCOMMODATION = "accommodation"
    CARE_COSTS = "care_costs"
    INVOLVEMENT_PAYMENT = "involvement_payment"
    MILEAGE = "mileage"
    OTHER = "other"
    PARKING = "parking"
    PUBLIC_TRANSPORT = "public_transport"
    SUBSISTENCE = "subsistence"
    TAXI = "taxi"

    def __str__(self) -> str:
        return str(self.value)
