from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_status import RunStatus

if TYPE_CHECKING:
    from ..models.claim_summary_out import ClaimSummaryOut
    from ..models.held_back_out import HeldBackOut


T = TypeVar("T", bound="PaymentRunDetailOut")


@_attrs_define
class PaymentRunDetailOut:
    """
    Attributes:
        cancelled_at (datetime.datetime | None):
        claim_count (int):
        claims (list[ClaimSummaryOut]):
        created_at (datetime.datetime):
        created_by_id (None | UUID):
        expenses_pence (int):
        exported_at (datetime.datetime | None):
        held_back (list[HeldBackOut]): Approved claims up to the date that were left out, and why (only when the run is
            made).
        id (UUID):
        involvement_pence (int):
        paid_at (datetime.datetime | None):
        paid_by_id (None | UUID):
        payment_reference (None | str):
        status (RunStatus):
        total_pence (int):
        up_to (datetime.date):
    """

    cancelled_at: datetime.datetime | None
    claim_count: int
    claims: list[ClaimSummaryOut]
    created_at: datetime.datetime
    created_by_id: None | UUID
    expenses_pence: int
    exported_at: datetime.datetime | None
    held_back: list[HeldBackOut]
    id: UUID
    involvement_pence: int
    paid_at: datetime.datetime | None
    paid_by_id: None | UUID
    payment_reference: None | str
    status: RunStatus
    total_pence: int
    up_to: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cancelled_at: None | str
        if isinstance(self.cancelled_at, datetime.datetime):
            cancelled_at = self.cancelled_at.isoformat()
        else:
            cancelled_at = self.cancelled_at

        claim_count = self.claim_count

        claims = []
        for claims_item_data in self.claims:
            claims_item = claims_item_data.to_dict()
            claims.append(claims_item)

        created_at = self.created_at.isoformat()

        created_by_id: None | str
        if isinstance(self.created_by_id, UUID):
            created_by_id = str(self.created_by_id)
        else:
            created_by_id = self.created_by_id

        expenses_pence = self.expenses_pence

        exported_at: None | str
        if isinstance(self.exported_at, datetime.datetime):
            exported_at = self.exported_at.isoformat()
        else:
            exported_at = self.exported_at

        held_back = []
        for held_back_item_data in self.held_back:
            held_back_item = held_back_item_data.to_dict()
            held_back.append(held_back_item)

        id = str(self.id)

        involvement_pence = self.involvement_pence

        paid_at: None | str
        if isinstance(self.paid_at, datetime.datetime):
            paid_at = self.paid_at.isoformat()
        else:
            paid_at = self.paid_at

        paid_by_id: None | str
        if isinstance(self.paid_by_id, UUID):
            paid_by_id = str(self.paid_by_id)
        else:
            paid_by_id = self.paid_by_id

        payment_reference: None | str
        payment_reference = self.payment_reference

        status = self.status.value

        total_pence = self.total_pence

        up_to = self.up_to.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cancelledAt": cancelled_at,
                "claimCount": claim_count,
                "claims": claims,
                "createdAt": created_at,
                "createdById": created_by_id,
                "expensesPence": expenses_pence,
                "exportedAt": exported_at,
                "heldBack": held_back,
                "id": id,
                "involvementPence": involvement_pence,
                "paidAt": paid_at,
                "paidById": paid_by_id,
                "paymentReference": payment_reference,
                "status": status,
                "totalPence": total_pence,
                "upTo": up_to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.claim_summary_out import ClaimSummaryOut  # noqa: PLC0415
        from ..models.held_back_out import HeldBackOut  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_cancelled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cancelled_at_type_0 = datetime.datetime.fromisoformat(data)

                return cancelled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        cancelled_at = _parse_cancelled_at(d.pop("cancelledAt"))

        claim_count = d.pop("claimCount")

        claims = []
        _claims = d.pop("claims")
        for claims_item_data in _claims:
            claims_item = ClaimSummaryOut.from_dict(claims_item_data)

            claims.append(claims_item)

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_created_by_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_by_id_type_0 = UUID(data)

                return created_by_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        created_by_id = _parse_created_by_id(d.pop("createdById"))

        expenses_pence = d.pop("expensesPence")

        def _parse_exported_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                exported_at_type_0 = datetime.datetime.fromisoformat(data)

                return exported_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        exported_at = _parse_exported_at(d.pop("exportedAt"))

        held_back = []
        _held_back = d.pop("heldBack")
        for held_back_item_data in _held_back:
            held_back_item = HeldBackOut.from_dict(held_back_item_data)

            held_back.append(held_back_item)

        id = UUID(d.pop("id"))

        involvement_pence = d.pop("involvementPence")

        def _parse_paid_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                paid_at_type_0 = datetime.datetime.fromisoformat(data)

                return paid_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        paid_at = _parse_paid_at(d.pop("paidAt"))

        def _parse_paid_by_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                paid_by_id_type_0 = UUID(data)

                return paid_by_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        paid_by_id = _parse_paid_by_id(d.pop("paidById"))

        def _parse_payment_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        payment_reference = _parse_payment_reference(d.pop("paymentReference"))

        status = RunStatus(d.pop("status"))

        total_pence = d.pop("totalPence")

        up_to = datetime.date.fromisoformat(d.pop("upTo"))

        payment_run_detail_out = cls(
            cancelled_at=cancelled_at,
            claim_count=claim_count,
            claims=claims,
            created_at=created_at,
            created_by_id=created_by_id,
            expenses_pence=expenses_pence,
            exported_at=exported_at,
            held_back=held_back,
            id=id,
            involvement_pence=involvement_pence,
            paid_at=paid_at,
            paid_by_id=paid_by_id,
            payment_reference=payment_reference,
            status=status,
            total_pence=total_pence,
            up_to=up_to,
        )

        payment_run_detail_out.additional_properties = d
        return payment_run_detail_out

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
