from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meeting_status import MeetingStatus

if TYPE_CHECKING:
    from ..models.agenda_item_out import AgendaItemOut


T = TypeVar("T", bound="MeetingOut")


@_attrs_define
class MeetingOut:
    """A dated sitting of a board. Times are UTC.

    Attributes:
        agenda (list[AgendaItemOut]):
        board_id (UUID):
        created_at (datetime.datetime):
        ends_at (datetime.datetime):
        id (UUID):
        location (None | str):
        online_url (None | str):
        starts_at (datetime.datetime):
        status (MeetingStatus):
        title (str):
        updated_at (datetime.datetime | None):
    """

    agenda: list[AgendaItemOut]
    board_id: UUID
    created_at: datetime.datetime
    ends_at: datetime.datetime
    id: UUID
    location: None | str
    online_url: None | str
    starts_at: datetime.datetime
    status: MeetingStatus
    title: str
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agenda = []
        for agenda_item_data in self.agenda:
            agenda_item = agenda_item_data.to_dict()
            agenda.append(agenda_item)

        board_id = str(self.board_id)

        created_at = self.created_at.isoformat()

        ends_at = self.ends_at.isoformat()

        id = str(self.id)

        location: None | str
        location = self.location

        online_url: None | str
        online_url = self.online_url

        starts_at = self.starts_at.isoformat()

        status = self.status.value

        title = self.title

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agenda": agenda,
                "boardId": board_id,
                "createdAt": created_at,
                "endsAt": ends_at,
                "id": id,
                "location": location,
                "onlineUrl": online_url,
                "startsAt": starts_at,
                "status": status,
                "title": title,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agenda_item_out import AgendaItemOut  # noqa: PLC0415

        d = dict(src_dict)
        agenda = []
        _agenda = d.pop("agenda")
        for agenda_item_data in _agenda:
            agenda_item = AgendaItemOut.from_dict(agenda_item_data)

            agenda.append(agenda_item)

        board_id = UUID(d.pop("boardId"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        ends_at = datetime.datetime.fromisoformat(d.pop("endsAt"))

        id = UUID(d.pop("id"))

        def _parse_location(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        location = _parse_location(d.pop("location"))

        def _parse_online_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        online_url = _parse_online_url(d.pop("onlineUrl"))

        starts_at = datetime.datetime.fromisoformat(d.pop("startsAt"))

        status = MeetingStatus(d.pop("status"))

        title = d.pop("title")

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

        meeting_out = cls(
            agenda=agenda,
            board_id=board_id,
            created_at=created_at,
            ends_at=ends_at,
            id=id,
            location=location,
            online_url=online_url,
            starts_at=starts_at,
            status=status,
            title=title,
            updated_at=updated_at,
        )

        meeting_out.additional_properties = d
        return meeting_out

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
