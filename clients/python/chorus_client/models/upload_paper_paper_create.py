from __future__ import annotations

import datetime
from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from .. import types
from ..models.upload_paper_paper_create_classification import UploadPaperPaperCreateClassification
from ..models.upload_paper_paper_create_paper_status import UploadPaperPaperCreatePaperStatus
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="UploadPaperPaperCreate")


@_attrs_define
class UploadPaperPaperCreate:
    """The fields of the multipart upload, besides the file itself.

    Attributes:
        file (File): The file. Its type is read from its bytes.
        title (str):
        accessible_version_paper_id (None | Unset | UUID):
        accessible_version_url (None | str | Unset):
        agenda_item_id (None | Unset | UUID):
        classification (UploadPaperPaperCreateClassification | Unset):
        embargo_until (datetime.datetime | None | Unset):
        status (UploadPaperPaperCreatePaperStatus | Unset):
    """

    file: File
    title: str
    accessible_version_paper_id: None | Unset | UUID = UNSET
    accessible_version_url: None | str | Unset = UNSET
    agenda_item_id: None | Unset | UUID = UNSET
    classification: UploadPaperPaperCreateClassification | Unset = UNSET
    embargo_until: datetime.datetime | None | Unset = UNSET
    status: UploadPaperPaperCreatePaperStatus | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        title = self.title

        accessible_version_paper_id: None | str | Unset
        if isinstance(self.accessible_version_paper_id, Unset):
            accessible_version_paper_id = UNSET
        elif isinstance(self.accessible_version_paper_id, UUID):
            accessible_version_paper_id = str(self.accessible_version_paper_id)
        else:
            accessible_version_paper_id = self.accessible_version_paper_id

        accessible_version_url: None | str | Unset
        if isinstance(self.accessible_version_url, Unset):
            accessible_version_url = UNSET
        else:
            accessible_version_url = self.accessible_version_url

        agenda_item_id: None | str | Unset
        if isinstance(self.agenda_item_id, Unset):
            agenda_item_id = UNSET
        elif isinstance(self.agenda_item_id, UUID):
            agenda_item_id = str(self.agenda_item_id)
        else:
            agenda_item_id = self.agenda_item_id

        classification: str | Unset = UNSET
        if not isinstance(self.classification, Unset):
            classification = self.classification.value

        embargo_until: None | str | Unset
        if isinstance(self.embargo_until, Unset):
            embargo_until = UNSET
        elif isinstance(self.embargo_until, datetime.datetime):
            embargo_until = self.embargo_until.isoformat()
        else:
            embargo_until = self.embargo_until

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file": file,
                "title": title,
            }
        )
        if accessible_version_paper_id is not UNSET:
            field_dict["accessibleVersionPaperId"] = accessible_version_paper_id
        if accessible_version_url is not UNSET:
            field_dict["accessibleVersionUrl"] = accessible_version_url
        if agenda_item_id is not UNSET:
            field_dict["agendaItemId"] = agenda_item_id
        if classification is not UNSET:
            field_dict["classification"] = classification
        if embargo_until is not UNSET:
            field_dict["embargoUntil"] = embargo_until
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(("title", (None, str(self.title).encode(), "text/plain")))

        if not isinstance(self.accessible_version_paper_id, Unset):
            if isinstance(self.accessible_version_paper_id, UUID):
                files.append(("accessibleVersionPaperId", (None, str(self.accessible_version_paper_id), "text/plain")))
            else:
                files.append(
                    ("accessibleVersionPaperId", (None, str(self.accessible_version_paper_id).encode(), "text/plain"))
                )

        if not isinstance(self.accessible_version_url, Unset):
            if isinstance(self.accessible_version_url, str):
                files.append(("accessibleVersionUrl", (None, str(self.accessible_version_url).encode(), "text/plain")))
            else:
                files.append(("accessibleVersionUrl", (None, str(self.accessible_version_url).encode(), "text/plain")))

        if not isinstance(self.agenda_item_id, Unset):
            if isinstance(self.agenda_item_id, UUID):
                files.append(("agendaItemId", (None, str(self.agenda_item_id), "text/plain")))
            else:
                files.append(("agendaItemId", (None, str(self.agenda_item_id).encode(), "text/plain")))

        if not isinstance(self.classification, Unset):
            files.append(("classification", (None, str(self.classification.value).encode(), "text/plain")))

        if not isinstance(self.embargo_until, Unset):
            if isinstance(self.embargo_until, datetime.datetime):
                files.append(("embargoUntil", (None, self.embargo_until.isoformat().encode(), "text/plain")))
            else:
                files.append(("embargoUntil", (None, str(self.embargo_until).encode(), "text/plain")))

        if not isinstance(self.status, Unset):
            files.append(("status", (None, str(self.status.value).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        title = d.pop("title")

        def _parse_accessible_version_paper_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                accessible_version_paper_id_type_0 = UUID(data)

                return accessible_version_paper_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        accessible_version_paper_id = _parse_accessible_version_paper_id(d.pop("accessibleVersionPaperId", UNSET))

        def _parse_accessible_version_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        accessible_version_url = _parse_accessible_version_url(d.pop("accessibleVersionUrl", UNSET))

        def _parse_agenda_item_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                agenda_item_id_type_0 = UUID(data)

                return agenda_item_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        agenda_item_id = _parse_agenda_item_id(d.pop("agendaItemId", UNSET))

        _classification = d.pop("classification", UNSET)
        classification: UploadPaperPaperCreateClassification | Unset
        if isinstance(_classification, Unset):
            classification = UNSET
        else:
            classification = UploadPaperPaperCreateClassification(_classification)

        def _parse_embargo_until(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                embargo_until_type_0 = datetime.datetime.fromisoformat(data)

                return embargo_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        embargo_until = _parse_embargo_until(d.pop("embargoUntil", UNSET))

        _status = d.pop("status", UNSET)
        status: UploadPaperPaperCreatePaperStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = UploadPaperPaperCreatePaperStatus(_status)

        upload_paper_paper_create = cls(
            file=file,
            title=title,
            accessible_version_paper_id=accessible_version_paper_id,
            accessible_version_url=accessible_version_url,
            agenda_item_id=agenda_item_id,
            classification=classification,
            embargo_until=embargo_until,
            status=status,
        )

        return upload_paper_paper_create
