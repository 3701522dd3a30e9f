from enum import StrEnum


class Vehicle(StrEnum):
    BICYCLE = "bicycle"
    CAR = "car"
    MOTORCYCLE = "motorcycle"

    def __str__(self) -> str:
        return str(self.value)
