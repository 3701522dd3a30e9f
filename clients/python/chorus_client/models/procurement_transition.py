from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.procurement_status import ProcurementStatus

T = TypeVar("T", bound="ProcurementTransition")


@_attrs_define
class ProcurementTransition:
    """
    Attributes:
        status (ProcurementStatus):
    """

    status: ProcurementStatus

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = ProcurementStatus(d.pop("status"))

        procurement_transition = cls(
            status=status,
        )

        return procurement_transition
