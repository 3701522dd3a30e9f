from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.panel_role import PanelRole

T = TypeVar("T", bound="PanelMemberOut")


@_attrs_define
class PanelMemberOut:
    """
    Attributes:
        created_at (datetime.datetime):
        declared_bidder_ids (list[UUID]): Bidders they have declared for; they see no bid or score until every bidder of
            the lot is here.
        id (UUID):
        lot_id (UUID):
        person_id (UUID):
        question_ids (list[UUID]): The questions they score.
        removed_at (datetime.datetime | None):
        removed_reason (None | str): Why they were taken off the lot.
        role (PanelRole):
        submitted_at (datetime.datetime | None): When they sealed their scores.
    """

    created_at: datetime.datetime
    declared_bidder_ids: list[UUID]
    id: UUID
    lot_id: UUID
    person_id: UUID
    question_ids: list[UUID]
    removed_at: datetime.datetime | None
    removed_reason: None | str
    role: PanelRole
    submitted_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        declared_bidder_ids = []
        for declared_bidder_ids_item_data in self.declared_bidder_ids:
            declared_bidder_ids_item = str(declared_bidder_ids_item_data)
            declared_bidder_ids.append(declared_bidder_ids_item)

        id = str(self.id)

        lot_id = str(self.lot_id)

        person_id = str(self.person_id)

        question_ids = []
        for question_ids_item_data in self.question_ids:
            question_ids_item = str(question_ids_item_data)
            question_ids.append(question_ids_item)

        removed_at: None | str
        if isinstance(self.removed_at, datetime.datetime):
            removed_at = self.removed_at.isoformat()
        else:
            removed_at = self.removed_at

        removed_reason: None | str
        removed_reason = self.removed_reason

        role = self.role.value

        submitted_at: None | str
        if isinstance(self.submitted_at, datetime.datetime):
            submitted_at = self.submitted_at.isoformat()
        else:
            submitted_at = self.submitted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "declaredBidderIds": declared_bidder_ids,
                "id": id,
                "lotId": lot_id,
                "personId": person_id,
                "questionIds": question_ids,
                "removedAt": removed_at,
                "removedReason": removed_reason,
                "role": role,
                "submittedAt": submitted_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        declared_bidder_ids = []
        _declared_bidder_ids = d.pop("declaredBidderIds")
        for declared_bidder_ids_item_data in _declared_bidder_ids:
            declared_bidder_ids_item = UUID(declared_bidder_ids_item_data)

            declared_bidder_ids.append(declared_bidder_ids_item)

        id = UUID(d.pop("id"))

        lot_id = UUID(d.pop("lotId"))

        person_id = UUID(d.pop("personId"))

        question_ids = []
        _question_ids = d.pop("questionIds")
        for question_ids_item_data in _question_ids:
            question_ids_item = UUID(question_ids_item_data)

            question_ids.append(question_ids_item)

        def _parse_removed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                removed_at_type_0 = datetime.datetime.fromisoformat(data)

                return removed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        removed_at = _parse_removed_at(d.pop("removedAt"))

        def _parse_removed_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        removed_reason = _parse_removed_reason(d.pop("removedReason"))

        role = PanelRole(d.pop("role"))

        def _parse_submitted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_at_type_0 = datetime.datetime.fromisoformat(data)

                return submitted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        submitted_at = _parse_submitted_at(d.pop("submittedAt"))

        panel_member_out = cls(
            created_at=created_at,
            declared_bidder_ids=declared_bidder_ids,
            id=id,
            lot_id=lot_id,
            person_id=person_id,
            question_ids=question_ids,
            removed_at=removed_at,
            removed_reason=removed_reason,
            role=role,
            submitted_at=submitted_at,
        )

        panel_member_out.additional_properties = d
        return panel_member_out

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
