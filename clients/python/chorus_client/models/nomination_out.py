from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nomination_status import NominationStatus

T = TypeVar("T", bound="NominationOut")


@_attrs_define
class NominationOut:
    """A candidate. Candidates stand in public: their person is shown to the board.

    Attributes:
        created_at (datetime.datetime):
        election_id (UUID):
        id (UUID):
        nominated_by (UUID):
        person_id (UUID):
        reasons (list[str]): Why the board's rules refused the candidate.
        seconded_by (None | UUID):
        statement (None | str):
        status (NominationStatus):
        term_end (datetime.date | None):
        term_start (datetime.date | None):
    """

    created_at: datetime.datetime
    election_id: UUID
    id: UUID
    nominated_by: UUID
    person_id: UUID
    reasons: list[str]
    seconded_by: None | UUID
    statement: None | str
    status: NominationStatus
    term_end: datetime.date | None
    term_start: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        election_id = str(self.election_id)

        id = str(self.id)

        nominated_by = str(self.nominated_by)

        person_id = str(self.person_id)

        reasons = self.reasons

        seconded_by: None | str
        if isinstance(self.seconded_by, UUID):
            seconded_by = str(self.seconded_by)
        else:
            seconded_by = self.seconded_by

        statement: None | str
        statement = self.statement

        status = self.status.value

        term_end: None | str
        if isinstance(self.term_end, datetime.date):
            term_end = self.term_end.isoformat()
        else:
            term_end = self.term_end

        term_start: None | str
        if isinstance(self.term_start, datetime.date):
            term_start = self.term_start.isoformat()
        else:
            term_start = self.term_start

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "electionId": election_id,
                "id": id,
                "nominatedBy": nominated_by,
                "personId": person_id,
                "reasons": reasons,
                "secondedBy": seconded_by,
                "statement": statement,
                "status": status,
                "termEnd": term_end,
                "termStart": term_start,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        election_id = UUID(d.pop("electionId"))

        id = UUID(d.pop("id"))

        nominated_by = UUID(d.pop("nominatedBy"))

        person_id = UUID(d.pop("personId"))

        reasons = cast(list[str], d.pop("reasons"))

        def _parse_seconded_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                seconded_by_type_0 = UUID(data)

                return seconded_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        seconded_by = _parse_seconded_by(d.pop("secondedBy"))

        def _parse_statement(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        statement = _parse_statement(d.pop("statement"))

        status = NominationStatus(d.pop("status"))

        def _parse_term_end(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                term_end_type_0 = datetime.date.fromisoformat(data)

                return term_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        term_end = _parse_term_end(d.pop("termEnd"))

        def _parse_term_start(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                term_start_type_0 = datetime.date.fromisoformat(data)

                return term_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        term_start = _parse_term_start(d.pop("termStart"))

        nomination_out = cls(
            created_at=created_at,
            election_id=election_id,
            id=id,
            nominated_by=nominated_by,
            person_id=person_id,
            reasons=reasons,
            seconded_by=seconded_by,
            statement=statement,
            status=status,
            term_end=term_end,
            term_start=term_start,
        )

        nomination_out.additional_properties = d
        return nomination_out

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
