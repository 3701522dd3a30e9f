from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.score_change_out import ScoreChangeOut


T = TypeVar("T", bound="ScoreOut")


@_attrs_define
class ScoreOut:
    """
    Attributes:
        bidder_id (UUID):
        changes (list[ScoreChangeOut]): Changes after submission, oldest first.
        created_at (datetime.datetime):
        id (UUID):
        member_id (UUID):
        question_id (UUID):
        rationale (str):
        score (int):
        updated_at (datetime.datetime | None):
    """

    bidder_id: UUID
    changes: list[ScoreChangeOut]
    created_at: datetime.datetime
    id: UUID
    member_id: UUID
    question_id: UUID
    rationale: str
    score: int
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bidder_id = str(self.bidder_id)

        changes = []
        for changes_item_data in self.changes:
            changes_item = changes_item_data.to_dict()
            changes.append(changes_item)

        created_at = self.created_at.isoformat()

        id = str(self.id)

        member_id = str(self.member_id)

        question_id = str(self.question_id)

        rationale = self.rationale

        score = self.score

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bidderId": bidder_id,
                "changes": changes,
                "createdAt": created_at,
                "id": id,
                "memberId": member_id,
                "questionId": question_id,
                "rationale": rationale,
                "score": score,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.score_change_out import ScoreChangeOut  # noqa: PLC0415

        d = dict(src_dict)
        bidder_id = UUID(d.pop("bidderId"))

        changes = []
        _changes = d.pop("changes")
        for changes_item_data in _changes:
            changes_item = ScoreChangeOut.from_dict(changes_item_data)

            changes.append(changes_item)

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        id = UUID(d.pop("id"))

        member_id = UUID(d.pop("memberId"))

        question_id = UUID(d.pop("questionId"))

        rationale = d.pop("rationale")

        score = d.pop("score")

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

        score_out = cls(
            bidder_id=bidder_id,
            changes=changes,
            created_at=created_at,
            id=id,
            member_id=member_id,
            question_id=question_id,
            rationale=rationale,
            score=score,
            updated_at=updated_at,
        )

        score_out.additional_properties = d
        return score_out

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
