from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lot_phase import LotPhase

if TYPE_CHECKING:
    from ..models.mix_out import MixOut


T = TypeVar("T", bound="LotOut")


@_attrs_define
class LotOut:
    """
    Attributes:
        concluded_at (datetime.datetime | None):
        created_at (datetime.datetime):
        id (UUID):
        mix (MixOut): Scorers not removed: at least one expert by experience and one other.
        moderation_opened_at (datetime.datetime | None):
        phase (LotPhase):
        procurement_id (UUID):
        title (str):
    """

    concluded_at: datetime.datetime | None
    created_at: datetime.datetime
    id: UUID
    mix: MixOut
    moderation_opened_at: datetime.datetime | None
    phase: LotPhase
    procurement_id: UUID
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        concluded_at: None | str
        if isinstance(self.concluded_at, datetime.datetime):
            concluded_at = self.concluded_at.isoformat()
        else:
            concluded_at = self.concluded_at

        created_at = self.created_at.isoformat()

        id = str(self.id)

        mix = self.mix.to_dict()

        moderation_opened_at: None | str
        if isinstance(self.moderation_opened_at, datetime.datetime):
            moderation_opened_at = self.moderation_opened_at.isoformat()
        else:
            moderation_opened_at = self.moderation_opened_at

        phase = self.phase.value

        procurement_id = str(self.procurement_id)

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "concludedAt": concluded_at,
                "createdAt": created_at,
                "id": id,
                "mix": mix,
                "moderationOpenedAt": moderation_opened_at,
                "phase": phase,
                "procurementId": procurement_id,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mix_out import MixOut  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_concluded_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                concluded_at_type_0 = datetime.datetime.fromisoformat(data)

                return concluded_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        concluded_at = _parse_concluded_at(d.pop("concludedAt"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        id = UUID(d.pop("id"))

        mix = MixOut.from_dict(d.pop("mix"))

        def _parse_moderation_opened_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                moderation_opened_at_type_0 = datetime.datetime.fromisoformat(data)

                return moderation_opened_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        moderation_opened_at = _parse_moderation_opened_at(d.pop("moderationOpenedAt"))

        phase = LotPhase(d.pop("phase"))

        procurement_id = UUID(d.pop("procurementId"))

        title = d.pop("title")

        lot_out = cls(
            concluded_at=concluded_at,
            created_at=created_at,
            id=id,
            mix=mix,
            moderation_opened_at=moderation_opened_at,
            phase=phase,
            procurement_id=procurement_id,
            title=title,
        )

        lot_out.additional_properties = d
        return lot_out

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
