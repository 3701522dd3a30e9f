from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.classification import Classification
from ..models.paper_status import PaperStatus

if TYPE_CHECKING:
    from ..models.version_out import VersionOut


T = TypeVar("T", bound="PaperOut")


@_attrs_define
class PaperOut:
    """
    Attributes:
        accessible_version_paper_id (None | UUID):
        accessible_version_url (None | str):
        agenda_item_id (None | UUID):
        circulated_at (datetime.datetime | None): The first circulation.
        circulated_late (bool | None):
        classification (Classification):
        created_at (datetime.datetime):
        current_version (None | VersionOut): The file as it stands now.
        embargo_until (datetime.datetime | None):
        id (UUID):
        late_reason (None | str):
        meeting_id (UUID):
        status (PaperStatus):
        title (str):
        updated_at (datetime.datetime | None):
    """

    accessible_version_paper_id: None | UUID
    accessible_version_url: None | str
    agenda_item_id: None | UUID
    circulated_at: datetime.datetime | None
    circulated_late: bool | None
    classification: Classification
    created_at: datetime.datetime
    current_version: None | VersionOut
    embargo_until: datetime.datetime | None
    id: UUID
    late_reason: None | str
    meeting_id: UUID
    status: PaperStatus
    title: str
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.version_out import VersionOut  # noqa: PLC0415

        accessible_version_paper_id: None | str
        if isinstance(self.accessible_version_paper_id, UUID):
            accessible_version_paper_id = str(self.accessible_version_paper_id)
        else:
            accessible_version_paper_id = self.accessible_version_paper_id

        accessible_version_url: None | str
        accessible_version_url = self.accessible_version_url

        agenda_item_id: None | str
        if isinstance(self.agenda_item_id, UUID):
            agenda_item_id = str(self.agenda_item_id)
        else:
            agenda_item_id = self.agenda_item_id

        circulated_at: None | str
        if isinstance(self.circulated_at, datetime.datetime):
            circulated_at = self.circulated_at.isoformat()
        else:
            circulated_at = self.circulated_at

        circulated_late: bool | None
        circulated_late = self.circulated_late

        classification = self.classification.value

        created_at = self.created_at.isoformat()

        current_version: dict[str, Any] | None
        if isinstance(self.current_version, VersionOut):
            current_version = self.current_version.to_dict()
        else:
            current_version = self.current_version

        embargo_until: None | str
        if isinstance(self.embargo_until, datetime.datetime):
            embargo_until = self.embargo_until.isoformat()
        else:
            embargo_until = self.embargo_until

        id = str(self.id)

        late_reason: None | str
        late_reason = self.late_reason

        meeting_id = str(self.meeting_id)

        status = self.status.value

        title = self.title

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accessibleVersionPaperId": accessible_version_paper_id,
                "accessibleVersionUrl": accessible_version_url,
                "agendaItemId": agenda_item_id,
                "circulatedAt": circulated_at,
                "circulatedLate": circulated_late,
                "classification": classification,
                "createdAt": created_at,
                "currentVersion": current_version,
                "embargoUntil": embargo_until,
                "id": id,
                "lateReason": late_reason,
                "meetingId": meeting_id,
                "status": status,
                "title": title,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.version_out import VersionOut  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_accessible_version_paper_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                accessible_version_paper_id_type_0 = UUID(data)

                return accessible_version_paper_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        accessible_version_paper_id = _parse_accessible_version_paper_id(d.pop("accessibleVersionPaperId"))

        def _parse_accessible_version_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        accessible_version_url = _parse_accessible_version_url(d.pop("accessibleVersionUrl"))

        def _parse_agenda_item_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                agenda_item_id_type_0 = UUID(data)

                return agenda_item_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        agenda_item_id = _parse_agenda_item_id(d.pop("agendaItemId"))

        def _parse_circulated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                circulated_at_type_0 = datetime.datetime.fromisoformat(data)

                return circulated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        circulated_at = _parse_circulated_at(d.pop("circulatedAt"))

        def _parse_circulated_late(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        circulated_late = _parse_circulated_late(d.pop("circulatedLate"))

        classification = Classification(d.pop("classification"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_current_version(data: object) -> None | VersionOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                current_version_type_0 = VersionOut.from_dict(data)

                return current_version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | VersionOut, data)

        current_version = _parse_current_version(d.pop("currentVersion"))

        def _parse_embargo_until(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                embargo_until_type_0 = datetime.datetime.fromisoformat(data)

                return embargo_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        embargo_until = _parse_embargo_until(d.pop("embargoUntil"))

        id = UUID(d.pop("id"))

        def _parse_late_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        late_reason = _parse_late_reason(d.pop("lateReason"))

        meeting_id = UUID(d.pop("meetingId"))

        status = PaperStatus(d.pop("status"))

        title = d.pop("title")

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

        paper_out = cls(
            accessible_version_paper_id=accessible_version_paper_id,
            accessible_version_url=accessible_version_url,
            agenda_item_id=agenda_item_id,
            circulated_at=circulated_at,
            circulated_late=circulated_late,
            classification=classification,
            created_at=created_at,
            current_version=current_version,
            embargo_until=embargo_until,
            id=id,
            late_reason=late_reason,
            meeting_id=meeting_id,
            status=status,
            title=title,
            updated_at=updated_at,
        )

        paper_out.additional_properties = d
        return paper_out

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
