from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.meeting_status import MeetingStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agenda_item_input import AgendaItemInput


T = TypeVar("T", bound="MeetingUpdate")


@_attrs_define
class MeetingUpdate:
    """
    Attributes:
        agenda (list[AgendaItemInput] | None | Unset):
        ends_at (datetime.datetime | Unset):
        location (None | str | Unset):
        online_url (None | str | Unset):
        starts_at (datetime.datetime | Unset):
        status (MeetingStatus | Unset):
        title (str | Unset):
    """

    agenda: list[AgendaItemInput] | None | Unset = UNSET
    ends_at: datetime.datetime | Unset = UNSET
    location: None | str | Unset = UNSET
    online_url: None | str | Unset = UNSET
    starts_at: datetime.datetime | Unset = UNSET
    status: MeetingStatus | Unset = UNSET
    title: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        agenda: list[dict[str, Any]] | None | Unset
        if isinstance(self.agenda, Unset):
            agenda = UNSET
        elif isinstance(self.agenda, list):
            agenda = []
            for agenda_type_0_item_data in self.agenda:
                agenda_type_0_item = agenda_type_0_item_data.to_dict()
                agenda.append(agenda_type_0_item)

        else:
            agenda = self.agenda

        ends_at: str | Unset = UNSET
        if not isinstance(self.ends_at, Unset):
            ends_at = self.ends_at.isoformat()

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        online_url: None | str | Unset
        if isinstance(self.online_url, Unset):
            online_url = UNSET
        else:
            online_url = self.online_url

        starts_at: str | Unset = UNSET
        if not isinstance(self.starts_at, Unset):
            starts_at = self.starts_at.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if agenda is not UNSET:
            field_dict["agenda"] = agenda
        if ends_at is not UNSET:
            field_dict["endsAt"] = ends_at
        if location is not UNSET:
            field_dict["location"] = location
        if online_url is not UNSET:
            field_dict["onlineUrl"] = online_url
        if starts_at is not UNSET:
            field_dict["startsAt"] = starts_at
        if status is not UNSET:
            field_dict["status"] = status
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agenda_item_input import AgendaItemInput  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_agenda(data: object) -> list[AgendaItemInput] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                agenda_type_0 = []
                _agenda_type_0 = data
                for agenda_type_0_item_data in _agenda_type_0:
                    agenda_type_0_item = AgendaItemInput.from_dict(agenda_type_0_item_data)

                    agenda_type_0.append(agenda_type_0_item)

                return agenda_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AgendaItemInput] | None | Unset, data)

        agenda = _parse_agenda(d.pop("agenda", UNSET))

        _ends_at = d.pop("endsAt", UNSET)
        ends_at: datetime.datetime | Unset
        if isinstance(_ends_at, Unset):
            ends_at = UNSET
        else:
            ends_at = datetime.datetime.fromisoformat(_ends_at)

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        def _parse_online_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        online_url = _parse_online_url(d.pop("onlineUrl", UNSET))

        _starts_at = d.pop("startsAt", UNSET)
        starts_at: datetime.datetime | Unset
        if isinstance(_starts_at, Unset):
            starts_at = UNSET
        else:
            starts_at = datetime.datetime.fromisoformat(_starts_at)

        _status = d.pop("status", UNSET)
        status: MeetingStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = MeetingStatus(_status)

        title = d.pop("title", UNSET)

        meeting_update = cls(
            agenda=agenda,
            ends_at=ends_at,
            location=location,
            online_url=online_url,
            starts_at=starts_at,
            status=status,
            title=title,
        )

        return meeting_update
