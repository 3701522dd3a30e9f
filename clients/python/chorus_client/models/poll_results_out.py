from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.poll_outcome import PollOutcome
from ..models.poll_status import PollStatus

if TYPE_CHECKING:
    from ..models.poll_round_out import PollRoundOut
    from ..models.poll_tally_out import PollTallyOut


T = TypeVar("T", bound="PollResultsOut")


@_attrs_define
class PollResultsOut:
    """
    Attributes:
        consents (int):
        counted (bool): False until voting ends (a consent proposal: while open too): until then only the number of
            voters is shown.
        objections (int):
        open_objections (int):
        outcome (None | PollOutcome): What the count gives (or gave, once decided); null until counted.
        outcome_option_id (None | UUID):
        poll_id (UUID):
        quorum (int | None):
        quorum_met (bool):
        round_ (int):
        rounds (list[PollRoundOut]): Every round of a ranked poll's count.
        status (PollStatus):
        tallies (list[PollTallyOut]): Votes per option (a ranked poll's first round).
        voters (int):
    """

    consents: int
    counted: bool
    objections: int
    open_objections: int
    outcome: None | PollOutcome
    outcome_option_id: None | UUID
    poll_id: UUID
    quorum: int | None
    quorum_met: bool
    round_: int
    rounds: list[PollRoundOut]
    status: PollStatus
    tallies: list[PollTallyOut]
    voters: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        consents = self.consents

        counted = self.counted

        objections = self.objections

        open_objections = self.open_objections

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

        poll_id = str(self.poll_id)

        quorum: int | None
        quorum = self.quorum

        quorum_met = self.quorum_met

        round_ = self.round_

        rounds = []
        for rounds_item_data in self.rounds:
            rounds_item = rounds_item_data.to_dict()
            rounds.append(rounds_item)

        status = self.status.value

        tallies = []
        for tallies_item_data in self.tallies:
            tallies_item = tallies_item_data.to_dict()
            tallies.append(tallies_item)

        voters = self.voters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "consents": consents,
                "counted": counted,
                "objections": objections,
                "openObjections": open_objections,
                "outcome": outcome,
                "outcomeOptionId": outcome_option_id,
                "pollId": poll_id,
                "quorum": quorum,
                "quorumMet": quorum_met,
                "round": round_,
                "rounds": rounds,
                "status": status,
                "tallies": tallies,
                "voters": voters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.poll_round_out import PollRoundOut  # noqa: PLC0415
        from ..models.poll_tally_out import PollTallyOut  # noqa: PLC0415

        d = dict(src_dict)
        consents = d.pop("consents")

        counted = d.pop("counted")

        objections = d.pop("objections")

        open_objections = d.pop("openObjections")

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

        poll_id = UUID(d.pop("pollId"))

        def _parse_quorum(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        quorum = _parse_quorum(d.pop("quorum"))

        quorum_met = d.pop("quorumMet")

        round_ = d.pop("round")

        rounds = []
        _rounds = d.pop("rounds")
        for rounds_item_data in _rounds:
            rounds_item = PollRoundOut.from_dict(rounds_item_data)

            rounds.append(rounds_item)

        status = PollStatus(d.pop("status"))

        tallies = []
        _tallies = d.pop("tallies")
        for tallies_item_data in _tallies:
            tallies_item = PollTallyOut.from_dict(tallies_item_data)

            tallies.append(tallies_item)

        voters = d.pop("voters")

        poll_results_out = cls(
            consents=consents,
            counted=counted,
            objections=objections,
            open_objections=open_objections,
            outcome=outcome,
            outcome_option_id=outcome_option_id,
            poll_id=poll_id,
            quorum=quorum,
            quorum_met=quorum_met,
            round_=round_,
            rounds=rounds,
            status=status,
            tallies=tallies,
            voters=voters,
        )

        poll_results_out.additional_properties = d
        return poll_results_out

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
