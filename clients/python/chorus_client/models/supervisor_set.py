from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="SupervisorSet")


@_attrs_define
class SupervisorSet:
    """
    Attributes:
        supervisor_id (UUID): The person who supervises this member.
    """

    supervisor_id: UUID

    def to_dict(self) -> dict[str, Any]:
        supervisor_id = str(self.supervisor_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "supervisorId": supervisor_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        supervisor_id = UUID(d.pop("supervisorId"))

        supervisor_set = cls(
            supervisor_id=supervisor_id,
        )

        return supervisor_set
