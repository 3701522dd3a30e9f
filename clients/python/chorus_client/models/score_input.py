from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScoreInput")


@_attrs_define
class ScoreInput:
    """
    Attributes:
        bidder_id (UUID):
        question_id (UUID):
        rationale (str):
        score (int):
        reason (None | str | Unset): Why: needed to change a score after submitting.
    """

    bidder_id: UUID
    question_id: UUID
    rationale: str
    score: int
    reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        bidder_id = str(self.bidder_id)

        question_id = str(self.question_id)

        rationale = self.rationale

        score = self.score

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bidderId": bidder_id,
                "questionId": question_id,
                "rationale": rationale,
                "score": score,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bidder_id = UUID(d.pop("bidderId"))

        question_id = UUID(d.pop("questionId"))

        rationale = d.pop("rationale")

        score = d.pop("score")

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        score_input = cls(
            bidder_id=bidder_id,
            question_id=question_id,
            rationale=rationale,
            score=score,
            reason=reason,
        )

        return score_input
