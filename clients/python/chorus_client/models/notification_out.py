from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_out_channel import NotificationOutChannel
from ..models.notification_out_status import NotificationOutStatus

T = TypeVar("T", bound="NotificationOut")


@_attrs_define
class NotificationOut:
    """
    Attributes:
        attempts (int):
        channel (NotificationOutChannel):
        created_at (datetime.datetime):
        held_until (datetime.datetime | None):
        id (UUID):
        last_attempt_at (datetime.datetime | None):
        person_id (UUID):
        sent_at (datetime.datetime | None):
        status (NotificationOutStatus): `held`: waiting for quiet hours to end or the daily digest; `withheld`: not
            sent, the person chose no notifications.
        subject (str):
        template (str):
    """

    attempts: int
    channel: NotificationOutChannel
    created_at: datetime.datetime
    held_until: datetime.datetime | None
    id: UUID
    last_attempt_at: datetime.datetime | None
    person_id: UUID
    sent_at: datetime.datetime | None
    status: NotificationOutStatus
    subject: str
    template: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attempts = self.attempts

        channel = self.channel.value

        created_at = self.created_at.isoformat()

        held_until: None | str
        if isinstance(self.held_until, datetime.datetime):
            held_until = self.held_until.isoformat()
        else:
            held_until = self.held_until

        id = str(self.id)

        last_attempt_at: None | str
        if isinstance(self.last_attempt_at, datetime.datetime):
            last_attempt_at = self.last_attempt_at.isoformat()
        else:
            last_attempt_at = self.last_attempt_at

        person_id = str(self.person_id)

        sent_at: None | str
        if isinstance(self.sent_at, datetime.datetime):
            sent_at = self.sent_at.isoformat()
        else:
            sent_at = self.sent_at

        status = self.status.value

        subject = self.subject

        template = self.template

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attempts": attempts,
                "channel": channel,
                "createdAt": created_at,
                "heldUntil": held_until,
                "id": id,
                "lastAttemptAt": last_attempt_at,
                "personId": person_id,
                "sentAt": sent_at,
                "status": status,
                "subject": subject,
                "template": template,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attempts = d.pop("attempts")

        channel = NotificationOutChannel(d.pop("channel"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_held_until(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                held_until_type_0 = datetime.datetime.fromisoformat(data)

                return held_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        held_until = _parse_held_until(d.pop("heldUntil"))

        id = UUID(d.pop("id"))

        def _parse_last_attempt_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_attempt_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_attempt_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_attempt_at = _parse_last_attempt_at(d.pop("lastAttemptAt"))

        person_id = UUID(d.pop("personId"))

        def _parse_sent_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sent_at_type_0 = datetime.datetime.fromisoformat(data)

                return sent_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        sent_at = _parse_sent_at(d.pop("sentAt"))

        status = NotificationOutStatus(d.pop("status"))

        subject = d.pop("subject")

        template = d.pop("template")

        notification_out = cls(
            attempts=attempts,
            channel=channel,
            created_at=created_at,
            held_until=held_until,
            id=id,
            last_attempt_at=last_attempt_at,
            person_id=person_id,
            sent_at=sent_at,
            status=status,
            subject=subject,
            template=template,
        )

        notification_out.additional_properties = d
        return notification_out

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
