from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.classification import Classification
from ..models.paper_status import PaperStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaperUpdate")


@_attrs_define
class PaperUpdate:
    """
    Attributes:
        accessible_version_paper_id (None | Unset | UUID):
        accessible_version_url (None | str | Unset):
        agenda_item_id (None | Unset | UUID):
        classification (Classification | Unset):
        embargo_until (datetime.datetime | None | Unset):
        status (PaperStatus | Unset):
        title (str | Unset):
    """

    accessible_version_paper_id: None | Unset | UUID = UNSET
    accessible_version_url: None | str | Unset = UNSET
    agenda_item_id: None | Unset | UUID = UNSET
    classification: Classification | Unset = UNSET
    embargo_until: datetime.datetime | None | Unset = UNSET
    status: PaperStatus | Unset = UNSET
    title: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
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

        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update({})
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
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

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
        classification: Classification | Unset
        if isinstance(_classification, Unset):
            classification = UNSET
        else:
            classification = Classification(_classification)

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
        status: PaperStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = PaperStatus(_status)

        title = d.pop("title", UNSET)

        paper_update = cls(
            accessible_version_paper_id=accessible_version_paper_id,
            accessible_version_url=accessible_version_url,
            agenda_item_id=agenda_item_id,
            classification=classification,
            embargo_until=embargo_until,
            status=status,
            title=title,
        )

        return paper_update
