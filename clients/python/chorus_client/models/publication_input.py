from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PublicationInput")


@_attrs_define
class PublicationInput:
    """The whole setting: a PUT replaces it.

    Attributes:
        slug (str): The page's address, /public/boards/{slug}: lower-case letters, digits and single hyphens. Unique
            across the service, since the address names no organisation.
        easy_read_summary (None | str | Unset): Shown on the public page as given: write it for the public.
        published (bool | Unset): Opt in (true) or out: emits board.published/unpublished. Default: False.
    """

    slug: str
    easy_read_summary: None | str | Unset = UNSET
    published: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        easy_read_summary: None | str | Unset
        if isinstance(self.easy_read_summary, Unset):
            easy_read_summary = UNSET
        else:
            easy_read_summary = self.easy_read_summary

        published = self.published

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "slug": slug,
            }
        )
        if easy_read_summary is not UNSET:
            field_dict["easyReadSummary"] = easy_read_summary
        if published is not UNSET:
            field_dict["published"] = published

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        slug = d.pop("slug")

        def _parse_easy_read_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        easy_read_summary = _parse_easy_read_summary(d.pop("easyReadSummary", UNSET))

        published = d.pop("published", UNSET)

        publication_input = cls(
            slug=slug,
            easy_read_summary=easy_read_summary,
            published=published,
        )

        return publication_input
