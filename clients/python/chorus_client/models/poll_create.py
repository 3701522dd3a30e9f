from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.poll_kind import PollKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="PollCreate")


@_attrs_define
class PollCreate:
    """
    Attributes:
        closes_at (datetime.datetime):
        kind (PollKind):
        title (str):
        anonymous (bool | Unset): Who voted is kept apart from what was voted. Default: False.
        description (None | str | Unset): For a consent proposal: the proposal.
        event_title (None | str | Unset): A free-standing community event's name (polls not of a board only).
        meeting_id (None | Unset | UUID): A meeting of the board.
        options (list[str] | Unset): Two or more labels, except for a consent proposal (none).
        quorum (int | None | Unset): Fewest voters.
    """

    closes_at: datetime.datetime
    kind: PollKind
    title: str
    anonymous: bool | Unset = False
    description: None | str | Unset = UNSET
    event_title: None | str | Unset = UNSET
    meeting_id: None | Unset | UUID = UNSET
    options: list[str] | Unset = UNSET
    quorum: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        closes_at = self.closes_at.isoformat()

        kind = self.kind.value

        title = self.title

        anonymous = self.anonymous

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        event_title: None | str | Unset
        if isinstance(self.event_title, Unset):
            event_title = UNSET
        else:
            event_title = self.event_title

        meeting_id: None | str | Unset
        if isinstance(self.meeting_id, Unset):
            meeting_id = UNSET
        elif isinstance(self.meeting_id, UUID):
            meeting_id = str(self.meeting_id)
        else:
            meeting_id = self.meeting_id

        options: list[str] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options

        quorum: int | None | Unset
        if isinstance(self.quorum, Unset):
            quorum = UNSET
        else:
            quorum = self.quorum

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "closesAt": closes_at,
                "kind": kind,
                "title": title,
            }
        )
        if anonymous is not UNSET:
            field_dict["anonymous"] = anonymous
        if description is not UNSET:
            field_dict["description"] = description
        if event_title is not UNSET:
            field_dict["eventTitle"] = event_title
        if meeting_id is not UNSET:
            field_dict["meetingId"] = meeting_id
        if options is not UNSET:
            field_dict["options"] = options
        if quorum is not UNSET:
            field_dict["quorum"] = quorum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        closes_at = datetime.datetime.fromisoformat(d.pop("closesAt"))

        kind = PollKind(d.pop("kind"))

        title = d.pop("title")

        anonymous = d.pop("anonymous", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_event_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event_title = _parse_event_title(d.pop("eventTitle", UNSET))

        def _parse_meeting_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                meeting_id_type_0 = UUID(data)

                return meeting_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        meeting_id = _parse_meeting_id(d.pop("meetingId", UNSET))

        options = cast(list[str], d.pop("options", UNSET))

        def _parse_quorum(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quorum = _parse_quorum(d.pop("quorum", UNSET))

        poll_create = cls(
            closes_at=closes_at,
            kind=kind,
            title=title,
            anonymous=anonymous,
            description=description,
            event_title=event_title,
            meeting_id=meeting_id,
            options=options,
            quorum=quorum,
        )

        return poll_create
