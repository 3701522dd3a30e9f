from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentPreferencesInput")


@_attrs_define
class PaymentPreferencesInput:
    """
    Attributes:
        declines_involvement_payments (bool):
        payee_reference (None | str | Unset):
    """

    declines_involvement_payments: bool
    payee_reference: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        declines_involvement_payments = self.declines_involvement_payments

        payee_reference: None | str | Unset
        if isinstance(self.payee_reference, Unset):
            payee_reference = UNSET
        else:
            payee_reference = self.payee_reference

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "declinesInvolvementPayments": declines_involvement_payments,
            }
        )
        if payee_reference is not UNSET:
            field_dict["payeeReference"] = payee_reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        declines_involvement_payments = d.pop("declinesInvolvementPayments")

        def _parse_payee_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payee_reference = _parse_payee_reference(d.pop("payeeReference", UNSET))

        payment_preferences_input = cls(
            declines_involvement_payments=declines_involvement_payments,
            payee_reference=payee_reference,
        )

        return payment_preferences_input
