from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.mileage_rates_out import MileageRatesOut
    from ..models.policy_out_involvementrates import PolicyOutInvolvementrates
    from ..models.policy_out_receiptthresholdspence import PolicyOutReceiptthresholdspence


T = TypeVar("T", bound="PolicyOut")


@_attrs_define
class PolicyOut:
    """
    Attributes:
        accommodation_nightly_cap_pence (int | None):
        claim_deadline_days (int):
        effective_from (datetime.date | None):
        effective_until (datetime.date | None):
        id (None | UUID): Null: the built-in defaults, no version set yet.
        involvement_rates (PolicyOutInvolvementrates):
        mileage (MileageRatesOut):
        receipt_thresholds_pence (PolicyOutReceiptthresholdspence):
        subsistence_daily_cap_pence (int | None):
    """

    accommodation_nightly_cap_pence: int | None
    claim_deadline_days: int
    effective_from: datetime.date | None
    effective_until: datetime.date | None
    id: None | UUID
    involvement_rates: PolicyOutInvolvementrates
    mileage: MileageRatesOut
    receipt_thresholds_pence: PolicyOutReceiptthresholdspence
    subsistence_daily_cap_pence: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accommodation_nightly_cap_pence: int | None
        accommodation_nightly_cap_pence = self.accommodation_nightly_cap_pence

        claim_deadline_days = self.claim_deadline_days

        effective_from: None | str
        if isinstance(self.effective_from, datetime.date):
            effective_from = self.effective_from.isoformat()
        else:
            effective_from = self.effective_from

        effective_until: None | str
        if isinstance(self.effective_until, datetime.date):
            effective_until = self.effective_until.isoformat()
        else:
            effective_until = self.effective_until

        id: None | str
        if isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        involvement_rates = self.involvement_rates.to_dict()

        mileage = self.mileage.to_dict()

        receipt_thresholds_pence = self.receipt_thresholds_pence.to_dict()

        subsistence_daily_cap_pence: int | None
        subsistence_daily_cap_pence = self.subsistence_daily_cap_pence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accommodationNightlyCapPence": accommodation_nightly_cap_pence,
                "claimDeadlineDays": claim_deadline_days,
                "effectiveFrom": effective_from,
                "effectiveUntil": effective_until,
                "id": id,
                "involvementRates": involvement_rates,
                "mileage": mileage,
                "receiptThresholdsPence": receipt_thresholds_pence,
                "subsistenceDailyCapPence": subsistence_daily_cap_pence,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mileage_rates_out import MileageRatesOut  # noqa: PLC0415
        from ..models.policy_out_involvementrates import PolicyOutInvolvementrates  # noqa: PLC0415
        from ..models.policy_out_receiptthresholdspence import PolicyOutReceiptthresholdspence  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_accommodation_nightly_cap_pence(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        accommodation_nightly_cap_pence = _parse_accommodation_nightly_cap_pence(d.pop("accommodationNightlyCapPence"))

        claim_deadline_days = d.pop("claimDeadlineDays")

        def _parse_effective_from(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_from_type_0 = datetime.date.fromisoformat(data)

                return effective_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        effective_from = _parse_effective_from(d.pop("effectiveFrom"))

        def _parse_effective_until(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_until_type_0 = datetime.date.fromisoformat(data)

                return effective_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        effective_until = _parse_effective_until(d.pop("effectiveUntil"))

        def _parse_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        id = _parse_id(d.pop("id"))

        involvement_rates = PolicyOutInvolvementrates.from_dict(d.pop("involvementRates"))

        mileage = MileageRatesOut.from_dict(d.pop("mileage"))

        receipt_thresholds_pence = PolicyOutReceiptthresholdspence.from_dict(d.pop("receiptThresholdsPence"))

        def _parse_subsistence_daily_cap_pence(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        subsistence_daily_cap_pence = _parse_subsistence_daily_cap_pence(d.pop("subsistenceDailyCapPence"))

        policy_out = cls(
            accommodation_nightly_cap_pence=accommodation_nightly_cap_pence,
            claim_deadline_days=claim_deadline_days,
            effective_from=effective_from,
            effective_until=effective_until,
            id=id,
            involvement_rates=involvement_rates,
            mileage=mileage,
            receipt_thresholds_pence=receipt_thresholds_pence,
            subsistence_daily_cap_pence=subsistence_daily_cap_pence,
        )

        policy_out.additional_properties = d
        return policy_out

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
