from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.expense_policy_create_involvementrates import ExpensePolicyCreateInvolvementrates
    from ..models.expense_policy_create_receiptthresholdspence import ExpensePolicyCreateReceiptthresholdspence
    from ..models.mileage_rates import MileageRates


T = TypeVar("T", bound="ExpensePolicyCreate")


@_attrs_define
class ExpensePolicyCreate:
    """A new version. Fields left out keep the value of the version in force the day before.

    Attributes:
        effective_from (datetime.date):
        accommodation_nightly_cap_pence (int | None | Unset):  Default: 12000.
        claim_deadline_days (int | Unset):  Default: 90.
        involvement_rates (ExpensePolicyCreateInvolvementrates | Unset):
        mileage (MileageRates | Unset):
        receipt_thresholds_pence (ExpensePolicyCreateReceiptthresholdspence | Unset):
        subsistence_daily_cap_pence (int | None | Unset):  Default: 2500.
    """

    effective_from: datetime.date
    accommodation_nightly_cap_pence: int | None | Unset = 12000
    claim_deadline_days: int | Unset = 90
    involvement_rates: ExpensePolicyCreateInvolvementrates | Unset = UNSET
    mileage: MileageRates | Unset = UNSET
    receipt_thresholds_pence: ExpensePolicyCreateReceiptthresholdspence | Unset = UNSET
    subsistence_daily_cap_pence: int | None | Unset = 2500

    def to_dict(self) -> dict[str, Any]:
        effective_from = self.effective_from.isoformat()

        accommodation_nightly_cap_pence: int | None | Unset
        if isinstance(self.accommodation_nightly_cap_pence, Unset):
            accommodation_nightly_cap_pence = UNSET
        else:
            accommodation_nightly_cap_pence = self.accommodation_nightly_cap_pence

        claim_deadline_days = self.claim_deadline_days

        involvement_rates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.involvement_rates, Unset):
            involvement_rates = self.involvement_rates.to_dict()

        mileage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mileage, Unset):
            mileage = self.mileage.to_dict()

        receipt_thresholds_pence: dict[str, Any] | Unset = UNSET
        if not isinstance(self.receipt_thresholds_pence, Unset):
            receipt_thresholds_pence = self.receipt_thresholds_pence.to_dict()

        subsistence_daily_cap_pence: int | None | Unset
        if isinstance(self.subsistence_daily_cap_pence, Unset):
            subsistence_daily_cap_pence = UNSET
        else:
            subsistence_daily_cap_pence = self.subsistence_daily_cap_pence

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "effectiveFrom": effective_from,
            }
        )
        if accommodation_nightly_cap_pence is not UNSET:
            field_dict["accommodationNightlyCapPence"] = accommodation_nightly_cap_pence
        if claim_deadline_days is not UNSET:
            field_dict["claimDeadlineDays"] = claim_deadline_days
        if involvement_rates is not UNSET:
            field_dict["involvementRates"] = involvement_rates
        if mileage is not UNSET:
            field_dict["mileage"] = mileage
        if receipt_thresholds_pence is not UNSET:
            field_dict["receiptThresholdsPence"] = receipt_thresholds_pence
        if subsistence_daily_cap_pence is not UNSET:
            field_dict["subsistenceDailyCapPence"] = subsistence_daily_cap_pence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.expense_policy_create_involvementrates import ExpensePolicyCreateInvolvementrates  # noqa: PLC0415
        from ..models.expense_policy_create_receiptthresholdspence import ExpensePolicyCreateReceiptthresholdspence  # noqa: PLC0415
        from ..models.mileage_rates import MileageRates  # noqa: PLC0415

        d = dict(src_dict)
        effective_from = datetime.date.fromisoformat(d.pop("effectiveFrom"))

        def _parse_accommodation_nightly_cap_pence(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        accommodation_nightly_cap_pence = _parse_accommodation_nightly_cap_pence(
            d.pop("accommodationNightlyCapPence", UNSET)
        )

        claim_deadline_days = d.pop("claimDeadlineDays", UNSET)

        _involvement_rates = d.pop("involvementRates", UNSET)
        involvement_rates: ExpensePolicyCreateInvolvementrates | Unset
        if isinstance(_involvement_rates, Unset):
            involvement_rates = UNSET
        else:
            involvement_rates = ExpensePolicyCreateInvolvementrates.from_dict(_involvement_rates)

        _mileage = d.pop("mileage", UNSET)
        mileage: MileageRates | Unset
        if isinstance(_mileage, Unset):
            mileage = UNSET
        else:
            mileage = MileageRates.from_dict(_mileage)

        _receipt_thresholds_pence = d.pop("receiptThresholdsPence", UNSET)
        receipt_thresholds_pence: ExpensePolicyCreateReceiptthresholdspence | Unset
        if isinstance(_receipt_thresholds_pence, Unset):
            receipt_thresholds_pence = UNSET
        else:
            receipt_thresholds_pence = ExpensePolicyCreateReceiptthresholdspence.from_dict(_receipt_thresholds_pence)

        def _parse_subsistence_daily_cap_pence(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        subsistence_daily_cap_pence = _parse_subsistence_daily_cap_pence(d.pop("subsistenceDailyCapPence", UNSET))

        expense_policy_create = cls(
            effective_from=effective_from,
            accommodation_nightly_cap_pence=accommodation_nightly_cap_pence,
            claim_deadline_days=claim_deadline_days,
            involvement_rates=involvement_rates,
            mileage=mileage,
            receipt_thresholds_pence=receipt_thresholds_pence,
            subsistence_daily_cap_pence=subsistence_daily_cap_pence,
        )

        return expense_policy_create
