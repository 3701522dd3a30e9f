from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.referral_kind import ReferralKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.application_create_answers import ApplicationCreateAnswers


T = TypeVar("T", bound="ApplicationCreate")


@_attrs_define
class ApplicationCreate:
    """
    Attributes:
        answers (ApplicationCreateAnswers | Unset): Answers to the questions the opportunity's rule asks, and no others.
        applicant_email (None | str | Unset):
        applicant_name (None | str | Unset):
        applicant_phone (None | str | Unset):
        person_id (None | Unset | UUID): An applicant who is already a person of the organisation.
        referral (ReferralKind | Unset):
        referrer_name (None | str | Unset):
        referrer_organisation (None | str | Unset):
    """

    answers: ApplicationCreateAnswers | Unset = UNSET
    applicant_email: None | str | Unset = UNSET
    applicant_name: None | str | Unset = UNSET
    applicant_phone: None | str | Unset = UNSET
    person_id: None | Unset | UUID = UNSET
    referral: ReferralKind | Unset = UNSET
    referrer_name: None | str | Unset = UNSET
    referrer_organisation: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        answers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.answers, Unset):
            answers = self.answers.to_dict()

        applicant_email: None | str | Unset
        if isinstance(self.applicant_email, Unset):
            applicant_email = UNSET
        else:
            applicant_email = self.applicant_email

        applicant_name: None | str | Unset
        if isinstance(self.applicant_name, Unset):
            applicant_name = UNSET
        else:
            applicant_name = self.applicant_name

        applicant_phone: None | str | Unset
        if isinstance(self.applicant_phone, Unset):
            applicant_phone = UNSET
        else:
            applicant_phone = self.applicant_phone

        person_id: None | str | Unset
        if isinstance(self.person_id, Unset):
            person_id = UNSET
        elif isinstance(self.person_id, UUID):
            person_id = str(self.person_id)
        else:
            person_id = self.person_id

        referral: str | Unset = UNSET
        if not isinstance(self.referral, Unset):
            referral = self.referral.value

        referrer_name: None | str | Unset
        if isinstance(self.referrer_name, Unset):
            referrer_name = UNSET
        else:
            referrer_name = self.referrer_name

        referrer_organisation: None | str | Unset
        if isinstance(self.referrer_organisation, Unset):
            referrer_organisation = UNSET
        else:
            referrer_organisation = self.referrer_organisation

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if answers is not UNSET:
            field_dict["answers"] = answers
        if applicant_email is not UNSET:
            field_dict["applicantEmail"] = applicant_email
        if applicant_name is not UNSET:
            field_dict["applicantName"] = applicant_name
        if applicant_phone is not UNSET:
            field_dict["applicantPhone"] = applicant_phone
        if person_id is not UNSET:
            field_dict["personId"] = person_id
        if referral is not UNSET:
            field_dict["referral"] = referral
        if referrer_name is not UNSET:
            field_dict["referrerName"] = referrer_name
        if referrer_organisation is not UNSET:
            field_dict["referrerOrganisation"] = referrer_organisation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.application_create_answers import ApplicationCreateAnswers  # noqa: PLC0415

        d = dict(src_dict)
        _answers = d.pop("answers", UNSET)
        answers: ApplicationCreateAnswers | Unset
        if isinstance(_answers, Unset):
            answers = UNSET
        else:
            answers = ApplicationCreateAnswers.from_dict(_answers)

        def _parse_applicant_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        applicant_email = _parse_applicant_email(d.pop("applicantEmail", UNSET))

        def _parse_applicant_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        applicant_name = _parse_applicant_name(d.pop("applicantName", UNSET))

        def _parse_applicant_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        applicant_phone = _parse_applicant_phone(d.pop("applicantPhone", UNSET))

        def _parse_person_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                person_id_type_0 = UUID(data)

                return person_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        person_id = _parse_person_id(d.pop("personId", UNSET))

        _referral = d.pop("referral", UNSET)
        referral: ReferralKind | Unset
        if isinstance(_referral, Unset):
            referral = UNSET
        else:
            referral = ReferralKind(_referral)

        def _parse_referrer_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        referrer_name = _parse_referrer_name(d.pop("referrerName", UNSET))

        def _parse_referrer_organisation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        referrer_organisation = _parse_referrer_organisation(d.pop("referrerOrganisation", UNSET))

        application_create = cls(
            answers=answers,
            applicant_email=applicant_email,
            applicant_name=applicant_name,
            applicant_phone=applicant_phone,
            person_id=person_id,
            referral=referral,
            referrer_name=referrer_name,
            referrer_organisation=referrer_organisation,
        )

        return application_create
