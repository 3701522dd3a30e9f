from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.org_role import OrgRole

if TYPE_CHECKING:
    from ..models.api_client_summary import ApiClientSummary
    from ..models.my_membership import MyMembership
    from ..models.organisation_out import OrganisationOut
    from ..models.person_private import PersonPrivate


T = TypeVar("T", bound="MeOut")


@_attrs_define
class MeOut:
    """
    Attributes:
        client (ApiClientSummary | None): Null for a person.
        kind (str):
        memberships (list[MyMembership]): Your own, oldest first.
        organisation (OrganisationOut):
        person (None | PersonPrivate): Null for an API client.
        roles (list[OrgRole]):
        scopes (list[str]): OAuth scopes, for an API client.
    """

    client: ApiClientSummary | None
    kind: str
    memberships: list[MyMembership]
    organisation: OrganisationOut
    person: None | PersonPrivate
    roles: list[OrgRole]
    scopes: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.api_client_summary import ApiClientSummary  # noqa: PLC0415
        from ..models.person_private import PersonPrivate  # noqa: PLC0415

        client: dict[str, Any] | None
        if isinstance(self.client, ApiClientSummary):
            client = self.client.to_dict()
        else:
            client = self.client

        kind = self.kind

        memberships = []
        for memberships_item_data in self.memberships:
            memberships_item = memberships_item_data.to_dict()
            memberships.append(memberships_item)

        organisation = self.organisation.to_dict()

        person: dict[str, Any] | None
        if isinstance(self.person, PersonPrivate):
            person = self.person.to_dict()
        else:
            person = self.person

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.value
            roles.append(roles_item)

        scopes = self.scopes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client": client,
                "kind": kind,
                "memberships": memberships,
                "organisation": organisation,
                "person": person,
                "roles": roles,
                "scopes": scopes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_client_summary import ApiClientSummary  # noqa: PLC0415
        from ..models.my_membership import MyMembership  # noqa: PLC0415
        from ..models.organisation_out import OrganisationOut  # noqa: PLC0415
        from ..models.person_private import PersonPrivate  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_client(data: object) -> ApiClientSummary | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                client_type_0 = ApiClientSummary.from_dict(data)

                return client_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApiClientSummary | None, data)

        client = _parse_client(d.pop("client"))

        kind = d.pop("kind")

        memberships = []
        _memberships = d.pop("memberships")
        for memberships_item_data in _memberships:
            memberships_item = MyMembership.from_dict(memberships_item_data)

            memberships.append(memberships_item)

        organisation = OrganisationOut.from_dict(d.pop("organisation"))

        def _parse_person(data: object) -> None | PersonPrivate:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                person_type_0 = PersonPrivate.from_dict(data)

                return person_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonPrivate, data)

        person = _parse_person(d.pop("person"))

        roles = []
        _roles = d.pop("roles")
        for roles_item_data in _roles:
            roles_item = OrgRole(roles_item_data)

            roles.append(roles_item)

        scopes = cast(list[str], d.pop("scopes"))

        me_out = cls(
            client=client,
            kind=kind,
            memberships=memberships,
            organisation=organisation,
            person=person,
            roles=roles,
            scopes=scopes,
        )

        me_out.additional_properties = d
        return me_out

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
