from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.seat_kind import SeatKind

T = TypeVar("T", bound="SeatOut")


@_attrs_define
class SeatOut:
    """A seat an advisory board holds on the board it advises.

    Attributes:
        advisory_board_id (UUID):
        created_at (datetime.datetime):
        governance_board_id (UUID):
        holder_person_id (None | UUID):
        id (UUID):
        kind (SeatKind):
        name (str):
        pool_person_ids (list[UUID]): Empty: every member of the advisory board takes turns.
        required_training (list[str]):
        updated_at (datetime.datetime | None):
    """

    advisory_board_id: UUID
    created_at: datetime.datetime
    governance_board_id: UUID
    holder_person_id: None | UUID
    id: UUID
    kind: SeatKind
    name: str
    pool_person_ids: list[UUID]
    required_training: list[str]
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advisory_board_id = str(self.advisory_board_id)

        created_at = self.created_at.isoformat()

        governance_board_id = str(self.governance_board_id)

        holder_person_id: None | str
        if isinstance(self.holder_person_id, UUID):
            holder_person_id = str(self.holder_person_id)
        else:
            holder_person_id = self.holder_person_id

        id = str(self.id)

        kind = self.kind.value

        name = self.name

        pool_person_ids = []
        for pool_person_ids_item_data in self.pool_person_ids:
            pool_person_ids_item = str(pool_person_ids_item_data)
            pool_person_ids.append(pool_person_ids_item)

        required_training = self.required_training

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "advisoryBoardId": advisory_board_id,
                "createdAt": created_at,
                "governanceBoardId": governance_board_id,
                "holderPersonId": holder_person_id,
                "id": id,
                "kind": kind,
                "name": name,
                "poolPersonIds": pool_person_ids,
                "requiredTraining": required_training,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        advisory_board_id = UUID(d.pop("advisoryBoardId"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        governance_board_id = UUID(d.pop("governanceBoardId"))

        def _parse_holder_person_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                holder_person_id_type_0 = UUID(data)

                return holder_person_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        holder_person_id = _parse_holder_person_id(d.pop("holderPersonId"))

        id = UUID(d.pop("id"))

        kind = SeatKind(d.pop("kind"))

        name = d.pop("name")

        pool_person_ids = []
        _pool_person_ids = d.pop("poolPersonIds")
        for pool_person_ids_item_data in _pool_person_ids:
            pool_person_ids_item = UUID(pool_person_ids_item_data)

            pool_person_ids.append(pool_person_ids_item)

        required_training = cast(list[str], d.pop("requiredTraining"))

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

        seat_out = cls(
            advisory_board_id=advisory_board_id,
            created_at=created_at,
            governance_board_id=governance_board_id,
            holder_person_id=holder_person_id,
            id=id,
            kind=kind,
            name=name,
            pool_person_ids=pool_person_ids,
            required_training=required_training,
            updated_at=updated_at,
        )

        seat_out.additional_properties = d
        return seat_out

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
