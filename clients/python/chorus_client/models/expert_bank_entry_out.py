from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bank_training_out import BankTrainingOut


T = TypeVar("T", bound="ExpertBankEntryOut")


@_attrs_define
class ExpertBankEntryOut:
    """
    Attributes:
        availability_note (None | str):
        consent_note (None | str):
        consent_recorded_by_id (None | UUID): The person, or the coordinator who recorded their consent.
        created_at (datetime.datetime):
        display_name (str):
        experience_categories (list[str]): The kinds of lived experience the person consented to be matched on: seen
            only by them, coordinators and administrators.
        experience_consented_at (datetime.datetime | None):
        experience_year (int | None):
        id (UUID):
        person_id (UUID):
        skills (list[str]):
        training (list[BankTrainingOut]): Current training from the person's training records.
        unavailable_until (datetime.date | None):
        updated_at (datetime.datetime | None):
    """

    availability_note: None | str
    consent_note: None | str
    consent_recorded_by_id: None | UUID
    created_at: datetime.datetime
    display_name: str
    experience_categories: list[str]
    experience_consented_at: datetime.datetime | None
    experience_year: int | None
    id: UUID
    person_id: UUID
    skills: list[str]
    training: list[BankTrainingOut]
    unavailable_until: datetime.date | None
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        availability_note: None | str
        availability_note = self.availability_note

        consent_note: None | str
        consent_note = self.consent_note

        consent_recorded_by_id: None | str
        if isinstance(self.consent_recorded_by_id, UUID):
            consent_recorded_by_id = str(self.consent_recorded_by_id)
        else:
            consent_recorded_by_id = self.consent_recorded_by_id

        created_at = self.created_at.isoformat()

        display_name = self.display_name

        experience_categories = self.experience_categories

        experience_consented_at: None | str
        if isinstance(self.experience_consented_at, datetime.datetime):
            experience_consented_at = self.experience_consented_at.isoformat()
        else:
            experience_consented_at = self.experience_consented_at

        experience_year: int | None
        experience_year = self.experience_year

        id = str(self.id)

        person_id = str(self.person_id)

        skills = self.skills

        training = []
        for training_item_data in self.training:
            training_item = training_item_data.to_dict()
            training.append(training_item)

        unavailable_until: None | str
        if isinstance(self.unavailable_until, datetime.date):
            unavailable_until = self.unavailable_until.isoformat()
        else:
            unavailable_until = self.unavailable_until

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "availabilityNote": availability_note,
                "consentNote": consent_note,
                "consentRecordedById": consent_recorded_by_id,
                "createdAt": created_at,
                "displayName": display_name,
                "experienceCategories": experience_categories,
                "experienceConsentedAt": experience_consented_at,
                "experienceYear": experience_year,
                "id": id,
                "personId": person_id,
                "skills": skills,
                "training": training,
                "unavailableUntil": unavailable_until,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bank_training_out import BankTrainingOut  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_availability_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        availability_note = _parse_availability_note(d.pop("availabilityNote"))

        def _parse_consent_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        consent_note = _parse_consent_note(d.pop("consentNote"))

        def _parse_consent_recorded_by_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                consent_recorded_by_id_type_0 = UUID(data)

                return consent_recorded_by_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        consent_recorded_by_id = _parse_consent_recorded_by_id(d.pop("consentRecordedById"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        display_name = d.pop("displayName")

        experience_categories = cast(list[str], d.pop("experienceCategories"))

        def _parse_experience_consented_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                experience_consented_at_type_0 = datetime.datetime.fromisoformat(data)

                return experience_consented_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        experience_consented_at = _parse_experience_consented_at(d.pop("experienceConsentedAt"))

        def _parse_experience_year(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        experience_year = _parse_experience_year(d.pop("experienceYear"))

        id = UUID(d.pop("id"))

        person_id = UUID(d.pop("personId"))

        skills = cast(list[str], d.pop("skills"))

        training = []
        _training = d.pop("training")
        for training_item_data in _training:
            training_item = BankTrainingOut.from_dict(training_item_data)

            training.append(training_item)

        def _parse_unavailable_until(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unavailable_until_type_0 = datetime.date.fromisoformat(data)

                return unavailable_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        unavailable_until = _parse_unavailable_until(d.pop("unavailableUntil"))

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

        expert_bank_entry_out = cls(
            availability_note=availability_note,
            consent_note=consent_note,
            consent_recorded_by_id=consent_recorded_by_id,
            created_at=created_at,
            display_name=display_name,
            experience_categories=experience_categories,
            experience_consented_at=experience_consented_at,
            experience_year=experience_year,
            id=id,
            person_id=person_id,
            skills=skills,
            training=training,
            unavailable_until=unavailable_until,
            updated_at=updated_at,
        )

        expert_bank_entry_out.additional_properties = d
        return expert_bank_entry_out

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
