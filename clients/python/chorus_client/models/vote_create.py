from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.consent_choice import ConsentChoice
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoteCreate")


@_attrs_define
class VoteCreate:
    """
    Attributes:
        choice (ConsentChoice | None | Unset): Consent proposals only.
        option_ids (list[UUID] | Unset): One (options), any number (approval), or in order of preference (ranked).
        reason (None | str | Unset): Needed with an objection.
    """

    choice: ConsentChoice | None | Unset = UNSET
    option_ids: list[UUID] | Unset = UNSET
    reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        choice: None | str | Unset
        if isinstance(self.choice, Unset):
            choice = UNSET
        elif isinstance(self.choice, ConsentChoice):
            choice = self.choice.value
        else:
            choice = self.choice

        option_ids: list[str] | Unset = UNSET
        if not isinstance(self.option_ids, Unset):
            option_ids = []
            for option_ids_item_data in self.option_ids:
                option_ids_item = str(option_ids_item_data)
                option_ids.append(option_ids_item)

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if choice is not UNSET:
            field_dict["choice"] = choice
        if option_ids is not UNSET:
            field_dict["optionIds"] = option_ids
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_choice(data: object) -> ConsentChoice | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                choice_type_0 = ConsentChoice(data)

                return choice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConsentChoice | None | Unset, data)

        choice = _parse_choice(d.pop("choice", UNSET))

        _option_ids = d.pop("optionIds", UNSET)
        option_ids: list[UUID] | Unset = UNSET
        if _option_ids is not UNSET:
            option_ids = []
            for option_ids_item_data in _option_ids:
                option_ids_item = UUID(option_ids_item_data)

                option_ids.append(option_ids_item)

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        vote_create = cls(
            choice=choice,
            option_ids=option_ids,
            reason=reason,
        )

        return vote_create
