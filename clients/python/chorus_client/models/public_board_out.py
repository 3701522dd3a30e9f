from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.public_minutes_out import PublicMinutesOut
    from ..models.public_paper_out import PublicPaperOut
    from ..models.public_recommendation_out import PublicRecommendationOut
    from ..models.public_theme_out import PublicThemeOut
    from ..models.public_timeliness_out import PublicTimelinessOut


T = TypeVar("T", bound="PublicBoardOut")


@_attrs_define
class PublicBoardOut:
    """A published board's record, as anyone may read it: no person is named.

    Attributes:
        as_of (datetime.date):
        easy_read_summary (None | str):
        minutes (list[PublicMinutesOut]): Approved minutes, newest first.
        name (str):
        papers (list[PublicPaperOut]): Papers classified public, out of embargo.
        published_at (datetime.datetime | None):
        slug (str):
        suppressed_below (int): The organisation's small-number threshold.
        themes (list[PublicThemeOut]): Issues heard, per theme, as counts.
        timeliness (PublicTimelinessOut): Counts under `suppressedBelow` are null, and so is any share or median that
            would give one back.
        you_said_we_did (list[PublicRecommendationOut]):
    """

    as_of: datetime.date
    easy_read_summary: None | str
    minutes: list[PublicMinutesOut]
    name: str
    papers: list[PublicPaperOut]
    published_at: datetime.datetime | None
    slug: str
    suppressed_below: int
    themes: list[PublicThemeOut]
    timeliness: PublicTimelinessOut
    you_said_we_did: list[PublicRecommendationOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of = self.as_of.isoformat()

        easy_read_summary: None | str
        easy_read_summary = self.easy_read_summary

        minutes = []
        for minutes_item_data in self.minutes:
            minutes_item = minutes_item_data.to_dict()
            minutes.append(minutes_item)

        name = self.name

        papers = []
        for papers_item_data in self.papers:
            papers_item = papers_item_data.to_dict()
            papers.append(papers_item)

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        slug = self.slug

        suppressed_below = self.suppressed_below

        themes = []
        for themes_item_data in self.themes:
            themes_item = themes_item_data.to_dict()
            themes.append(themes_item)

        timeliness = self.timeliness.to_dict()

        you_said_we_did = []
        for you_said_we_did_item_data in self.you_said_we_did:
            you_said_we_did_item = you_said_we_did_item_data.to_dict()
            you_said_we_did.append(you_said_we_did_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asOf": as_of,
                "easyReadSummary": easy_read_summary,
                "minutes": minutes,
                "name": name,
                "papers": papers,
                "publishedAt": published_at,
                "slug": slug,
                "suppressedBelow": suppressed_below,
                "themes": themes,
                "timeliness": timeliness,
                "youSaidWeDid": you_said_we_did,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.public_minutes_out import PublicMinutesOut  # noqa: PLC0415
        from ..models.public_paper_out import PublicPaperOut  # noqa: PLC0415
        from ..models.public_recommendation_out import PublicRecommendationOut  # noqa: PLC0415
        from ..models.public_theme_out import PublicThemeOut  # noqa: PLC0415
        from ..models.public_timeliness_out import PublicTimelinessOut  # noqa: PLC0415

        d = dict(src_dict)
        as_of = datetime.date.fromisoformat(d.pop("asOf"))

        def _parse_easy_read_summary(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        easy_read_summary = _parse_easy_read_summary(d.pop("easyReadSummary"))

        minutes = []
        _minutes = d.pop("minutes")
        for minutes_item_data in _minutes:
            minutes_item = PublicMinutesOut.from_dict(minutes_item_data)

            minutes.append(minutes_item)

        name = d.pop("name")

        papers = []
        _papers = d.pop("papers")
        for papers_item_data in _papers:
            papers_item = PublicPaperOut.from_dict(papers_item_data)

            papers.append(papers_item)

        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("publishedAt"))

        slug = d.pop("slug")

        suppressed_below = d.pop("suppressedBelow")

        themes = []
        _themes = d.pop("themes")
        for themes_item_data in _themes:
            themes_item = PublicThemeOut.from_dict(themes_item_data)

            themes.append(themes_item)

        timeliness = PublicTimelinessOut.from_dict(d.pop("timeliness"))

        you_said_we_did = []
        _you_said_we_did = d.pop("youSaidWeDid")
        for you_said_we_did_item_data in _you_said_we_did:
            you_said_we_did_item = PublicRecommendationOut.from_dict(you_said_we_did_item_data)

            you_said_we_did.append(you_said_we_did_item)

        public_board_out = cls(
            as_of=as_of,
            easy_read_summary=easy_read_summary,
            minutes=minutes,
            name=name,
            papers=papers,
            published_at=published_at,
            slug=slug,
            suppressed_below=suppressed_below,
            themes=themes,
            timeliness=timeliness,
            you_said_we_did=you_said_we_did,
        )

        public_board_out.additional_properties = d
        return public_board_out

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
