from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.elected_role import ElectedRole
from ..models.election_method import ElectionMethod
from ..models.election_phase import ElectionPhase

if TYPE_CHECKING:
    from ..models.eligibility_out import EligibilityOut
    from ..models.result_out import ResultOut


T = TypeVar("T", bound="ElectionOut")


@_attrs_define
class ElectionOut:
    """An election of a board: the role or places it fills, its rules and phase.

    Attributes:
        board_id (UUID):
        challenge_days (int):
        challenge_ends_at (datetime.datetime | None):
        created_at (datetime.datetime):
        declared_at (datetime.datetime | None):
        eligibility (EligibilityOut):
        id (UUID):
        method (ElectionMethod):
        nominations_opened_at (datetime.datetime | None):
        paper_ballots (bool):
        paper_tallies_confirmed (bool):
        paper_tallies_entered (bool):
        phase (ElectionPhase):
        places (int):
        requires_seconding (bool):
        result (None | ResultOut):
        role (ElectedRole): What the election fills: an officer's role (one place), or places as members or
            representatives (a council's members, a wing's representatives).
        term_months (int):
        tie_break (str): earlier_stage_then_lot: fixed before voting opens.
        title (str):
        updated_at (datetime.datetime | None):
        voting_closed_at (datetime.datetime | None):
        voting_opened_at (datetime.datetime | None):
    """

    board_id: UUID
    challenge_days: int
    challenge_ends_at: datetime.datetime | None
    created_at: datetime.datetime
    declared_at: datetime.datetime | None
    eligibility: EligibilityOut
    id: UUID
    method: ElectionMethod
    nominations_opened_at: datetime.datetime | None
    paper_ballots: bool
    paper_tallies_confirmed: bool
    paper_tallies_entered: bool
    phase: ElectionPhase
    places: int
    requires_seconding: bool
    result: None | ResultOut
    role: ElectedRole
    term_months: int
    tie_break: str
    title: str
    updated_at: datetime.datetime | None
    voting_closed_at: datetime.datetime | None
    voting_opened_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.result_out import ResultOut  # noqa: PLC0415

        board_id = str(self.board_id)

        challenge_days = self.challenge_days

        challenge_ends_at: None | str
        if isinstance(self.challenge_ends_at, datetime.datetime):
            challenge_ends_at = self.challenge_ends_at.isoformat()
        else:
            challenge_ends_at = self.challenge_ends_at

        created_at = self.created_at.isoformat()

        declared_at: None | str
        if isinstance(self.declared_at, datetime.datetime):
            declared_at = self.declared_at.isoformat()
        else:
            declared_at = self.declared_at

        eligibility = self.eligibility.to_dict()

        id = str(self.id)

        method = self.method.value

        nominations_opened_at: None | str
        if isinstance(self.nominations_opened_at, datetime.datetime):
            nominations_opened_at = self.nominations_opened_at.isoformat()
        else:
            nominations_opened_at = self.nominations_opened_at

        paper_ballots = self.paper_ballots

        paper_tallies_confirmed = self.paper_tallies_confirmed

        paper_tallies_entered = self.paper_tallies_entered

        phase = self.phase.value

        places = self.places

        requires_seconding = self.requires_seconding

        result: dict[str, Any] | None
        if isinstance(self.result, ResultOut):
            result = self.result.to_dict()
        else:
            result = self.result

        role = self.role.value

        term_months = self.term_months

        tie_break = self.tie_break

        title = self.title

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        voting_closed_at: None | str
        if isinstance(self.voting_closed_at, datetime.datetime):
            voting_closed_at = self.voting_closed_at.isoformat()
        else:
            voting_closed_at = self.voting_closed_at

        voting_opened_at: None | str
        if isinstance(self.voting_opened_at, datetime.datetime):
            voting_opened_at = self.voting_opened_at.isoformat()
        else:
            voting_opened_at = self.voting_opened_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "boardId": board_id,
                "challengeDays": challenge_days,
                "challengeEndsAt": challenge_ends_at,
                "createdAt": created_at,
                "declaredAt": declared_at,
                "eligibility": eligibility,
                "id": id,
                "method": method,
                "nominationsOpenedAt": nominations_opened_at,
                "paperBallots": paper_ballots,
                "paperTalliesConfirmed": paper_tallies_confirmed,
                "paperTalliesEntered": paper_tallies_entered,
                "phase": phase,
                "places": places,
                "requiresSeconding": requires_seconding,
                "result": result,
                "role": role,
                "termMonths": term_months,
                "tieBreak": tie_break,
                "title": title,
                "updatedAt": updated_at,
                "votingClosedAt": voting_closed_at,
                "votingOpenedAt": voting_opened_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.eligibility_out import EligibilityOut  # noqa: PLC0415
        from ..models.result_out import ResultOut  # noqa: PLC0415

        d = dict(src_dict)
        board_id = UUID(d.pop("boardId"))

        challenge_days = d.pop("challengeDays")

        def _parse_challenge_ends_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                challenge_ends_at_type_0 = datetime.datetime.fromisoformat(data)

                return challenge_ends_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        challenge_ends_at = _parse_challenge_ends_at(d.pop("challengeEndsAt"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_declared_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                declared_at_type_0 = datetime.datetime.fromisoformat(data)

                return declared_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        declared_at = _parse_declared_at(d.pop("declaredAt"))

        eligibility = EligibilityOut.from_dict(d.pop("eligibility"))

        id = UUID(d.pop("id"))

        method = ElectionMethod(d.pop("method"))

        def _parse_nominations_opened_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                nominations_opened_at_type_0 = datetime.datetime.fromisoformat(data)

                return nominations_opened_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        nominations_opened_at = _parse_nominations_opened_at(d.pop("nominationsOpenedAt"))

        paper_ballots = d.pop("paperBallots")

        paper_tallies_confirmed = d.pop("paperTalliesConfirmed")

        paper_tallies_entered = d.pop("paperTalliesEntered")

        phase = ElectionPhase(d.pop("phase"))

        places = d.pop("places")

        requires_seconding = d.pop("requiresSeconding")

        def _parse_result(data: object) -> None | ResultOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0 = ResultOut.from_dict(data)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResultOut, data)

        result = _parse_result(d.pop("result"))

        role = ElectedRole(d.pop("role"))

        term_months = d.pop("termMonths")

        tie_break = d.pop("tieBreak")

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

        def _parse_voting_closed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                voting_closed_at_type_0 = datetime.datetime.fromisoformat(data)

                return voting_closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        voting_closed_at = _parse_voting_closed_at(d.pop("votingClosedAt"))

        def _parse_voting_opened_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                voting_opened_at_type_0 = datetime.datetime.fromisoformat(data)

                return voting_opened_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        voting_opened_at = _parse_voting_opened_at(d.pop("votingOpenedAt"))

        election_out = cls(
            board_id=board_id,
            challenge_days=challenge_days,
            challenge_ends_at=challenge_ends_at,
            created_at=created_at,
            declared_at=declared_at,
            eligibility=eligibility,
            id=id,
            method=method,
            nominations_opened_at=nominations_opened_at,
            paper_ballots=paper_ballots,
            paper_tallies_confirmed=paper_tallies_confirmed,
            paper_tallies_entered=paper_tallies_entered,
            phase=phase,
            places=places,
            requires_seconding=requires_seconding,
            result=result,
            role=role,
            term_months=term_months,
            tie_break=tie_break,
            title=title,
            updated_at=updated_at,
            voting_closed_at=voting_closed_at,
            voting_opened_at=voting_opened_at,
        )

        election_out.additional_properties = d
        return election_out

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
