from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.explanation import Explanation


T = TypeVar("T", bound="AssignmentOut")


@_attrs_define
class AssignmentOut:
    """A person in a seat at a meeting.

    Attributes:
        created_at (datetime.datetime):
        ended_at (datetime.datetime | None):
        explanation (Explanation | None):
        id (UUID):
        meeting_id (UUID):
        person_id (UUID):
        seat_id (UUID):
        source (str): rota, decline (filled after a decline), handover (the previous holder left), swap or substitution.
        status (str): assigned (the current holder), declined, replaced, or released (the meeting was cancelled, or the
            holder's membership ended).
    """

    created_at: datetime.datetime
    ended_at: datetime.datetime | None
    explanation: Explanation | None
    id: UUID
    meeting_id: UUID
    person_id: UUID
    seat_id: UUID
    source: str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.explanation import Explanation  # noqa: PLC0415

        created_at = self.created_at.isoformat()

        ended_at: None | str
        if isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        explanation: dict[str, Any] | None
        if isinstance(self.explanation, Explanation):
            explanation = self.explanation.to_dict()
        else:
            explanation = self.explanation

        id = str(self.id)

        meeting_id = str(self.meeting_id)

        person_id = str(self.person_id)

        seat_id = str(self.seat_id)

        source = self.source

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "endedAt": ended_at,
                "explanation": explanation,
                "id": id,
                "meetingId": meeting_id,
                "personId": person_id,
                "seatId": seat_id,
                "source": source,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.explanation import Explanation  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_ended_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_at_type_0 = datetime.datetime.fromisoformat(data)

                return ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        ended_at = _parse_ended_at(d.pop("endedAt"))

        def _parse_explanation(data: object) -> Explanation | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                explanation_type_0 = Explanation.from_dict(data)

                return explanation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Explanation | None, data)

        explanation = _parse_explanation(d.pop("explanation"))

        id = UUID(d.pop("id"))

        meeting_id = UUID(d.pop("meetingId"))

        person_id = UUID(d.pop("personId"))

        seat_id = UUID(d.pop("seatId"))

        source = d.pop("source")

        status = d.pop("status")

        assignment_out = cls(
            created_at=created_at,
            ended_at=ended_at,
            explanation=explanation,
            id=id,
            meeting_id=meeting_id,
            person_id=person_id,
            seat_id=seat_id,
            source=source,
            status=status,
        )

        assignment_out.additional_properties = d
        return assignment_out

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
