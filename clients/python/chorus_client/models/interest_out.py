from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InterestOut")


@_attrs_define
class InterestOut:
    """A declaration of interest.

    Attributes:
        created_at (datetime.datetime):
        declared_on (datetime.date):
        description (str):
        id (UUID):
        organisations (list[str]):
        person_id (UUID):
        topic_tags (list[str]):
    """

    created_at: datetime.datetime
    declared_on: datetime.date
    description: str
    id: UUID
    organisations: list[str]
    person_id: UUID
    topic_tags: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        declared_on = self.declared_on.isoformat()

        description = self.description

        id = str(self.id)

        organisations = self.organisations

        person_id = str(self.person_id)

        topic_tags = self.topic_tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "declaredOn": declared_on,
                "description": description,
                "id": id,
                "organisations": organisations,
                "personId": person_id,
                "topicTags": topic_tags,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        declared_on = datetime.date.fromisoformat(d.pop("declaredOn"))

        description = d.pop("description")

        id = UUID(d.pop("id"))

        organisations = cast(list[str], d.pop("organisations"))

        person_id = UUID(d.pop("personId"))

        topic_tags = cast(list[str], d.pop("topicTags"))

        interest_out = cls(
            created_at=created_at,
            declared_on=declared_on,
            description=description,
            id=id,
            organisations=organisations,
            person_id=person_id,
            topic_tags=topic_tags,
        )

        interest_out.additional_properties = d
        return interest_out

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
