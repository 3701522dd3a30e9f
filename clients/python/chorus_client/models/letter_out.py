from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LetterOut")


@_attrs_define
class LetterOut:
    """A letter waiting to be printed and posted: what to print and where it goes.

    Attributes:
        body (str): The text to print.
        created_at (datetime.datetime):
        display_name (str):
        id (UUID):
        person_id (UUID):
        postal_address (str):
        subject (str):
        template (str):
    """

    body: str
    created_at: datetime.datetime
    display_name: str
    id: UUID
    person_id: UUID
    postal_address: str
    subject: str
    template: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        created_at = self.created_at.isoformat()

        display_name = self.display_name

        id = str(self.id)

        person_id = str(self.person_id)

        postal_address = self.postal_address

        subject = self.subject

        template = self.template

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
                "createdAt": created_at,
                "displayName": display_name,
                "id": id,
                "personId": person_id,
                "postalAddress": postal_address,
                "subject": subject,
                "template": template,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        display_name = d.pop("displayName")

        id = UUID(d.pop("id"))

        person_id = UUID(d.pop("personId"))

        postal_address = d.pop("postalAddress")

        subject = d.pop("subject")

        template = d.pop("template")

        letter_out = cls(
            body=body,
            created_at=created_at,
            display_name=display_name,
            id=id,
            person_id=person_id,
            postal_address=postal_address,
            subject=subject,
            template=template,
        )

        letter_out.additional_properties = d
        return letter_out

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
