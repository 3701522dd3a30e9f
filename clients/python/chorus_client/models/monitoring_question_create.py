from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.monitoring_option_input import MonitoringOptionInput


T = TypeVar("T", bound="MonitoringQuestionCreate")


@_attrs_define
class MonitoringQuestionCreate:
    """
    Attributes:
        key (str): Stable key, unique in the organisation (care_experienced).
        label (str):
        options (list[MonitoringOptionInput]): The fixed answers; "prefer_not_to_say" is added when missing.
    """

    key: str
    label: str
    options: list[MonitoringOptionInput]

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        label = self.label

        options = []
        for options_item_data in self.options:
            options_item = options_item_data.to_dict()
            options.append(options_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "key": key,
                "label": label,
                "options": options,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.monitoring_option_input import MonitoringOptionInput  # noqa: PLC0415

        d = dict(src_dict)
        key = d.pop("key")

        label = d.pop("label")

        options = []
        _options = d.pop("options")
        for options_item_data in _options:
            options_item = MonitoringOptionInput.from_dict(options_item_data)

            options.append(options_item)

        monitoring_question_create = cls(
            key=key,
            label=label,
            options=options,
        )

        return monitoring_question_create
