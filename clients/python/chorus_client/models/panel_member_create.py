from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.panel_role import PanelRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="PanelMemberCreate")


@_attrs_define
class PanelMemberCreate:
    """
    Attributes:
        person_id (UUID): One of the organisation's people.
        role (PanelRole):
        question_ids (list[UUID] | Unset): The lot's questions they score.
    """

    person_id: UUID
    role: PanelRole
    question_ids: list[UUID] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        person_id = str(self.person_id)

        role = self.role.value

        question_ids: list[str] | Unset = UNSET
        if not isinstance(self.question_ids, Unset):
            question_ids = []
            for question_ids_item_data in self.question_ids:
                question_ids_item = str(question_ids_item_data)
                question_ids.append(question_ids_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "personId": person_id,
                "role": role,
            }
        )
        if question_ids is not UNSET:
            field_dict["questionIds"] = question_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        person_id = UUID(d.pop("personId"))

        role = PanelRole(d.pop("role"))

        _question_ids = d.pop("questionIds", UNSET)
        question_ids: list[UUID] | Unset = UNSET
        if _question_ids is not UNSET:
            question_ids = []
            for question_ids_item_data in _question_ids:
                question_ids_item = UUID(question_ids_item_data)

                question_ids.append(question_ids_item)

        panel_member_create = cls(
            person_id=person_id,
            role=role,
            question_ids=question_ids,
        )

        return panel_member_create
