from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SeatUpdate")


@_attrs_define
class SeatUpdate:
    """
    Attributes:
        holder_person_id (None | Unset | UUID):
        name (str | Unset):
        pool_person_ids (list[UUID] | Unset):
        required_training (list[str] | Unset):
    """

    holder_person_id: None | Unset | UUID = UNSET
    name: str | Unset = UNSET
    pool_person_ids: list[UUID] | Unset = UNSET
    required_training: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        holder_person_id: None | str | Unset
        if isinstance(self.holder_person_id, Unset):
            holder_person_id = UNSET
        elif isinstance(self.holder_person_id, UUID):
            holder_person_id = str(self.holder_person_id)
        else:
            holder_person_id = self.holder_person_id

        name = self.name

        pool_person_ids: list[str] | Unset = UNSET
        if not isinstance(self.pool_person_ids, Unset):
            pool_person_ids = []
            for pool_person_ids_item_data in self.pool_person_ids:
                pool_person_ids_item = str(pool_person_ids_item_data)
                pool_person_ids.append(pool_person_ids_item)

        required_training: list[str] | Unset = UNSET
        if not isinstance(self.required_training, Unset):
            required_training = self.required_training

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if holder_person_id is not UNSET:
            field_dict["holderPersonId"] = holder_person_id
        if name is not UNSET:
            field_dict["name"] = name
        if pool_person_ids is not UNSET:
            field_dict["poolPersonIds"] = pool_person_ids
        if required_training is not UNSET:
            field_dict["requiredTraining"] = required_training

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_holder_person_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                holder_person_id_type_0 = UUID(data)

                return holder_person_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        holder_person_id = _parse_holder_person_id(d.pop("holderPersonId", UNSET))

        name = d.pop("name", UNSET)

        _pool_person_ids = d.pop("poolPersonIds", UNSET)
        pool_person_ids: list[UUID] | Unset = UNSET
        if _pool_person_ids is not UNSET:
            pool_person_ids = []
            for pool_person_ids_item_data in _pool_person_ids:
                pool_person_ids_item = UUID(pool_person_ids_item_data)

                pool_person_ids.append(pool_person_ids_item)

        required_training = cast(list[str], d.pop("requiredTraining", UNSET))

        seat_update = cls(
            holder_person_id=holder_person_id,
            name=name,
            pool_person_ids=pool_person_ids,
            required_training=required_training,
        )

        return seat_update
