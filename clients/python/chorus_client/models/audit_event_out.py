from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AuditEventOut")


@_attrs_define
class AuditEventOut:
    """
    Attributes:
        action (str):
        actor_id (None | UUID):
        actor_type (str):
        changed_fields (list[str]):
        created_at (datetime.datetime):
        entity_id (UUID):
        entity_type (str):
        id (UUID):
        request_id (None | str):
    """

    action: str
    actor_id: None | UUID
    actor_type: str
    changed_fields: list[str]
    created_at: datetime.datetime
    entity_id: UUID
    entity_type: str
    id: UUID
    request_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        actor_id: None | str
        if isinstance(self.actor_id, UUID):
            actor_id = str(self.actor_id)
        else:
            actor_id = self.actor_id

        actor_type = self.actor_type

        changed_fields = self.changed_fields

        created_at = self.created_at.isoformat()

        entity_id = str(self.entity_id)

        entity_type = self.entity_type

        id = str(self.id)

        request_id: None | str
        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "actorId": actor_id,
                "actorType": actor_type,
                "changedFields": changed_fields,
                "createdAt": created_at,
                "entityId": entity_id,
                "entityType": entity_type,
                "id": id,
                "requestId": request_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = d.pop("action")

        def _parse_actor_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actor_id_type_0 = UUID(data)

                return actor_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        actor_id = _parse_actor_id(d.pop("actorId"))

        actor_type = d.pop("actorType")

        changed_fields = cast(list[str], d.pop("changedFields"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        entity_id = UUID(d.pop("entityId"))

        entity_type = d.pop("entityType")

        id = UUID(d.pop("id"))

        def _parse_request_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        request_id = _parse_request_id(d.pop("requestId"))

        audit_event_out = cls(
            action=action,
            actor_id=actor_id,
            actor_type=actor_type,
            changed_fields=changed_fields,
            created_at=created_at,
            entity_id=entity_id,
            entity_type=entity_type,
            id=id,
            request_id=request_id,
        )

        audit_event_out.additional_properties = d
        return audit_event_out

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
