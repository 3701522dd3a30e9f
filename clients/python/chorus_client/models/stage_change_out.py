from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stage import Stage

T = TypeVar("T", bound="StageChangeOut")


@_attrs_define
class StageChangeOut:
    """One move of an application, with its reason.

    Attributes:
        actor_id (UUID):
        actor_type (str):
        created_at (datetime.datetime):
        from_stage (None | Stage):
        id (UUID):
        reason (str): Personal data: shown only to coordinators, administrators and the applicant.
        to_stage (Stage):
    """

    actor_id: UUID
    actor_type: str
    created_at: datetime.datetime
    from_stage: None | Stage
    id: UUID
    reason: str
    to_stage: Stage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actor_id = str(self.actor_id)

        actor_type = self.actor_type

        created_at = self.created_at.isoformat()

        from_stage: None | str
        if isinstance(self.from_stage, Stage):
            from_stage = self.from_stage.value
        else:
            from_stage = self.from_stage

        id = str(self.id)

        reason = self.reason

        to_stage = self.to_stage.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actorId": actor_id,
                "actorType": actor_type,
                "createdAt": created_at,
                "fromStage": from_stage,
                "id": id,
                "reason": reason,
                "toStage": to_stage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        actor_id = UUID(d.pop("actorId"))

        actor_type = d.pop("actorType")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_from_stage(data: object) -> None | Stage:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_stage_type_0 = Stage(data)

                return from_stage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Stage, data)

        from_stage = _parse_from_stage(d.pop("fromStage"))

        id = UUID(d.pop("id"))

        reason = d.pop("reason")

        to_stage = Stage(d.pop("toStage"))

        stage_change_out = cls(
            actor_id=actor_id,
            actor_type=actor_type,
            created_at=created_at,
            from_stage=from_stage,
            id=id,
            reason=reason,
            to_stage=to_stage,
        )

        stage_change_out.additional_properties = d
        return stage_change_out

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
