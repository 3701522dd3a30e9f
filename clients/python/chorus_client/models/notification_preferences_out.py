from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_preferences_out_channel import NotificationPreferencesOutChannel

T = TypeVar("T", bound="NotificationPreferencesOut")


@_attrs_define
class NotificationPreferencesOut:
    """
    Attributes:
        channel (NotificationPreferencesOutChannel):
        digest (bool):
        digest_hour (int):
        person_id (UUID):
        postal_address (None | str): Only while `channel` is `post`.
        quiet_from (None | str):
        quiet_until (None | str):
        updated_at (datetime.datetime | None):
    """

    channel: NotificationPreferencesOutChannel
    digest: bool
    digest_hour: int
    person_id: UUID
    postal_address: None | str
    quiet_from: None | str
    quiet_until: None | str
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel.value

        digest = self.digest

        digest_hour = self.digest_hour

        person_id = str(self.person_id)

        postal_address: None | str
        postal_address = self.postal_address

        quiet_from: None | str
        quiet_from = self.quiet_from

        quiet_until: None | str
        quiet_until = self.quiet_until

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "digest": digest,
                "digestHour": digest_hour,
                "personId": person_id,
                "postalAddress": postal_address,
                "quietFrom": quiet_from,
                "quietUntil": quiet_until,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel = NotificationPreferencesOutChannel(d.pop("channel"))

        digest = d.pop("digest")

        digest_hour = d.pop("digestHour")

        person_id = UUID(d.pop("personId"))

        def _parse_postal_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        postal_address = _parse_postal_address(d.pop("postalAddress"))

        def _parse_quiet_from(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        quiet_from = _parse_quiet_from(d.pop("quietFrom"))

        def _parse_quiet_until(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        quiet_until = _parse_quiet_until(d.pop("quietUntil"))

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

        notification_preferences_out = cls(
            channel=channel,
            digest=digest,
            digest_hour=digest_hour,
            person_id=person_id,
            postal_address=postal_address,
            quiet_from=quiet_from,
            quiet_until=quiet_until,
            updated_at=updated_at,
        )

        notification_preferences_out.additional_properties = d
        return notification_preferences_out

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
