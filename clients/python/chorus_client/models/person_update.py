from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.org_role import OrgRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="PersonUpdate")


@_attrs_define
class PersonUpdate:
    """
    Attributes:
        access_needs (None | str | Unset):
        active (bool | Unset):
        display_name (str | Unset):
        email (str | Unset):
        lived_experience_categories (list[str] | Unset):
        phone (None | str | Unset):
        pronouns (None | str | Unset):
        roles (list[OrgRole] | Unset):
    """

    access_needs: None | str | Unset = UNSET
    active: bool | Unset = UNSET
    display_name: str | Unset = UNSET
    email: str | Unset = UNSET
    lived_experience_categories: list[str] | Unset = UNSET
    phone: None | str | Unset = UNSET
    pronouns: None | str | Unset = UNSET
    roles: list[OrgRole] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        access_needs: None | str | Unset
        if isinstance(self.access_needs, Unset):
            access_needs = UNSET
        else:
            access_needs = self.access_needs

        active = self.active

        display_name = self.display_name

        email = self.email

        lived_experience_categories: list[str] | Unset = UNSET
        if not isinstance(self.lived_experience_categories, Unset):
            lived_experience_categories = self.lived_experience_categories

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        pronouns: None | str | Unset
        if isinstance(self.pronouns, Unset):
            pronouns = UNSET
        else:
            pronouns = self.pronouns

        roles: list[str] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item = roles_item_data.value
                roles.append(roles_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if access_needs is not UNSET:
            field_dict["accessNeeds"] = access_needs
        if active is not UNSET:
            field_dict["active"] = active
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if email is not UNSET:
            field_dict["email"] = email
        if lived_experience_categories is not UNSET:
            field_dict["livedExperienceCategories"] = lived_experience_categories
        if phone is not UNSET:
            field_dict["phone"] = phone
        if pronouns is not UNSET:
            field_dict["pronouns"] = pronouns
        if roles is not UNSET:
            field_dict["roles"] = roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_access_needs(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        access_needs = _parse_access_needs(d.pop("accessNeeds", UNSET))

        active = d.pop("active", UNSET)

        display_name = d.pop("displayName", UNSET)

        email = d.pop("email", UNSET)

        lived_experience_categories = cast(list[str], d.pop("livedExperienceCategories", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_pronouns(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pronouns = _parse_pronouns(d.pop("pronouns", UNSET))

        _roles = d.pop("roles", UNSET)
        roles: list[OrgRole] | Unset = UNSET
        if _roles is not UNSET:
            roles = []
            for roles_item_data in _roles:
                roles_item = OrgRole(roles_item_data)

                roles.append(roles_item)

        person_update = cls(
            access_needs=access_needs,
            active=active,
            display_name=display_name,
            email=email,
            lived_experience_categories=lived_experience_categories,
            phone=phone,
            pronouns=pronouns,
            roles=roles,
        )

        return person_update
