from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reading_status import ReadingStatus
from ..models.recipient_source import RecipientSource

T = TypeVar("T", bound="RecipientOut")


@_attrs_define
class RecipientOut:
    """A person a paper was circulated to, and how far they got.

    Attributes:
        acknowledged_at (datetime.datetime | None):
        acknowledged_version (int | None):
        circulated_at (datetime.datetime):
        circulated_version (int):
        first_opened_at (datetime.datetime | None):
        id (UUID):
        opened_version (int | None):
        paper_id (UUID):
        person_id (UUID):
        source (RecipientSource):
        status (ReadingStatus): Where a recipient stands with a paper's current version.
    """

    acknowledged_at: datetime.datetime | None
    acknowledged_version: int | None
    circulated_at: datetime.datetime
    circulated_version: int
    first_opened_at: datetime.datetime | None
    id: UUID
    opened_version: int | None
    paper_id: UUID
    person_id: UUID
    source: RecipientSource
    status: ReadingStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acknowledged_at: None | str
        if isinstance(self.acknowledged_at, datetime.datetime):
            acknowledged_at = self.acknowledged_at.isoformat()
        else:
            acknowledged_at = self.acknowledged_at

        acknowledged_version: int | None
        acknowledged_version = self.acknowledged_version

        circulated_at = self.circulated_at.isoformat()

        circulated_version = self.circulated_version

        first_opened_at: None | str
        if isinstance(self.first_opened_at, datetime.datetime):
            first_opened_at = self.first_opened_at.isoformat()
        else:
            first_opened_at = self.first_opened_at

        id = str(self.id)

        opened_version: int | None
        opened_version = self.opened_version

        paper_id = str(self.paper_id)

        person_id = str(self.person_id)

        source = self.source.value

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acknowledgedAt": acknowledged_at,
                "acknowledgedVersion": acknowledged_version,
                "circulatedAt": circulated_at,
                "circulatedVersion": circulated_version,
                "firstOpenedAt": first_opened_at,
                "id": id,
                "openedVersion": opened_version,
                "paperId": paper_id,
                "personId": person_id,
                "source": source,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_acknowledged_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                acknowledged_at_type_0 = datetime.datetime.fromisoformat(data)

                return acknowledged_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        acknowledged_at = _parse_acknowledged_at(d.pop("acknowledgedAt"))

        def _parse_acknowledged_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        acknowledged_version = _parse_acknowledged_version(d.pop("acknowledgedVersion"))

        circulated_at = datetime.datetime.fromisoformat(d.pop("circulatedAt"))

        circulated_version = d.pop("circulatedVersion")

        def _parse_first_opened_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_opened_at_type_0 = datetime.datetime.fromisoformat(data)

                return first_opened_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        first_opened_at = _parse_first_opened_at(d.pop("firstOpenedAt"))

        id = UUID(d.pop("id"))

        def _parse_opened_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        opened_version = _parse_opened_version(d.pop("openedVersion"))

        paper_id = UUID(d.pop("paperId"))

        person_id = UUID(d.pop("personId"))

        source = RecipientSource(d.pop("source"))

        status = ReadingStatus(d.pop("status"))

        recipient_out = cls(
            acknowledged_at=acknowledged_at,
            acknowledged_version=acknowledged_version,
            circulated_at=circulated_at,
            circulated_version=circulated_version,
            first_opened_at=first_opened_at,
            id=id,
            opened_version=opened_version,
            paper_id=paper_id,
            person_id=person_id,
            source=source,
            status=status,
        )

        recipient_out.additional_properties = d
        return recipient_out

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
