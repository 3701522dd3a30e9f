from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AgreedScoreOut")


@_attrs_define
class AgreedScoreOut:
    """
    Attributes:
        bidder_id (UUID):
        created_at (datetime.datetime):
        difference_reason (None | str): Why it differs from an individual score, where it does.
        id (UUID):
        lot_id (UUID):
        question_id (UUID):
        rationale (str):
        recorded_by_id (UUID):
        score (int):
        updated_at (datetime.datetime | None):
    """

    bidder_id: UUID
    created_at: datetime.datetime
    difference_reason: None | str
    id: UUID
    lot_id: UUID
    question_id: UUID
    rationale: str
    recorded_by_id: UUID
    score: int
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bidder_id = str(self.bidder_id)

        created_at = self.created_at.isoformat()

        difference_reason: None | str
        difference_reason = self.difference_reason

        id = str(self.id)

        lot_id = str(self.lot_id)

        question_id = str(self.question_id)

        rationale = self.rationale

        recorded_by_id = str(self.recorded_by_id)

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
                "createdAt": created_at,
                "differenceReason": difference_reason,
                "id": id,
                "lotId": lot_id,
                "questionId": question_id,
                "rationale": rationale,
                "recordedById": recorded_by_id,
                "score": score,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bidder_id = UUID(d.pop("bidderId"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_difference_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        difference_reason = _parse_difference_reason(d.pop("differenceReason"))

        id = UUID(d.pop("id"))

        lot_id = UUID(d.pop("lotId"))

        question_id = UUID(d.pop("questionId"))

        rationale = d.pop("rationale")

        recorded_by_id = UUID(d.pop("recordedById"))

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

        agreed_score_out = cls(
            bidder_id=bidder_id,
            created_at=created_at,
            difference_reason=difference_reason,
            id=id,
            lot_id=lot_id,
            question_id=question_id,
            rationale=rationale,
            recorded_by_id=recorded_by_id,
            score=score,
            updated_at=updated_at,
        )

        agreed_score_out.additional_properties = d
        return agreed_score_out

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
