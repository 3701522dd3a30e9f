from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ScoreChangeOut")


@_attrs_define
class ScoreChangeOut:
    """A change made after submission: the earlier value, the new one and why.

    Attributes:
        actor_id (UUID):
        created_at (datetime.datetime):
        from_rationale (str):
        from_score (int):
        id (UUID):
        reason (str):
        to_rationale (str):
        to_score (int):
    """

    actor_id: UUID
    created_at: datetime.datetime
    from_rationale: str
    from_score: int
    id: UUID
    reason: str
    to_rationale: str
    to_score: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actor_id = str(self.actor_id)

        created_at = self.created_at.isoformat()

        from_rationale = self.from_rationale

        from_score = self.from_score

        id = str(self.id)

        reason = self.reason

        to_rationale = self.to_rationale

        to_score = self.to_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actorId": actor_id,
                "createdAt": created_at,
                "fromRationale": from_rationale,
                "fromScore": from_score,
                "id": id,
                "reason": reason,
                "toRationale": to_rationale,
                "toScore": to_score,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        actor_id = UUID(d.pop("actorId"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        from_rationale = d.pop("fromRationale")

        from_score = d.pop("fromScore")

        id = UUID(d.pop("id"))

        reason = d.pop("reason")

        to_rationale = d.pop("toRationale")

        to_score = d.pop("toScore")

        score_change_out = cls(
            actor_id=actor_id,
            created_at=created_at,
            from_rationale=from_rationale,
            from_score=from_score,
            id=id,
            reason=reason,
            to_rationale=to_rationale,
            to_score=to_score,
        )

        score_change_out.additional_properties = d
        return score_change_out

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
