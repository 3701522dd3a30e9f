from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExpertBankOnBehalf")


@_attrs_define
class ExpertBankOnBehalf:
    """A coordinator putting someone in the bank: how the person agreed is recorded.

    Attributes:
        consent_note (str): How and when the person agreed to join (and to any experience used).
        availability_note (None | str | Unset):
        experience_categories (list[str] | Unset): The kinds of their own lived experience (of the person's
            livedExperienceCategories) they agree may be used to match them to panels. Seen only by coordinators and
            administrators; needs experienceConsent.
        experience_consent (bool | Unset): Agrees that experienceCategories are used for matching. Without it none are
            kept. Default: False.
        experience_year (int | None | Unset): The year the experience is most recent.
        skills (list[str] | Unset): Free tags: lowercase, e.g. 'housing'.
        unavailable_until (datetime.date | None | Unset): Not to be asked before this day.
    """

    consent_note: str
    availability_note: None | str | Unset = UNSET
    experience_categories: list[str] | Unset = UNSET
    experience_consent: bool | Unset = False
    experience_year: int | None | Unset = UNSET
    skills: list[str] | Unset = UNSET
    unavailable_until: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        consent_note = self.consent_note

        availability_note: None | str | Unset
        if isinstance(self.availability_note, Unset):
            availability_note = UNSET
        else:
            availability_note = self.availability_note

        experience_categories: list[str] | Unset = UNSET
        if not isinstance(self.experience_categories, Unset):
            experience_categories = self.experience_categories

        experience_consent = self.experience_consent

        experience_year: int | None | Unset
        if isinstance(self.experience_year, Unset):
            experience_year = UNSET
        else:
            experience_year = self.experience_year

        skills: list[str] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills

        unavailable_until: None | str | Unset
        if isinstance(self.unavailable_until, Unset):
            unavailable_until = UNSET
        elif isinstance(self.unavailable_until, datetime.date):
            unavailable_until = self.unavailable_until.isoformat()
        else:
            unavailable_until = self.unavailable_until

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "consentNote": consent_note,
            }
        )
        if availability_note is not UNSET:
            field_dict["availabilityNote"] = availability_note
        if experience_categories is not UNSET:
            field_dict["experienceCategories"] = experience_categories
        if experience_consent is not UNSET:
            field_dict["experienceConsent"] = experience_consent
        if experience_year is not UNSET:
            field_dict["experienceYear"] = experience_year
        if skills is not UNSET:
            field_dict["skills"] = skills
        if unavailable_until is not UNSET:
            field_dict["unavailableUntil"] = unavailable_until

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        consent_note = d.pop("consentNote")

        def _parse_availability_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        availability_note = _parse_availability_note(d.pop("availabilityNote", UNSET))

        experience_categories = cast(list[str], d.pop("experienceCategories", UNSET))

        experience_consent = d.pop("experienceConsent", UNSET)

        def _parse_experience_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        experience_year = _parse_experience_year(d.pop("experienceYear", UNSET))

        skills = cast(list[str], d.pop("skills", UNSET))

        def _parse_unavailable_until(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unavailable_until_type_0 = datetime.date.fromisoformat(data)

                return unavailable_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        unavailable_until = _parse_unavailable_until(d.pop("unavailableUntil", UNSET))

        expert_bank_on_behalf = cls(
            consent_note=consent_note,
            availability_note=availability_note,
            experience_categories=experience_categories,
            experience_consent=experience_consent,
            experience_year=experience_year,
            skills=skills,
            unavailable_until=unavailable_until,
        )

        return expert_bank_on_behalf
