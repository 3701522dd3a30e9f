from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingRecordCreate")


@_attrs_define
class TrainingRecordCreate:
    """
    Attributes:
        completed_on (datetime.date):
        training_type (str):
        expires_on (datetime.date | None | Unset):
        provider (None | str | Unset):
    """

    completed_on: datetime.date
    training_type: str
    expires_on: datetime.date | None | Unset = UNSET
    provider: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        completed_on = self.completed_on.isoformat()

        training_type = self.training_type

        expires_on: None | str | Unset
        if isinstance(self.expires_on, Unset):
            expires_on = UNSET
        elif isinstance(self.expires_on, datetime.date):
            expires_on = self.expires_on.isoformat()
        else:
            expires_on = self.expires_on

        provider: None | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        else:
            provider = self.provider

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "completedOn": completed_on,
                "trainingType": training_type,
            }
        )
        if expires_on is not UNSET:
            field_dict["expiresOn"] = expires_on
        if provider is not UNSET:
            field_dict["provider"] = provider

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        completed_on = datetime.date.fromisoformat(d.pop("completedOn"))

        training_type = d.pop("trainingType")

        def _parse_expires_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_on_type_0 = datetime.date.fromisoformat(data)

                return expires_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        expires_on = _parse_expires_on(d.pop("expiresOn", UNSET))

        def _parse_provider(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider = _parse_provider(d.pop("provider", UNSET))

        training_record_create = cls(
            completed_on=completed_on,
            training_type=training_type,
            expires_on=expires_on,
            provider=provider,
        )

        return training_record_create
