from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="AddPaperVersionVersionCreate")


@_attrs_define
class AddPaperVersionVersionCreate:
    """A replacement file. Recipients of a circulated paper see the change note.

    Attributes:
        change_note (str):
        file (File): The file. Its type is read from its bytes.
        late_reason (None | str | Unset):
    """

    change_note: str
    file: File
    late_reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        change_note = self.change_note

        file = self.file.to_tuple()

        late_reason: None | str | Unset
        if isinstance(self.late_reason, Unset):
            late_reason = UNSET
        else:
            late_reason = self.late_reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "changeNote": change_note,
                "file": file,
            }
        )
        if late_reason is not UNSET:
            field_dict["lateReason"] = late_reason

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("changeNote", (None, str(self.change_note).encode(), "text/plain")))

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.late_reason, Unset):
            if isinstance(self.late_reason, str):
                files.append(("lateReason", (None, str(self.late_reason).encode(), "text/plain")))
            else:
                files.append(("lateReason", (None, str(self.late_reason).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        change_note = d.pop("changeNote")

        file = File(payload=BytesIO(d.pop("file")))

        def _parse_late_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        late_reason = _parse_late_reason(d.pop("lateReason", UNSET))

        add_paper_version_version_create = cls(
            change_note=change_note,
            file=file,
            late_reason=late_reason,
        )

        return add_paper_version_version_create
