from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.advised_board_papers import AdvisedBoardPapers
from ..models.board_kind import BoardKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="BoardCreate")


@_attrs_define
class BoardCreate:
    """
    Attributes:
        kind (BoardKind):
        name (str):
        advised_board_papers (AdvisedBoardPapers | Unset): Who of an advisory board receives the papers of the board it
            advises.
        advises_board_id (None | Unset | UUID):
        description (None | str | Unset):
        easy_read_notifications (bool | Unset): Members' notifications use the easy-read wording (short sentences, one
            idea each) where a message has one. Defaults to false. Default: False.
        notice_period_days (int | Unset):  Default: 7.
        quorum (int | None | Unset): How many of the board's members (and holders of seats at the meeting) must be
            present for a meeting to be quorate; null: no quorum. Judged when the minutes are approved.
        quorum_needs_chair (bool | Unset): Whether the chair or the vice chair must be among those present for a quorum.
            Default: False.
        terms_of_reference (None | str | Unset):
        timezone (str | Unset): An IANA time zone; defaults to Europe/London. Default: 'Europe/London'.
    """

    kind: BoardKind
    name: str
    advised_board_papers: AdvisedBoardPapers | Unset = UNSET
    advises_board_id: None | Unset | UUID = UNSET
    description: None | str | Unset = UNSET
    easy_read_notifications: bool | Unset = False
    notice_period_days: int | Unset = 7
    quorum: int | None | Unset = UNSET
    quorum_needs_chair: bool | Unset = False
    terms_of_reference: None | str | Unset = UNSET
    timezone: str | Unset = "Europe/London"

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        name = self.name

        advised_board_papers: str | Unset = UNSET
        if not isinstance(self.advised_board_papers, Unset):
            advised_board_papers = self.advised_board_papers.value

        advises_board_id: None | str | Unset
        if isinstance(self.advises_board_id, Unset):
            advises_board_id = UNSET
        elif isinstance(self.advises_board_id, UUID):
            advises_board_id = str(self.advises_board_id)
        else:
            advises_board_id = self.advises_board_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        easy_read_notifications = self.easy_read_notifications

        notice_period_days = self.notice_period_days

        quorum: int | None | Unset
        if isinstance(self.quorum, Unset):
            quorum = UNSET
        else:
            quorum = self.quorum

        quorum_needs_chair = self.quorum_needs_chair

        terms_of_reference: None | str | Unset
        if isinstance(self.terms_of_reference, Unset):
            terms_of_reference = UNSET
        else:
            terms_of_reference = self.terms_of_reference

        timezone = self.timezone

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "name": name,
            }
        )
        if advised_board_papers is not UNSET:
            field_dict["advisedBoardPapers"] = advised_board_papers
        if advises_board_id is not UNSET:
            field_dict["advisesBoardId"] = advises_board_id
        if description is not UNSET:
            field_dict["description"] = description
        if easy_read_notifications is not UNSET:
            field_dict["easyReadNotifications"] = easy_read_notifications
        if notice_period_days is not UNSET:
            field_dict["noticePeriodDays"] = notice_period_days
        if quorum is not UNSET:
            field_dict["quorum"] = quorum
        if quorum_needs_chair is not UNSET:
            field_dict["quorumNeedsChair"] = quorum_needs_chair
        if terms_of_reference is not UNSET:
            field_dict["termsOfReference"] = terms_of_reference
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = BoardKind(d.pop("kind"))

        name = d.pop("name")

        _advised_board_papers = d.pop("advisedBoardPapers", UNSET)
        advised_board_papers: AdvisedBoardPapers | Unset
        if isinstance(_advised_board_papers, Unset):
            advised_board_papers = UNSET
        else:
            advised_board_papers = AdvisedBoardPapers(_advised_board_papers)

        def _parse_advises_board_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                advises_board_id_type_0 = UUID(data)

                return advises_board_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        advises_board_id = _parse_advises_board_id(d.pop("advisesBoardId", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        easy_read_notifications = d.pop("easyReadNotifications", UNSET)

        notice_period_days = d.pop("noticePeriodDays", UNSET)

        def _parse_quorum(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quorum = _parse_quorum(d.pop("quorum", UNSET))

        quorum_needs_chair = d.pop("quorumNeedsChair", UNSET)

        def _parse_terms_of_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        terms_of_reference = _parse_terms_of_reference(d.pop("termsOfReference", UNSET))

        timezone = d.pop("timezone", UNSET)

        board_create = cls(
            kind=kind,
            name=name,
            advised_board_papers=advised_board_papers,
            advises_board_id=advises_board_id,
            description=description,
            easy_read_notifications=easy_read_notifications,
            notice_period_days=notice_period_days,
            quorum=quorum,
            quorum_needs_chair=quorum_needs_chair,
            terms_of_reference=terms_of_reference,
            timezone=timezone,
        )

        return board_create
