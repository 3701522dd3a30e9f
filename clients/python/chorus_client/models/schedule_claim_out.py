from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.claim_status import ClaimStatus

T = TypeVar("T", bound="ScheduleClaimOut")


@_attrs_define
class ScheduleClaimOut:
    """A claim of the caller's that waits on them: a draft, or returned with a query.

    Attributes:
        board_id (None | UUID):
        claim_id (UUID):
        claimed_pence (int):
        decision_reason (None | str): The query, for a returned claim.
        purpose (None | str):
        status (ClaimStatus):
    """

    board_id: None | UUID
    claim_id: UUID
    claimed_pence: int
    decision_reason: None | str
    purpose: None | str
    status: ClaimStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        board_id: None | str
        if isinstance(self.board_id, UUID):
            board_id = str(self.board_id)
        else:
            board_id = self.board_id

        claim_id = str(self.claim_id)

        claimed_pence = self.claimed_pence

        decision_reason: None | str
        decision_reason = self.decision_reason

        purpose: None | str
        purpose = self.purpose

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "boardId": board_id,
                "claimId": claim_id,
                "claimedPence": claimed_pence,
                "decisionReason": decision_reason,
                "purpose": purpose,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

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

        claim_id = UUID(d.pop("claimId"))

        claimed_pence = d.pop("claimedPence")

        def _parse_decision_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decision_reason = _parse_decision_reason(d.pop("decisionReason"))

        def _parse_purpose(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        purpose = _parse_purpose(d.pop("purpose"))

        status = ClaimStatus(d.pop("status"))

        schedule_claim_out = cls(
            board_id=board_id,
            claim_id=claim_id,
            claimed_pence=claimed_pence,
            decision_reason=decision_reason,
            purpose=purpose,
            status=status,
        )

        schedule_claim_out.additional_properties = d
        return schedule_claim_out

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
