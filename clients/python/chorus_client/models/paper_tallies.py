from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.paper_tallies_tallies import PaperTalliesTallies


T = TypeVar("T", bound="PaperTallies")


@_attrs_define
class PaperTallies:
    """
    Attributes:
        tallies (PaperTalliesTallies): Marks per nomination ID on the paper ballots.
    """

    tallies: PaperTalliesTallies

    def to_dict(self) -> dict[str, Any]:
        tallies = self.tallies.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tallies": tallies,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.paper_tallies_tallies import PaperTalliesTallies  # noqa: PLC0415

        d = dict(src_dict)
        tallies = PaperTalliesTallies.from_dict(d.pop("tallies"))

        paper_tallies = cls(
            tallies=tallies,
        )

        return paper_tallies
