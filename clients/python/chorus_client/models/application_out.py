from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.referral_kind import ReferralKind
from ..models.stage import Stage

if TYPE_CHECKING:
    from ..models.application_out_answers import ApplicationOutAnswers
    from ..models.stage_change_out import StageChangeOut


T = TypeVar("T", bound="ApplicationOut")


@_attrs_define
class ApplicationOut:
    """An application or referral. Personal data throughout: see the type's rule.

    Attributes:
        allowed_stages (list[Stage]): The stages it may move to next.
        answers (ApplicationOutAnswers): Personal data: shown only to coordinators, administrators and the applicant.
        applicant_email (None | str): Personal data: shown only to coordinators, administrators and the applicant.
        applicant_name (None | str): Personal data: shown only to coordinators, administrators and the applicant.
        applicant_phone (None | str): Personal data: shown only to coordinators, administrators and the applicant.
        created_at (datetime.datetime):
        eligible (bool): Whether the answers meet the opportunity's rule.
        history (list[StageChangeOut]): Every move, oldest first.
        id (UUID):
        membership_id (None | UUID): Set once the applicant is active.
        opportunity_id (UUID):
        person_id (None | UUID):
        referral (ReferralKind):
        referrer_name (None | str):
        referrer_organisation (None | str):
        referrer_person_id (None | UUID):
        stage (Stage):
        updated_at (datetime.datetime | None):
    """

    allowed_stages: list[Stage]
    answers: ApplicationOutAnswers
    applicant_email: None | str
    applicant_name: None | str
    applicant_phone: None | str
    created_at: datetime.datetime
    eligible: bool
    history: list[StageChangeOut]
    id: UUID
    membership_id: None | UUID
    opportunity_id: UUID
    person_id: None | UUID
    referral: ReferralKind
    referrer_name: None | str
    referrer_organisation: None | str
    referrer_person_id: None | UUID
    stage: Stage
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_stages = []
        for allowed_stages_item_data in self.allowed_stages:
            allowed_stages_item = allowed_stages_item_data.value
            allowed_stages.append(allowed_stages_item)

        answers = self.answers.to_dict()

        applicant_email: None | str
        applicant_email = self.applicant_email

        applicant_name: None | str
        applicant_name = self.applicant_name

        applicant_phone: None | str
        applicant_phone = self.applicant_phone

        created_at = self.created_at.isoformat()

        eligible = self.eligible

        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)

        id = str(self.id)

        membership_id: None | str
        if isinstance(self.membership_id, UUID):
            membership_id = str(self.membership_id)
        else:
            membership_id = self.membership_id

        opportunity_id = str(self.opportunity_id)

        person_id: None | str
        if isinstance(self.person_id, UUID):
            person_id = str(self.person_id)
        else:
            person_id = self.person_id

        referral = self.referral.value

        referrer_name: None | str
        referrer_name = self.referrer_name

        referrer_organisation: None | str
        referrer_organisation = self.referrer_organisation

        referrer_person_id: None | str
        if isinstance(self.referrer_person_id, UUID):
            referrer_person_id = str(self.referrer_person_id)
        else:
            referrer_person_id = self.referrer_person_id

        stage = self.stage.value

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowedStages": allowed_stages,
                "answers": answers,
                "applicantEmail": applicant_email,
                "applicantName": applicant_name,
                "applicantPhone": applicant_phone,
                "createdAt": created_at,
                "eligible": eligible,
                "history": history,
                "id": id,
                "membershipId": membership_id,
                "opportunityId": opportunity_id,
                "personId": person_id,
                "referral": referral,
                "referrerName": referrer_name,
                "referrerOrganisation": referrer_organisation,
                "referrerPersonId": referrer_person_id,
                "stage": stage,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.application_out_answers import ApplicationOutAnswers  # noqa: PLC0415
        from ..models.stage_change_out import StageChangeOut  # noqa: PLC0415

        d = dict(src_dict)
        allowed_stages = []
        _allowed_stages = d.pop("allowedStages")
        for allowed_stages_item_data in _allowed_stages:
            allowed_stages_item = Stage(allowed_stages_item_data)

            allowed_stages.append(allowed_stages_item)

        answers = ApplicationOutAnswers.from_dict(d.pop("answers"))

        def _parse_applicant_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        applicant_email = _parse_applicant_email(d.pop("applicantEmail"))

        def _parse_applicant_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        applicant_name = _parse_applicant_name(d.pop("applicantName"))

        def _parse_applicant_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        applicant_phone = _parse_applicant_phone(d.pop("applicantPhone"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        eligible = d.pop("eligible")

        history = []
        _history = d.pop("history")
        for history_item_data in _history:
            history_item = StageChangeOut.from_dict(history_item_data)

            history.append(history_item)

        id = UUID(d.pop("id"))

        def _parse_membership_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                membership_id_type_0 = UUID(data)

                return membership_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        membership_id = _parse_membership_id(d.pop("membershipId"))

        opportunity_id = UUID(d.pop("opportunityId"))

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

        referral = ReferralKind(d.pop("referral"))

        def _parse_referrer_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        referrer_name = _parse_referrer_name(d.pop("referrerName"))

        def _parse_referrer_organisation(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        referrer_organisation = _parse_referrer_organisation(d.pop("referrerOrganisation"))

        def _parse_referrer_person_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                referrer_person_id_type_0 = UUID(data)

                return referrer_person_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        referrer_person_id = _parse_referrer_person_id(d.pop("referrerPersonId"))

        stage = Stage(d.pop("stage"))

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

        application_out = cls(
            allowed_stages=allowed_stages,
            answers=answers,
            applicant_email=applicant_email,
            applicant_name=applicant_name,
            applicant_phone=applicant_phone,
            created_at=created_at,
            eligible=eligible,
            history=history,
            id=id,
            membership_id=membership_id,
            opportunity_id=opportunity_id,
            person_id=person_id,
            referral=referral,
            referrer_name=referrer_name,
            referrer_organisation=referrer_organisation,
            referrer_person_id=referrer_person_id,
            stage=stage,
            updated_at=updated_at,
        )

        application_out.additional_properties = d
        return application_out

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
