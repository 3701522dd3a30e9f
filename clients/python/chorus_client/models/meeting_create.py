from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agenda_item_input import AgendaItemInput


T = TypeVar("T", bound="MeetingCreate")


@_attrs_define
class MeetingCreate:
    """
    Attributes:
        ends_at (datetime.datetime):
        starts_at (datetime.datetime): With a time zone offset.
        title (str):
        agenda (list[AgendaItemInput] | Unset):
        location (None | str | Unset):
        online_url (None | str | Unset):
    """

    ends_at: datetime.datetime
    starts_at: datetime.datetime
    title: str
    agenda: list[AgendaItemInput] | Unset = UNSET
    location: None | str | Unset = UNSET
    online_url: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        ends_at = self.ends_at.isoformat()

        starts_at = self.starts_at.isoformat()

        title = self.title

        agenda: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.agenda, Unset):
            agenda = []
            for agenda_item_data in self.agenda:
                agenda_item = agenda_item_data.to_dict()
                agenda.append(agenda_item)

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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "endsAt": ends_at,
                "startsAt": starts_at,
                "title": title,
            }
        )
        if agenda is not UNSET:
            field_dict["agenda"] = agenda
        if location is not UNSET:
            field_dict["location"] = location
        if online_url is not UNSET:
            field_dict["onlineUrl"] = online_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agenda_item_input import AgendaItemInput  # noqa: PLC0415

        d = dict(src_dict)
        ends_at = datetime.datetime.fromisoformat(d.pop("endsAt"))

        starts_at = datetime.datetime.fromisoformat(d.pop("startsAt"))

        title = d.pop("title")

        _agenda = d.pop("agenda", UNSET)
        agenda: list[AgendaItemInput] | Unset = UNSET
        if _agenda is not UNSET:
            agenda = []
            for agenda_item_data in _agenda:
                agenda_item = AgendaItemInput.from_dict(agenda_item_data)

                agenda.append(agenda_item)

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

        meeting_create = cls(
            ends_at=ends_at,
            starts_at=starts_at,
            title=title,
            agenda=agenda,
            location=location,
            online_url=online_url,
        )

        return meeting_create
