from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.advised_board_papers import AdvisedBoardPapers
from ..models.board_kind import BoardKind

if TYPE_CHECKING:
    from ..models.membership_with_person import MembershipWithPerson


T = TypeVar("T", bound="BoardWithMemberships")


@_attrs_define
class BoardWithMemberships:
    """
    Attributes:
        advised_board_papers (AdvisedBoardPapers): Who of an advisory board receives the papers of the board it advises.
        advises_board_id (None | UUID):
        created_at (datetime.datetime):
        description (None | str):
        easy_read_notifications (bool):
        id (UUID):
        kind (BoardKind):
        memberships (list[MembershipWithPerson]):
        name (str):
        notice_period_days (int):
        quorum (int | None): Members (and seat holders at the meeting) present for a quorum; null: none set.
        quorum_needs_chair (bool): Whether the chair or vice chair must be among them.
        terms_of_reference (None | str):
        timezone (str):
        updated_at (datetime.datetime | None):
    """

    advised_board_papers: AdvisedBoardPapers
    advises_board_id: None | UUID
    created_at: datetime.datetime
    description: None | str
    easy_read_notifications: bool
    id: UUID
    kind: BoardKind
    memberships: list[MembershipWithPerson]
    name: str
    notice_period_days: int
    quorum: int | None
    quorum_needs_chair: bool
    terms_of_reference: None | str
    timezone: str
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advised_board_papers = self.advised_board_papers.value

        advises_board_id: None | str
        if isinstance(self.advises_board_id, UUID):
            advises_board_id = str(self.advises_board_id)
        else:
            advises_board_id = self.advises_board_id

        created_at = self.created_at.isoformat()

        description: None | str
        description = self.description

        easy_read_notifications = self.easy_read_notifications

        id = str(self.id)

        kind = self.kind.value

        memberships = []
        for memberships_item_data in self.memberships:
            memberships_item = memberships_item_data.to_dict()
            memberships.append(memberships_item)

        name = self.name

        notice_period_days = self.notice_period_days

        quorum: int | None
        quorum = self.quorum

        quorum_needs_chair = self.quorum_needs_chair

        terms_of_reference: None | str
        terms_of_reference = self.terms_of_reference

        timezone = self.timezone

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "advisedBoardPapers": advised_board_papers,
                "advisesBoardId": advises_board_id,
                "createdAt": created_at,
                "description": description,
                "easyReadNotifications": easy_read_notifications,
                "id": id,
                "kind": kind,
                "memberships": memberships,
                "name": name,
                "noticePeriodDays": notice_period_days,
                "quorum": quorum,
                "quorumNeedsChair": quorum_needs_chair,
                "termsOfReference": terms_of_reference,
                "timezone": timezone,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.membership_with_person import MembershipWithPerson  # noqa: PLC0415

        d = dict(src_dict)
        advised_board_papers = AdvisedBoardPapers(d.pop("advisedBoardPapers"))

        def _parse_advises_board_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                advises_board_id_type_0 = UUID(data)

                return advises_board_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        advises_board_id = _parse_advises_board_id(d.pop("advisesBoardId"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        easy_read_notifications = d.pop("easyReadNotifications")

        id = UUID(d.pop("id"))

        kind = BoardKind(d.pop("kind"))

        memberships = []
        _memberships = d.pop("memberships")
        for memberships_item_data in _memberships:
            memberships_item = MembershipWithPerson.from_dict(memberships_item_data)

            memberships.append(memberships_item)

        name = d.pop("name")

        notice_period_days = d.pop("noticePeriodDays")

        def _parse_quorum(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        quorum = _parse_quorum(d.pop("quorum"))

        quorum_needs_chair = d.pop("quorumNeedsChair")

        def _parse_terms_of_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        terms_of_reference = _parse_terms_of_reference(d.pop("termsOfReference"))

        timezone = d.pop("timezone")

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

        board_with_memberships = cls(
            advised_board_papers=advised_board_papers,
            advises_board_id=advises_board_id,
            created_at=created_at,
            description=description,
            easy_read_notifications=easy_read_notifications,
            id=id,
            kind=kind,
            memberships=memberships,
            name=name,
            notice_period_days=notice_period_days,
            quorum=quorum,
            quorum_needs_chair=quorum_needs_chair,
            terms_of_reference=terms_of_reference,
            timezone=timezone,
            updated_at=updated_at,
        )

        board_with_memberships.additional_properties = d
        return board_with_memberships

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
