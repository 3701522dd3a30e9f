from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SupportSettingsOut")


@_attrs_define
class SupportSettingsOut:
    """
    Attributes:
        safeguarding_lead_id (None | UUID):
    """

    safeguarding_lead_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        safeguarding_lead_id: None | str
        if isinstance(self.safeguarding_lead_id, UUID):
            safeguarding_lead_id = str(self.safeguarding_lead_id)
        else:
            safeguarding_lead_id = self.safeguarding_lead_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        support_settings_out = cls(
            safeguarding_lead_id=safeguarding_lead_id,
        )

        support_settings_out.additional_properties = d
        return support_settings_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
