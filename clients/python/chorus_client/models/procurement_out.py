from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.procurement_status import ProcurementStatus

T = TypeVar("T", bound="ProcurementOut")


@_attrs_define
class ProcurementOut:
    """
    Attributes:
        allowed_statuses (list[ProcurementStatus]): Where it may move next.
        created_at (datetime.datetime):
        id (UUID):
        reference (str):
        status (ProcurementStatus):
        title (str):
        updated_at (datetime.datetime | None):
    """

    allowed_statuses: list[ProcurementStatus]
    created_at: datetime.datetime
    id: UUID
    reference: str
    status: ProcurementStatus
    title: str
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_statuses = []
        for allowed_statuses_item_data in self.allowed_statuses:
            allowed_statuses_item = allowed_statuses_item_data.value
            allowed_statuses.append(allowed_statuses_item)

        created_at = self.created_at.isoformat()

        id = str(self.id)

        reference = self.reference

        status = self.status.value

        title = self.title

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowedStatuses": allowed_statuses,
                "createdAt": created_at,
                "id": id,
                "reference": reference,
                "status": status,
                "title": title,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allowed_statuses = []
        _allowed_statuses = d.pop("allowedStatuses")
        for allowed_statuses_item_data in _allowed_statuses:
            allowed_statuses_item = ProcurementStatus(allowed_statuses_item_data)

            allowed_statuses.append(allowed_statuses_item)

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        id = UUID(d.pop("id"))

        reference = d.pop("reference")

        status = ProcurementStatus(d.pop("status"))

        title = d.pop("title")

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updatedAt"))

        procurement_out = cls(
            allowed_statuses=allowed_statuses,
            created_at=created_at,
            id=id,
            reference=reference,
            status=status,
            title=title,
            updated_at=updated_at,
        )

        procurement_out.additional_properties = d
        return procurement_out

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
