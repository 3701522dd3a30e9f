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
        involvement_cap_pence (int | None | Unset): Take at most this per involvement payment: a lower rate than the
            policy's, which some schemes allow for benefit reasons. Null: the policy's rate.
        payee_name (None | str | Unset):
        payee_reference (None | str | Unset):
    """

    declines_involvement_payments: bool
    involvement_cap_pence: int | None | Unset = UNSET
    payee_name: None | str | Unset = UNSET
    payee_reference: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        declines_involvement_payments = self.declines_involvement_payments

        involvement_cap_pence: int | None | Unset
        if isinstance(self.involvement_cap_pence, Unset):
            involvement_cap_pence = UNSET
        else:
            involvement_cap_pence = self.involvement_cap_pence

        payee_name: None | str | Unset
        if isinstance(self.payee_name, Unset):
            payee_name = UNSET
        else:
            payee_name = self.payee_name

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
        if involvement_cap_pence is not UNSET:
            field_dict["involvementCapPence"] = involvement_cap_pence
        if payee_name is not UNSET:
            field_dict["payeeName"] = payee_name
        if payee_reference is not UNSET:
            field_dict["payeeReference"] = payee_reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        declines_involvement_payments = d.pop("declinesInvolvementPayments")

        def _parse_involvement_cap_pence(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        involvement_cap_pence = _parse_involvement_cap_pence(d.pop("involvementCapPence", UNSET))

        def _parse_payee_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payee_name = _parse_payee_name(d.pop("payeeName", UNSET))

        def _parse_payee_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payee_reference = _parse_payee_reference(d.pop("payeeReference", UNSET))

        payment_preferences_input = cls(
            declines_involvement_payments=declines_involvement_payments,
            involvement_cap_pence=involvement_cap_pence,
            payee_name=payee_name,
            payee_reference=payee_reference,
        )

        return payment_preferences_input
