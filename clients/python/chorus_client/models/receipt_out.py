from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReceiptOut")


@_attrs_define
class ReceiptOut:
    """
    Attributes:
        claim_id (UUID):
        content_type (str):
        created_at (datetime.datetime):
        digest (str):
        duplicate (bool): The same file is on another live claim, or twice on this one.
        duplicate_claim_ids (list[UUID]):
        filename (None | str):
        id (UUID):
        item_id (None | UUID):
        size_bytes (int):
    """

    claim_id: UUID
    content_type: str
    created_at: datetime.datetime
    digest: str
    duplicate: bool
    duplicate_claim_ids: list[UUID]
    filename: None | str
    id: UUID
    item_id: None | UUID
    size_bytes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        claim_id = str(self.claim_id)

        content_type = self.content_type

        created_at = self.created_at.isoformat()

        digest = self.digest

        duplicate = self.duplicate

        duplicate_claim_ids = []
        for duplicate_claim_ids_item_data in self.duplicate_claim_ids:
            duplicate_claim_ids_item = str(duplicate_claim_ids_item_data)
            duplicate_claim_ids.append(duplicate_claim_ids_item)

        filename: None | str
        filename = self.filename

        id = str(self.id)

        item_id: None | str
        if isinstance(self.item_id, UUID):
            item_id = str(self.item_id)
        else:
            item_id = self.item_id

        size_bytes = self.size_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "claimId": claim_id,
                "contentType": content_type,
                "createdAt": created_at,
                "digest": digest,
                "duplicate": duplicate,
                "duplicateClaimIds": duplicate_claim_ids,
                "filename": filename,
                "id": id,
                "itemId": item_id,
                "sizeBytes": size_bytes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        claim_id = UUID(d.pop("claimId"))

        content_type = d.pop("contentType")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        digest = d.pop("digest")

        duplicate = d.pop("duplicate")

        duplicate_claim_ids = []
        _duplicate_claim_ids = d.pop("duplicateClaimIds")
        for duplicate_claim_ids_item_data in _duplicate_claim_ids:
            duplicate_claim_ids_item = UUID(duplicate_claim_ids_item_data)

            duplicate_claim_ids.append(duplicate_claim_ids_item)

        def _parse_filename(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        filename = _parse_filename(d.pop("filename"))

        id = UUID(d.pop("id"))

        def _parse_item_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                item_id_type_0 = UUID(data)

                return item_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        item_id = _parse_item_id(d.pop("itemId"))

        size_bytes = d.pop("sizeBytes")

        receipt_out = cls(
            claim_id=claim_id,
            content_type=content_type,
            created_at=created_at,
            digest=digest,
            duplicate=duplicate,
            duplicate_claim_ids=duplicate_claim_ids,
            filename=filename,
            id=id,
            item_id=item_id,
            size_bytes=size_bytes,
        )

        receipt_out.additional_properties = d
        return receipt_out

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
