from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.election_method import ElectionMethod

if TYPE_CHECKING:
    from ..models.stage_out import StageOut


T = TypeVar("T", bound="ResultOut")


@_attrs_define
class ResultOut:
    """The published count: every stage, the rule, and the seed of the lot.

    Attributes:
        ballots (int):
        elected (list[UUID]):
        method (ElectionMethod):
        paper_marks (int):
        quota (int | None): The Droop quota, in votes (STV).
        seed (None | str): Re-run the lot: SHA-256 of seed:nominationId.
        stages (list[StageOut]):
        tie_break (str):
    """

    ballots: int
    elected: list[UUID]
    method: ElectionMethod
    paper_marks: int
    quota: int | None
    seed: None | str
    stages: list[StageOut]
    tie_break: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ballots = self.ballots

        elected = []
        for elected_item_data in self.elected:
            elected_item = str(elected_item_data)
            elected.append(elected_item)

        method = self.method.value

        paper_marks = self.paper_marks

        quota: int | None
        quota = self.quota

        seed: None | str
        seed = self.seed

        stages = []
        for stages_item_data in self.stages:
            stages_item = stages_item_data.to_dict()
            stages.append(stages_item)

        tie_break = self.tie_break

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ballots": ballots,
                "elected": elected,
                "method": method,
                "paperMarks": paper_marks,
                "quota": quota,
                "seed": seed,
                "stages": stages,
                "tieBreak": tie_break,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stage_out import StageOut  # noqa: PLC0415

        d = dict(src_dict)
        ballots = d.pop("ballots")

        elected = []
        _elected = d.pop("elected")
        for elected_item_data in _elected:
            elected_item = UUID(elected_item_data)

            elected.append(elected_item)

        method = ElectionMethod(d.pop("method"))

        paper_marks = d.pop("paperMarks")

        def _parse_quota(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        quota = _parse_quota(d.pop("quota"))

        def _parse_seed(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        seed = _parse_seed(d.pop("seed"))

        stages = []
        _stages = d.pop("stages")
        for stages_item_data in _stages:
            stages_item = StageOut.from_dict(stages_item_data)

            stages.append(stages_item)

        tie_break = d.pop("tieBreak")

        result_out = cls(
            ballots=ballots,
            elected=elected,
            method=method,
            paper_marks=paper_marks,
            quota=quota,
            seed=seed,
            stages=stages,
            tie_break=tie_break,
        )

        result_out.additional_properties = d
        return result_out

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
