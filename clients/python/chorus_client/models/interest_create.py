from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="InterestCreate")


@_attrs_define
class InterestCreate:
    """
    Attributes:
        declared_on (datetime.date):
        description (str):
        organisations (list[str] | Unset): Organisations the connection is with, by name: a procurement lot's shortlist
            leaves out anyone who names one of its bidders.
        topic_tags (list[str] | Unset):
    """

    declared_on: datetime.date
    description: str
    organisations: list[str] | Unset = UNSET
    topic_tags: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        declared_on = self.declared_on.isoformat()

        description = self.description

        organisations: list[str] | Unset = UNSET
        if not isinstance(self.organisations, Unset):
            organisations = self.organisations

        topic_tags: list[str] | Unset = UNSET
        if not isinstance(self.topic_tags, Unset):
            topic_tags = self.topic_tags

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "declaredOn": declared_on,
                "description": description,
            }
        )
        if organisations is not UNSET:
            field_dict["organisations"] = organisations
        if topic_tags is not UNSET:
            field_dict["topicTags"] = topic_tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        declared_on = datetime.date.fromisoformat(d.pop("declaredOn"))

        description = d.pop("description")

        organisations = cast(list[str], d.pop("organisations", UNSET))

        topic_tags = cast(list[str], d.pop("topicTags", UNSET))

        interest_create = cls(
            declared_on=declared_on,
            description=description,
            organisations=organisations,
            topic_tags=topic_tags,
        )

        return interest_create
