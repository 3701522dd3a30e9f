from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.monitoring_option_out import MonitoringOptionOut


T = TypeVar("T", bound="MonitoringQuestionOut")


@_attrs_define
class MonitoringQuestionOut:
    """A monitoring question with its fixed options, "prefer_not_to_say" always among them.

    Attributes:
        id (UUID):
        key (str):
        label (str):
        options (list[MonitoringOptionOut]):
        protected (bool): An Equality Act 2010 protected characteristic, shipped by Chorus; false for the organisation's
            own questions.
    """

    id: UUID
    key: str
    label: str
    options: list[MonitoringOptionOut]
    protected: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        key = self.key

        label = self.label

        options = []
        for options_item_data in self.options:
            options_item = options_item_data.to_dict()
            options.append(options_item)

        protected = self.protected

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "key": key,
                "label": label,
                "options": options,
                "protected": protected,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.monitoring_option_out import MonitoringOptionOut  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        key = d.pop("key")

        label = d.pop("label")

        options = []
        _options = d.pop("options")
        for options_item_data in _options:
            options_item = MonitoringOptionOut.from_dict(options_item_data)

            options.append(options_item)

        protected = d.pop("protected")

        monitoring_question_out = cls(
            id=id,
            key=key,
            label=label,
            options=options,
            protected=protected,
        )

        monitoring_question_out.additional_properties = d
        return monitoring_question_out

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
