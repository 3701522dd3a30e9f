from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.claim_status import ClaimStatus

if TYPE_CHECKING:
    from ..models.item_out import ItemOut
    from ..models.receipt_out import ReceiptOut


T = TypeVar("T", bound="ClaimOut")


@_attrs_define
class ClaimOut:
    """
    Attributes:
        allowed_actions (list[str]): The workflow steps its status allows that the caller may take, such as submit or
            approve. Approve, reject and return are never offered to anyone who made, changed or submitted the claim
            (segregation of duties).
        allowed_pence (int): `expensesPence + involvementPence`.
        board_id (None | UUID):
        claimed_pence (int):
        created_at (datetime.datetime):
        created_by_id (None | UUID): Who made the claim.
        decided_at (datetime.datetime | None):
        decided_by_id (None | UUID):
        decision_reason (None | str): Why it was last rejected, returned or withdrawn.
        expenses_pence (int):
        first_submitted_at (datetime.datetime | None):
        flags (list[str]):
        id (UUID):
        involvement_pence (int):
        items (list[ItemOut]): Every line, in the order they were added.
        on_behalf (bool): Someone other than the claimant made or changed it (a coordinator).
        paid_at (datetime.datetime | None):
        payment_run_id (None | UUID):
        person_id (UUID): The claimant.
        purpose (None | str):
        receipts (list[ReceiptOut]):
        status (ClaimStatus):
        submitted_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
    """

    allowed_actions: list[str]
    allowed_pence: int
    board_id: None | UUID
    claimed_pence: int
    created_at: datetime.datetime
    created_by_id: None | UUID
    decided_at: datetime.datetime | None
    decided_by_id: None | UUID
    decision_reason: None | str
    expenses_pence: int
    first_submitted_at: datetime.datetime | None
    flags: list[str]
    id: UUID
    involvement_pence: int
    items: list[ItemOut]
    on_behalf: bool
    paid_at: datetime.datetime | None
    payment_run_id: None | UUID
    person_id: UUID
    purpose: None | str
    receipts: list[ReceiptOut]
    status: ClaimStatus
    submitted_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_actions = self.allowed_actions

        allowed_pence = self.allowed_pence

        board_id: None | str
        if isinstance(self.board_id, UUID):
            board_id = str(self.board_id)
        else:
            board_id = self.board_id

        claimed_pence = self.claimed_pence

        created_at = self.created_at.isoformat()

        created_by_id: None | str
        if isinstance(self.created_by_id, UUID):
            created_by_id = str(self.created_by_id)
        else:
            created_by_id = self.created_by_id

        decided_at: None | str
        if isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        decided_by_id: None | str
        if isinstance(self.decided_by_id, UUID):
            decided_by_id = str(self.decided_by_id)
        else:
            decided_by_id = self.decided_by_id

        decision_reason: None | str
        decision_reason = self.decision_reason

        expenses_pence = self.expenses_pence

        first_submitted_at: None | str
        if isinstance(self.first_submitted_at, datetime.datetime):
            first_submitted_at = self.first_submitted_at.isoformat()
        else:
            first_submitted_at = self.first_submitted_at

        flags = self.flags

        id = str(self.id)

        involvement_pence = self.involvement_pence

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        on_behalf = self.on_behalf

        paid_at: None | str
        if isinstance(self.paid_at, datetime.datetime):
            paid_at = self.paid_at.isoformat()
        else:
            paid_at = self.paid_at

        payment_run_id: None | str
        if isinstance(self.payment_run_id, UUID):
            payment_run_id = str(self.payment_run_id)
        else:
            payment_run_id = self.payment_run_id

        person_id = str(self.person_id)

        purpose: None | str
        purpose = self.purpose

        receipts = []
        for receipts_item_data in self.receipts:
            receipts_item = receipts_item_data.to_dict()
            receipts.append(receipts_item)

        status = self.status.value

        submitted_at: None | str
        if isinstance(self.submitted_at, datetime.datetime):
            submitted_at = self.submitted_at.isoformat()
        else:
            submitted_at = self.submitted_at

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowedActions": allowed_actions,
                "allowedPence": allowed_pence,
                "boardId": board_id,
                "claimedPence": claimed_pence,
                "createdAt": created_at,
                "createdById": created_by_id,
                "decidedAt": decided_at,
                "decidedById": decided_by_id,
                "decisionReason": decision_reason,
                "expensesPence": expenses_pence,
                "firstSubmittedAt": first_submitted_at,
                "flags": flags,
                "id": id,
                "involvementPence": involvement_pence,
                "items": items,
                "onBehalf": on_behalf,
                "paidAt": paid_at,
                "paymentRunId": payment_run_id,
                "personId": person_id,
                "purpose": purpose,
                "receipts": receipts,
                "status": status,
                "submittedAt": submitted_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item_out import ItemOut  # noqa: PLC0415
        from ..models.receipt_out import ReceiptOut  # noqa: PLC0415

        d = dict(src_dict)
        allowed_actions = cast(list[str], d.pop("allowedActions"))

        allowed_pence = d.pop("allowedPence")

        def _parse_board_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                board_id_type_0 = UUID(data)

                return board_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        board_id = _parse_board_id(d.pop("boardId"))

        claimed_pence = d.pop("claimedPence")

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

        def _parse_decided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)

                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        decided_at = _parse_decided_at(d.pop("decidedAt"))

        def _parse_decided_by_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_by_id_type_0 = UUID(data)

                return decided_by_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        decided_by_id = _parse_decided_by_id(d.pop("decidedById"))

        def _parse_decision_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decision_reason = _parse_decision_reason(d.pop("decisionReason"))

        expenses_pence = d.pop("expensesPence")

        def _parse_first_submitted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_submitted_at_type_0 = datetime.datetime.fromisoformat(data)

                return first_submitted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        first_submitted_at = _parse_first_submitted_at(d.pop("firstSubmittedAt"))

        flags = cast(list[str], d.pop("flags"))

        id = UUID(d.pop("id"))

        involvement_pence = d.pop("involvementPence")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ItemOut.from_dict(items_item_data)

            items.append(items_item)

        on_behalf = d.pop("onBehalf")

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

        def _parse_payment_run_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                payment_run_id_type_0 = UUID(data)

                return payment_run_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        payment_run_id = _parse_payment_run_id(d.pop("paymentRunId"))

        person_id = UUID(d.pop("personId"))

        def _parse_purpose(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        purpose = _parse_purpose(d.pop("purpose"))

        receipts = []
        _receipts = d.pop("receipts")
        for receipts_item_data in _receipts:
            receipts_item = ReceiptOut.from_dict(receipts_item_data)

            receipts.append(receipts_item)

        status = ClaimStatus(d.pop("status"))

        def _parse_submitted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_at_type_0 = datetime.datetime.fromisoformat(data)

                return submitted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        submitted_at = _parse_submitted_at(d.pop("submittedAt"))

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

        claim_out = cls(
            allowed_actions=allowed_actions,
            allowed_pence=allowed_pence,
            board_id=board_id,
            claimed_pence=claimed_pence,
            created_at=created_at,
            created_by_id=created_by_id,
            decided_at=decided_at,
            decided_by_id=decided_by_id,
            decision_reason=decision_reason,
            expenses_pence=expenses_pence,
            first_submitted_at=first_submitted_at,
            flags=flags,
            id=id,
            involvement_pence=involvement_pence,
            items=items,
            on_behalf=on_behalf,
            paid_at=paid_at,
            payment_run_id=payment_run_id,
            person_id=person_id,
            purpose=purpose,
            receipts=receipts,
            status=status,
            submitted_at=submitted_at,
            updated_at=updated_at,
        )

        claim_out.additional_properties = d
        return claim_out

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
