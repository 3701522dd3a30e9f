from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.theme_count_out import ThemeCountOut


T = TypeVar("T", bound="RecommendationTrailOut")


@_attrs_define
class RecommendationTrailOut:
    """What is behind a recommendation, as anyone who may read it sees it: counts under
    `suppressedBelow`, zero included, are null with `suppressed: true`.

        Attributes:
            issue_count (int | None):
            recommendation_id (UUID):
            suppressed (bool):
            suppressed_below (int):
            themes (list[ThemeCountOut]):
    """

    issue_count: int | None
    recommendation_id: UUID
    suppressed: bool
    suppressed_below: int
    themes: list[ThemeCountOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        issue_count: int | None
        issue_count = self.issue_count

        recommendation_id = str(self.recommendation_id)

        suppressed = self.suppressed

        suppressed_below = self.suppressed_below

        themes = []
        for themes_item_data in self.themes:
            themes_item = themes_item_data.to_dict()
            themes.append(themes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "issueCount": issue_count,
                "recommendationId": recommendation_id,
                "suppressed": suppressed,
                "suppressedBelow": suppressed_below,
                "themes": themes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.theme_count_out import ThemeCountOut  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_issue_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        issue_count = _parse_issue_count(d.pop("issueCount"))

        recommendation_id = UUID(d.pop("recommendationId"))

        suppressed = d.pop("suppressed")

        suppressed_below = d.pop("suppressedBelow")

        themes = []
        _themes = d.pop("themes")
        for themes_item_data in _themes:
            themes_item = ThemeCountOut.from_dict(themes_item_data)

            themes.append(themes_item)

        recommendation_trail_out = cls(
            issue_count=issue_count,
            recommendation_id=recommendation_id,
            suppressed=suppressed,
            suppressed_below=suppressed_below,
            themes=themes,
        )

        recommendation_trail_out.additional_properties = d
        return recommendation_trail_out

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
