from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.org_role import OrgRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="PersonCreate")


@_attrs_define
class PersonCreate:
    """
    Attributes:
        display_name (str):
        email (str):
        access_needs (None | str | Unset):
        initial_password (None | str | Unset): Administrators only. Write-only: never returned.
        lived_experience_categories (list[str] | Unset):
        phone (None | str | Unset):
        pronouns (None | str | Unset):
        roles (list[OrgRole] | Unset): Defaults to [MEMBER]; other roles need an administrator.
    """

    display_name: str
    email: str
    access_needs: None | str | Unset = UNSET
    initial_password: None | str | Unset = UNSET
    lived_experience_categories: list[str] | Unset = UNSET
    phone: None | str | Unset = UNSET
    pronouns: None | str | Unset = UNSET
    roles: list[OrgRole] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        email = self.email

        access_needs: None | str | Unset
        if isinstance(self.access_needs, Unset):
            access_needs = UNSET
        else:
            access_needs = self.access_needs

        initial_password: None | str | Unset
        if isinstance(self.initial_password, Unset):
            initial_password = UNSET
        else:
            initial_password = self.initial_password

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

        field_dict.update(
            {
                "displayName": display_name,
                "email": email,
            }
        )
        if access_needs is not UNSET:
            field_dict["accessNeeds"] = access_needs
        if initial_password is not UNSET:
            field_dict["initialPassword"] = initial_password
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
        display_name = d.pop("displayName")

        email = d.pop("email")

        def _parse_access_needs(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        access_needs = _parse_access_needs(d.pop("accessNeeds", UNSET))

        def _parse_initial_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        initial_password = _parse_initial_password(d.pop("initialPassword", UNSET))

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

        person_create = cls(
            display_name=display_name,
            email=email,
            access_needs=access_needs,
            initial_password=initial_password,
            lived_experience_categories=lived_experience_categories,
            phone=phone,
            pronouns=pronouns,
            roles=roles,
        )

        return person_create
