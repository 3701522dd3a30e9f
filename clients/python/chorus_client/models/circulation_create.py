from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CirculationCreate")


@_attrs_define
class CirculationCreate:
    """
    Attributes:
        extra_recipient_ids (list[UUID] | Unset):
        late_reason (None | str | Unset):
        paper_ids (list[UUID] | None | Unset):
    """

    extra_recipient_ids: list[UUID] | Unset = UNSET
    late_reason: None | str | Unset = UNSET
    paper_ids: list[UUID] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        extra_recipient_ids: list[str] | Unset = UNSET
        if not isinstance(self.extra_recipient_ids, Unset):
            extra_recipient_ids = []
            for extra_recipient_ids_item_data in self.extra_recipient_ids:
                extra_recipient_ids_item = str(extra_recipient_ids_item_data)
                extra_recipient_ids.append(extra_recipient_ids_item)

        late_reason: None | str | Unset
        if isinstance(self.late_reason, Unset):
            late_reason = UNSET
        else:
            late_reason = self.late_reason

        paper_ids: list[str] | None | Unset
        if isinstance(self.paper_ids, Unset):
            paper_ids = UNSET
        elif isinstance(self.paper_ids, list):
            paper_ids = []
            for paper_ids_type_0_item_data in self.paper_ids:
                paper_ids_type_0_item = str(paper_ids_type_0_item_data)
                paper_ids.append(paper_ids_type_0_item)

        else:
            paper_ids = self.paper_ids

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if extra_recipient_ids is not UNSET:
            field_dict["extraRecipientIds"] = extra_recipient_ids
        if late_reason is not UNSET:
            field_dict["lateReason"] = late_reason
        if paper_ids is not UNSET:
            field_dict["paperIds"] = paper_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _extra_recipient_ids = d.pop("extraRecipientIds", UNSET)
        extra_recipient_ids: list[UUID] | Unset = UNSET
        if _extra_recipient_ids is not UNSET:
            extra_recipient_ids = []
            for extra_recipient_ids_item_data in _extra_recipient_ids:
                extra_recipient_ids_item = UUID(extra_recipient_ids_item_data)

                extra_recipient_ids.append(extra_recipient_ids_item)

        def _parse_late_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        late_reason = _parse_late_reason(d.pop("lateReason", UNSET))

        def _parse_paper_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                paper_ids_type_0 = []
                _paper_ids_type_0 = data
                for paper_ids_type_0_item_data in _paper_ids_type_0:
                    paper_ids_type_0_item = UUID(paper_ids_type_0_item_data)

                    paper_ids_type_0.append(paper_ids_type_0_item)

                return paper_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        paper_ids = _parse_paper_ids(d.pop("paperIds", UNSET))

        circulation_create = cls(
            extra_recipient_ids=extra_recipient_ids,
            late_reason=late_reason,
            paper_ids=paper_ids,
        )

        return circulation_create
