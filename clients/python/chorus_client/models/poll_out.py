from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.poll_kind import PollKind
from ..models.poll_outcome import PollOutcome
from ..models.poll_status import PollStatus

if TYPE_CHECKING:
    from ..models.poll_option_out import PollOptionOut


T = TypeVar("T", bound="PollOut")


@_attrs_define
class PollOut:
    """A poll of a board (perhaps at one of its meetings) or of a free-standing event.

    Attributes:
        anonymous (bool): Who voted is kept apart from what was voted.
        board_id (None | UUID):
        closed_at (datetime.datetime | None):
        closes_at (datetime.datetime):
        created_at (datetime.datetime):
        decided_at (datetime.datetime | None):
        description (None | str):
        event_title (None | str): A free-standing community event's name.
        id (UUID):
        kind (PollKind):
        meeting_id (None | UUID):
        opened_at (datetime.datetime | None):
        options (list[PollOptionOut]):
        outcome (None | PollOutcome):
        outcome_option_id (None | UUID):
        outcome_reasons (None | str):
        quorum (int | None): The fewest voters for an outcome to count.
        round_ (int): Goes up each time a consent proposal is amended.
        status (PollStatus):
        title (str):
        updated_at (datetime.datetime | None):
        voter_count (int): How many have voted in this round.
    """

    anonymous: bool
    board_id: None | UUID
    closed_at: datetime.datetime | None
    closes_at: datetime.datetime
    created_at: datetime.datetime
    decided_at: datetime.datetime | None
    description: None | str
    event_title: None | str
    id: UUID
    kind: PollKind
    meeting_id: None | UUID
    opened_at: datetime.datetime | None
    options: list[PollOptionOut]
    outcome: None | PollOutcome
    outcome_option_id: None | UUID
    outcome_reasons: None | str
    quorum: int | None
    round_: int
    status: PollStatus
    title: str
    updated_at: datetime.datetime | None
    voter_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        anonymous = self.anonymous

        board_id: None | str
        if isinstance(self.board_id, UUID):
            board_id = str(self.board_id)
        else:
            board_id = self.board_id

        closed_at: None | str
        if isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        closes_at = self.closes_at.isoformat()

        created_at = self.created_at.isoformat()

        decided_at: None | str
        if isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        description: None | str
        description = self.description

        event_title: None | str
        event_title = self.event_title

        id = str(self.id)

        kind = self.kind.value

        meeting_id: None | str
        if isinstance(self.meeting_id, UUID):
            meeting_id = str(self.meeting_id)
        else:
            meeting_id = self.meeting_id

        opened_at: None | str
        if isinstance(self.opened_at, datetime.datetime):
            opened_at = self.opened_at.isoformat()
        else:
            opened_at = self.opened_at

        options = []
        for options_item_data in self.options:
            options_item = options_item_data.to_dict()
            options.append(options_item)

        outcome: None | str
        if isinstance(self.outcome, PollOutcome):
            outcome = self.outcome.value
        else:
            outcome = self.outcome

        outcome_option_id: None | str
        if isinstance(self.outcome_option_id, UUID):
            outcome_option_id = str(self.outcome_option_id)
        else:
            outcome_option_id = self.outcome_option_id

        outcome_reasons: None | str
        outcome_reasons = self.outcome_reasons

        quorum: int | None
        quorum = self.quorum

        round_ = self.round_

        status = self.status.value

        title = self.title

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        voter_count = self.voter_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "anonymous": anonymous,
                "boardId": board_id,
                "closedAt": closed_at,
                "closesAt": closes_at,
                "createdAt": created_at,
                "decidedAt": decided_at,
                "description": description,
                "eventTitle": event_title,
                "id": id,
                "kind": kind,
                "meetingId": meeting_id,
                "openedAt": opened_at,
                "options": options,
                "outcome": outcome,
                "outcomeOptionId": outcome_option_id,
                "outcomeReasons": outcome_reasons,
                "quorum": quorum,
                "round": round_,
                "status": status,
                "title": title,
                "updatedAt": updated_at,
                "voterCount": voter_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.poll_option_out import PollOptionOut  # noqa: PLC0415

        d = dict(src_dict)
        anonymous = d.pop("anonymous")

        def _parse_board_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                board_id_type_0 = UUID(data)

                return board_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        board_id = _parse_board_id(d.pop("boardId"))

        def _parse_closed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)

                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        closed_at = _parse_closed_at(d.pop("closedAt"))

        closes_at = datetime.datetime.fromisoformat(d.pop("closesAt"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_decided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)

                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        decided_at = _parse_decided_at(d.pop("decidedAt"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_event_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        event_title = _parse_event_title(d.pop("eventTitle"))

        id = UUID(d.pop("id"))

        kind = PollKind(d.pop("kind"))

        def _parse_meeting_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                meeting_id_type_0 = UUID(data)

                return meeting_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        meeting_id = _parse_meeting_id(d.pop("meetingId"))

        def _parse_opened_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                opened_at_type_0 = datetime.datetime.fromisoformat(data)

                return opened_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        opened_at = _parse_opened_at(d.pop("openedAt"))

        options = []
        _options = d.pop("options")
        for options_item_data in _options:
            options_item = PollOptionOut.from_dict(options_item_data)

            options.append(options_item)

        def _parse_outcome(data: object) -> None | PollOutcome:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_type_0 = PollOutcome(data)

                return outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PollOutcome, data)

        outcome = _parse_outcome(d.pop("outcome"))

        def _parse_outcome_option_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_option_id_type_0 = UUID(data)

                return outcome_option_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        outcome_option_id = _parse_outcome_option_id(d.pop("outcomeOptionId"))

        def _parse_outcome_reasons(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        outcome_reasons = _parse_outcome_reasons(d.pop("outcomeReasons"))

        def _parse_quorum(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        quorum = _parse_quorum(d.pop("quorum"))

        round_ = d.pop("round")

        status = PollStatus(d.pop("status"))

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

        voter_count = d.pop("voterCount")

        poll_out = cls(
            anonymous=anonymous,
            board_id=board_id,
            closed_at=closed_at,
            closes_at=closes_at,
            created_at=created_at,
            decided_at=decided_at,
            description=description,
            event_title=event_title,
            id=id,
            kind=kind,
            meeting_id=meeting_id,
            opened_at=opened_at,
            options=options,
            outcome=outcome,
            outcome_option_id=outcome_option_id,
            outcome_reasons=outcome_reasons,
            quorum=quorum,
            round_=round_,
            status=status,
            title=title,
            updated_at=updated_at,
            voter_count=voter_count,
        )

        poll_out.additional_properties = d
        return poll_out

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
