from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.elected_role import ElectedRole
from ..models.election_method import ElectionMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.eligibility_rules import EligibilityRules


T = TypeVar("T", bound="ElectionCreate")


@_attrs_define
class ElectionCreate:
    """
    Attributes:
        method (ElectionMethod):
        role (ElectedRole): What the election fills: an officer's role (one place), or places as members or
            representatives (a council's members, a wing's representatives).
        title (str):
        challenge_days (int | Unset): Days after the declaration a result may be challenged. Default: 0.
        eligibility (EligibilityRules | Unset): Who may stand, checked at nomination and again when voting opens.
        paper_ballots (bool | Unset): Paper ballots are entered as tallies (first past the post, approval). Default:
            False.
        places (int | Unset): Officer roles have one place. Default: 1.
        requires_seconding (bool | Unset):  Default: False.
        term_months (int | Unset):  Default: 24.
    """

    method: ElectionMethod
    role: ElectedRole
    title: str
    challenge_days: int | Unset = 0
    eligibility: EligibilityRules | Unset = UNSET
    paper_ballots: bool | Unset = False
    places: int | Unset = 1
    requires_seconding: bool | Unset = False
    term_months: int | Unset = 24

    def to_dict(self) -> dict[str, Any]:
        method = self.method.value

        role = self.role.value

        title = self.title

        challenge_days = self.challenge_days

        eligibility: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eligibility, Unset):
            eligibility = self.eligibility.to_dict()

        paper_ballots = self.paper_ballots

        places = self.places

        requires_seconding = self.requires_seconding

        term_months = self.term_months

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "method": method,
                "role": role,
                "title": title,
            }
        )
        if challenge_days is not UNSET:
            field_dict["challengeDays"] = challenge_days
        if eligibility is not UNSET:
            field_dict["eligibility"] = eligibility
        if paper_ballots is not UNSET:
            field_dict["paperBallots"] = paper_ballots
        if places is not UNSET:
            field_dict["places"] = places
        if requires_seconding is not UNSET:
            field_dict["requiresSeconding"] = requires_seconding
        if term_months is not UNSET:
            field_dict["termMonths"] = term_months

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.eligibility_rules import EligibilityRules  # noqa: PLC0415

        d = dict(src_dict)
        method = ElectionMethod(d.pop("method"))

        role = ElectedRole(d.pop("role"))

        title = d.pop("title")

        challenge_days = d.pop("challengeDays", UNSET)

        _eligibility = d.pop("eligibility", UNSET)
        eligibility: EligibilityRules | Unset
        if isinstance(_eligibility, Unset):
            eligibility = UNSET
        else:
            eligibility = EligibilityRules.from_dict(_eligibility)

        paper_ballots = d.pop("paperBallots", UNSET)

        places = d.pop("places", UNSET)

        requires_seconding = d.pop("requiresSeconding", UNSET)

        term_months = d.pop("termMonths", UNSET)

        election_create = cls(
            method=method,
            role=role,
            title=title,
            challenge_days=challenge_days,
            eligibility=eligibility,
            paper_ballots=paper_ballots,
            places=places,
            requires_seconding=requires_seconding,
            term_months=term_months,
        )

        return election_create
