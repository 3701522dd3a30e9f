from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="GuestInvite")


@_attrs_define
class GuestInvite:
    """
    Attributes:
        person_id (UUID): A person of the organisation, not a member.
        reason (str): Why they are invited ("attends on request for item 3"). Shown to everyone who reads the meeting:
            say why they come, nothing about them.
    """

    person_id: UUID
    reason: str

    def to_dict(self) -> dict[str, Any]:
        person_id = str(self.person_id)

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "personId": person_id,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        person_id = UUID(d.pop("personId"))

        reason = d.pop("reason")

        guest_invite = cls(
            person_id=person_id,
            reason=reason,
        )

        return guest_invite
