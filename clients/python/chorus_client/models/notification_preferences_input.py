from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.notification_channel import NotificationChannel
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationPreferencesInput")


@_attrs_define
class NotificationPreferencesInput:
    """
    Attributes:
        channel (NotificationChannel):
        digest (bool | Unset): Collect messages and send them as one at `digestHour` each day. Default: False.
        digest_hour (int | Unset): Hour of the daily digest (Europe/London). Default: 8.
        postal_address (None | str | Unset): Needed for `post`. Seen only by the person, coordinators and
            administrators.
        quiet_from (None | str | Unset): Start of quiet hours (Europe/London): messages are held until `quietUntil`.
            Both or neither.
        quiet_until (None | str | Unset): End of quiet hours.
    """

    channel: NotificationChannel
    digest: bool | Unset = False
    digest_hour: int | Unset = 8
    postal_address: None | str | Unset = UNSET
    quiet_from: None | str | Unset = UNSET
    quiet_until: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel.value

        digest = self.digest

        digest_hour = self.digest_hour

        postal_address: None | str | Unset
        if isinstance(self.postal_address, Unset):
            postal_address = UNSET
        else:
            postal_address = self.postal_address

        quiet_from: None | str | Unset
        if isinstance(self.quiet_from, Unset):
            quiet_from = UNSET
        else:
            quiet_from = self.quiet_from

        quiet_until: None | str | Unset
        if isinstance(self.quiet_until, Unset):
            quiet_until = UNSET
        else:
            quiet_until = self.quiet_until

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "channel": channel,
            }
        )
        if digest is not UNSET:
            field_dict["digest"] = digest
        if digest_hour is not UNSET:
            field_dict["digestHour"] = digest_hour
        if postal_address is not UNSET:
            field_dict["postalAddress"] = postal_address
        if quiet_from is not UNSET:
            field_dict["quietFrom"] = quiet_from
        if quiet_until is not UNSET:
            field_dict["quietUntil"] = quiet_until

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel = NotificationChannel(d.pop("channel"))

        digest = d.pop("digest", UNSET)

        digest_hour = d.pop("digestHour", UNSET)

        def _parse_postal_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        postal_address = _parse_postal_address(d.pop("postalAddress", UNSET))

        def _parse_quiet_from(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quiet_from = _parse_quiet_from(d.pop("quietFrom", UNSET))

        def _parse_quiet_until(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quiet_until = _parse_quiet_until(d.pop("quietUntil", UNSET))

        notification_preferences_input = cls(
            channel=channel,
            digest=digest,
            digest_hour=digest_hour,
            postal_address=postal_address,
            quiet_from=quiet_from,
            quiet_until=quiet_until,
        )

        return notification_preferences_input
