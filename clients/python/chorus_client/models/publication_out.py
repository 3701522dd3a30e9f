from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PublicationOut")


@_attrs_define
class PublicationOut:
    """Whether the board's record is public, and where.

    Attributes:
        board_id (UUID):
        easy_read_summary (None | str):
        public_path (None | str): The page's path while published.
        published (bool):
        published_at (datetime.datetime | None): When it was last opted in.
        slug (None | str): null until one is set.
    """

    board_id: UUID
    easy_read_summary: None | str
    public_path: None | str
    published: bool
    published_at: datetime.datetime | None
    slug: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        board_id = str(self.board_id)

        easy_read_summary: None | str
        easy_read_summary = self.easy_read_summary

        public_path: None | str
        public_path = self.public_path

        published = self.published

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        slug: None | str
        slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "boardId": board_id,
                "easyReadSummary": easy_read_summary,
                "publicPath": public_path,
                "published": published,
                "publishedAt": published_at,
                "slug": slug,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        board_id = UUID(d.pop("boardId"))

        def _parse_easy_read_summary(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        easy_read_summary = _parse_easy_read_summary(d.pop("easyReadSummary"))

        def _parse_public_path(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        public_path = _parse_public_path(d.pop("publicPath"))

        published = d.pop("published")

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

        def _parse_slug(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        slug = _parse_slug(d.pop("slug"))

        publication_out = cls(
            board_id=board_id,
            easy_read_summary=easy_read_summary,
            public_path=public_path,
            published=published,
            published_at=published_at,
            slug=slug,
        )

        publication_out.additional_properties = d
        return publication_out

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
