from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="SafeguardingLeadSet")


@_attrs_define
class SafeguardingLeadSet:
    """
    Attributes:
        safeguarding_lead_id (None | UUID): Who may read every supervision record besides the two people in it; null for
            nobody.
    """

    safeguarding_lead_id: None | UUID

    def to_dict(self) -> dict[str, Any]:
        safeguarding_lead_id: None | str
        if isinstance(self.safeguarding_lead_id, UUID):
            safeguarding_lead_id = str(self.safeguarding_lead_id)
        else:
            safeguarding_lead_id = self.safeguarding_lead_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "safeguardingLeadId": safeguarding_lead_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_safeguarding_lead_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                safeguarding_lead_id_type_0 = UUID(data)

                return safeguarding_lead_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        safeguarding_lead_id = _parse_safeguarding_lead_id(d.pop("safeguardingLeadId"))

        safeguarding_lead_set = cls(
            safeguarding_lead_id=safeguarding_lead_id,
        )

        return safeguarding_lead_set
