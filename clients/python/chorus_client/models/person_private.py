from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.org_role import OrgRole

T = TypeVar("T", bound="PersonPrivate")


@_attrs_define
class PersonPrivate:
    """Shown only to the person themself, coordinators and administrators.

    Attributes:
        access_needs (None | str): Shown only to the person themself, coordinators and administrators.
        active (bool):
        created_at (datetime.datetime):
        display_name (str):
        email (str): Shown only to the person themself, coordinators and administrators. The sign-in email in force.
        id (UUID):
        lived_experience_categories (list[str]): Shown only to the person themself, coordinators and administrators.
        pending_email (None | str): Shown only to the person themself, coordinators and administrators. A new sign-in
            email asked for and not yet confirmed from that address; `email` stays in force for sign-in and messages until
            it is.
        phone (None | str): Shown only to the person themself, coordinators and administrators.
        pronouns (None | str):
        roles (list[OrgRole]):
        updated_at (datetime.datetime | None):
    """

    access_needs: None | str
    active: bool
    created_at: datetime.datetime
    display_name: str
    email: str
    id: UUID
    lived_experience_categories: list[str]
    pending_email: None | str
    phone: None | str
    pronouns: None | str
    roles: list[OrgRole]
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_needs: None | str
        access_needs = self.access_needs

        active = self.active

        created_at = self.created_at.isoformat()

        display_name = self.display_name

        email = self.email

        id = str(self.id)

        lived_experience_categories = self.lived_experience_categories

        pending_email: None | str
        pending_email = self.pending_email

        phone: None | str
        phone = self.phone

        pronouns: None | str
        pronouns = self.pronouns

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.value
            roles.append(roles_item)

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accessNeeds": access_needs,
                "active": active,
                "createdAt": created_at,
                "displayName": display_name,
                "email": email,
                "id": id,
                "livedExperienceCategories": lived_experience_categories,
                "pendingEmail": pending_email,
                "phone": phone,
                "pronouns": pronouns,
                "roles": roles,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_access_needs(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        access_needs = _parse_access_needs(d.pop("accessNeeds"))

        active = d.pop("active")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        display_name = d.pop("displayName")

        email = d.pop("email")

        id = UUID(d.pop("id"))

        lived_experience_categories = cast(list[str], d.pop("livedExperienceCategories"))

        def _parse_pending_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        pending_email = _parse_pending_email(d.pop("pendingEmail"))

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))

        def _parse_pronouns(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        pronouns = _parse_pronouns(d.pop("pronouns"))

        roles = []
        _roles = d.pop("roles")
        for roles_item_data in _roles:
            roles_item = OrgRole(roles_item_data)

            roles.append(roles_item)

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

        person_private = cls(
            access_needs=access_needs,
            active=active,
            created_at=created_at,
            display_name=display_name,
            email=email,
            id=id,
            lived_experience_categories=lived_experience_categories,
            pending_email=pending_email,
            phone=phone,
            pronouns=pronouns,
            roles=roles,
            updated_at=updated_at,
        )

        person_private.additional_properties = d
        return person_private

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
