from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="UploadReceiptReceiptFields")


@_attrs_define
class UploadReceiptReceiptFields:
    """The multipart form's text fields; the file goes in the part named ``file``.

    Attributes:
        file (File): The file. Its type is read from its bytes.
        item_id (None | Unset | UUID): The line it is a receipt for.
    """

    file: File
    item_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        item_id: None | str | Unset
        if isinstance(self.item_id, Unset):
            item_id = UNSET
        elif isinstance(self.item_id, UUID):
            item_id = str(self.item_id)
        else:
            item_id = self.item_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file": file,
            }
        )
        if item_id is not UNSET:
            field_dict["itemId"] = item_id

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.item_id, Unset):
            if isinstance(self.item_id, UUID):
                files.append(("itemId", (None, str(self.item_id), "text/plain")))
            else:
                files.append(("itemId", (None, str(self.item_id).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        def _parse_item_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                item_id_type_0 = UUID(data)

                return item_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        item_id = _parse_item_id(d.pop("itemId", UNSET))

        upload_receipt_receipt_fields = cls(
            file=file,
            item_id=item_id,
        )

        return upload_receipt_receipt_fields
