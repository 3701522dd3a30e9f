from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BoardUpdate")


@_attrs_define
class BoardUpdate:
    """
    Attributes:
        advises_board_id (None | Unset | UUID):
        description (None | str | Unset):
        easy_read_notifications (bool | Unset): Members' notifications use the easy-read wording (short sentences, one
            idea each) where a message has one. Defaults to false.
        name (str | Unset):
        notice_period_days (int | Unset):
        terms_of_reference (None | str | Unset):
        timezone (str | Unset):
    """

    advises_board_id: None | Unset | UUID = UNSET
    description: None | str | Unset = UNSET
    easy_read_notifications: bool | Unset = UNSET
    name: str | Unset = UNSET
    notice_period_days: int | Unset = UNSET
    terms_of_reference: None | str | Unset = UNSET
    timezone: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        advises_board_id: None | str | Unset
        if isinstance(self.advises_board_id, Unset):
            advises_board_id = UNSET
        elif isinstance(self.advises_board_id, UUID):
            advises_board_id = str(self.advises_board_id)
        else:
            advises_board_id = self.advises_board_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        easy_read_notifications = self.easy_read_notifications

        name = self.name

        notice_period_days = self.notice_period_days

        terms_of_reference: None | str | Unset
        if isinstance(self.terms_of_reference, Unset):
            terms_of_reference = UNSET
        else:
            terms_of_reference = self.terms_of_reference

        timezone = self.timezone

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if advises_board_id is not UNSET:
            field_dict["advisesBoardId"] = advises_board_id
        if description is not UNSET:
            field_dict["description"] = description
        if easy_read_notifications is not UNSET:
            field_dict["easyReadNotifications"] = easy_read_notifications
        if name is not UNSET:
            field_dict["name"] = name
        if notice_period_days is not UNSET:
            field_dict["noticePeriodDays"] = notice_period_days
        if terms_of_reference is not UNSET:
            field_dict["termsOfReference"] = terms_of_reference
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_advises_board_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                advises_board_id_type_0 = UUID(data)

                return advises_board_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        advises_board_id = _parse_advises_board_id(d.pop("advisesBoardId", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        easy_read_notifications = d.pop("easyReadNotifications", UNSET)

        name = d.pop("name", UNSET)

        notice_period_days = d.pop("noticePeriodDays", UNSET)

        def _parse_terms_of_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        terms_of_reference = _parse_terms_of_reference(d.pop("termsOfReference", UNSET))

        timezone = d.pop("timezone", UNSET)

        board_update = cls(
            advises_board_id=advises_board_id,
            description=description,
            easy_read_notifications=easy_read_notifications,
            name=name,
            notice_period_days=notice_period_days,
            terms_of_reference=terms_of_reference,
            timezone=timezone,
        )

        return board_update
