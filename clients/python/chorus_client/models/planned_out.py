from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.explanation import Explanation


T = TypeVar("T", bound="PlannedOut")


@_attrs_define
class PlannedOut:
    """The rota's choice for one meeting.

    Attributes:
        assignment_id (None | UUID):
        explanation (Explanation): Why this member, in words, and who else was considered.
        meeting_id (UUID):
        meeting_starts_at (datetime.datetime):
        person_id (None | UUID): Null when nobody is eligible.
    """

    assignment_id: None | UUID
    explanation: Explanation
    meeting_id: UUID
    meeting_starts_at: datetime.datetime
    person_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assignment_id: None | str
        if isinstance(self.assignment_id, UUID):
            assignment_id = str(self.assignment_id)
        else:
            assignment_id = self.assignment_id

        explanation = self.explanation.to_dict()

        meeting_id = str(self.meeting_id)

        meeting_starts_at = self.meeting_starts_at.isoformat()

        person_id: None | str
        if isinstance(self.person_id, UUID):
            person_id = str(self.person_id)
        else:
            person_id = self.person_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assignmentId": assignment_id,
                "explanation": explanation,
                "meetingId": meeting_id,
                "meetingStartsAt": meeting_starts_at,
                "personId": person_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.explanation import Explanation  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_assignment_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assignment_id_type_0 = UUID(data)

                return assignment_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        assignment_id = _parse_assignment_id(d.pop("assignmentId"))

        explanation = Explanation.from_dict(d.pop("explanation"))

        meeting_id = UUID(d.pop("meetingId"))

        meeting_starts_at = datetime.datetime.fromisoformat(d.pop("meetingStartsAt"))

        def _parse_person_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                person_id_type_0 = UUID(data)

                return person_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        person_id = _parse_person_id(d.pop("personId"))

        planned_out = cls(
            assignment_id=assignment_id,
            explanation=explanation,
            meeting_id=meeting_id,
            meeting_starts_at=meeting_starts_at,
            person_id=person_id,
        )

        planned_out.additional_properties = d
        return planned_out

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
