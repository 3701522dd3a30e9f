from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaymentPreferencesOut")


@_attrs_define
class PaymentPreferencesOut:
    """
    Attributes:
        declines_involvement_payments (bool):
        involvement_cap_pence (int | None): A lower involvement rate the person takes: at most this a payment.
        payee_name (None | str): The name the payment-run CSV pays.
        payee_reference (None | str):
        person_id (UUID):
        updated_at (datetime.datetime | None):
    """

    declines_involvement_payments: bool
    involvement_cap_pence: int | None
    payee_name: None | str
    payee_reference: None | str
    person_id: UUID
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        declines_involvement_payments = self.declines_involvement_payments

        involvement_cap_pence: int | None
        involvement_cap_pence = self.involvement_cap_pence

        payee_name: None | str
        payee_name = self.payee_name

        payee_reference: None | str
        payee_reference = self.payee_reference

        person_id = str(self.person_id)

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "declinesInvolvementPayments": declines_involvement_payments,
                "involvementCapPence": involvement_cap_pence,
                "payeeName": payee_name,
                "payeeReference": payee_reference,
                "personId": person_id,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        declines_involvement_payments = d.pop("declinesInvolvementPayments")

        def _parse_involvement_cap_pence(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        involvement_cap_pence = _parse_involvement_cap_pence(d.pop("involvementCapPence"))

        def _parse_payee_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        payee_name = _parse_payee_name(d.pop("payeeName"))

        def _parse_payee_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        payee_reference = _parse_payee_reference(d.pop("payeeReference"))

        person_id = UUID(d.pop("personId"))

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

        payment_preferences_out = cls(
            declines_involvement_payments=declines_involvement_payments,
            involvement_cap_pence=involvement_cap_pence,
            payee_name=payee_name,
            payee_reference=payee_reference,
            person_id=person_id,
            updated_at=updated_at,
        )

        payment_preferences_out.additional_properties = d
        return payment_preferences_out

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
