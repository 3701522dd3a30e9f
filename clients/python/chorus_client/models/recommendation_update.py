from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.priority import Priority
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecommendationUpdate")


@_attrs_define
class RecommendationUpdate:
    """
    Attributes:
        addressed_to (None | str | Unset):
        addressed_to_board_id (None | Unset | UUID):
        agreed_by_poll_id (None | Unset | UUID):
        body (str | Unset):
        issue_ids (list[UUID] | Unset):
        presented_at_meeting_id (None | Unset | UUID):
        priority (Priority | Unset):
        rationale (None | str | Unset):
        theme_ids (list[UUID] | Unset):
        title (str | Unset):
        topic_tags (list[str] | Unset):
    """

    addressed_to: None | str | Unset = UNSET
    addressed_to_board_id: None | Unset | UUID = UNSET
    agreed_by_poll_id: None | Unset | UUID = UNSET
    body: str | Unset = UNSET
    issue_ids: list[UUID] | Unset = UNSET
    presented_at_meeting_id: None | Unset | UUID = UNSET
    priority: Priority | Unset = UNSET
    rationale: None | str | Unset = UNSET
    theme_ids: list[UUID] | Unset = UNSET
    title: str | Unset = UNSET
    topic_tags: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        addressed_to: None | str | Unset
        if isinstance(self.addressed_to, Unset):
            addressed_to = UNSET
        else:
            addressed_to = self.addressed_to

        addressed_to_board_id: None | str | Unset
        if isinstance(self.addressed_to_board_id, Unset):
            addressed_to_board_id = UNSET
        elif isinstance(self.addressed_to_board_id, UUID):
            addressed_to_board_id = str(self.addressed_to_board_id)
        else:
            addressed_to_board_id = self.addressed_to_board_id

        agreed_by_poll_id: None | str | Unset
        if isinstance(self.agreed_by_poll_id, Unset):
            agreed_by_poll_id = UNSET
        elif isinstance(self.agreed_by_poll_id, UUID):
            agreed_by_poll_id = str(self.agreed_by_poll_id)
        else:
            agreed_by_poll_id = self.agreed_by_poll_id

        body = self.body

        issue_ids: list[str] | Unset = UNSET
        if not isinstance(self.issue_ids, Unset):
            issue_ids = []
            for issue_ids_item_data in self.issue_ids:
                issue_ids_item = str(issue_ids_item_data)
                issue_ids.append(issue_ids_item)

        presented_at_meeting_id: None | str | Unset
        if isinstance(self.presented_at_meeting_id, Unset):
            presented_at_meeting_id = UNSET
        elif isinstance(self.presented_at_meeting_id, UUID):
            presented_at_meeting_id = str(self.presented_at_meeting_id)
        else:
            presented_at_meeting_id = self.presented_at_meeting_id

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        rationale: None | str | Unset
        if isinstance(self.rationale, Unset):
            rationale = UNSET
        else:
            rationale = self.rationale

        theme_ids: list[str] | Unset = UNSET
        if not isinstance(self.theme_ids, Unset):
            theme_ids = []
            for theme_ids_item_data in self.theme_ids:
                theme_ids_item = str(theme_ids_item_data)
                theme_ids.append(theme_ids_item)

        title = self.title

        topic_tags: list[str] | Unset = UNSET
        if not isinstance(self.topic_tags, Unset):
            topic_tags = self.topic_tags

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if addressed_to is not UNSET:
            field_dict["addressedTo"] = addressed_to
        if addressed_to_board_id is not UNSET:
            field_dict["addressedToBoardId"] = addressed_to_board_id
        if agreed_by_poll_id is not UNSET:
            field_dict["agreedByPollId"] = agreed_by_poll_id
        if body is not UNSET:
            field_dict["body"] = body
        if issue_ids is not UNSET:
            field_dict["issueIds"] = issue_ids
        if presented_at_meeting_id is not UNSET:
            field_dict["presentedAtMeetingId"] = presented_at_meeting_id
        if priority is not UNSET:
            field_dict["priority"] = priority
        if rationale is not UNSET:
            field_dict["rationale"] = rationale
        if theme_ids is not UNSET:
            field_dict["themeIds"] = theme_ids
        if title is not UNSET:
            field_dict["title"] = title
        if topic_tags is not UNSET:
            field_dict["topicTags"] = topic_tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_addressed_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        addressed_to = _parse_addressed_to(d.pop("addressedTo", UNSET))

        def _parse_addressed_to_board_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                addressed_to_board_id_type_0 = UUID(data)

                return addressed_to_board_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        addressed_to_board_id = _parse_addressed_to_board_id(d.pop("addressedToBoardId", UNSET))

        def _parse_agreed_by_poll_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                agreed_by_poll_id_type_0 = UUID(data)

                return agreed_by_poll_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        agreed_by_poll_id = _parse_agreed_by_poll_id(d.pop("agreedByPollId", UNSET))

        body = d.pop("body", UNSET)

        _issue_ids = d.pop("issueIds", UNSET)
        issue_ids: list[UUID] | Unset = UNSET
        if _issue_ids is not UNSET:
            issue_ids = []
            for issue_ids_item_data in _issue_ids:
                issue_ids_item = UUID(issue_ids_item_data)

                issue_ids.append(issue_ids_item)

        def _parse_presented_at_meeting_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                presented_at_meeting_id_type_0 = UUID(data)

                return presented_at_meeting_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        presented_at_meeting_id = _parse_presented_at_meeting_id(d.pop("presentedAtMeetingId", UNSET))

        _priority = d.pop("priority", UNSET)
        priority: Priority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = Priority(_priority)

        def _parse_rationale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rationale = _parse_rationale(d.pop("rationale", UNSET))

        _theme_ids = d.pop("themeIds", UNSET)
        theme_ids: list[UUID] | Unset = UNSET
        if _theme_ids is not UNSET:
            theme_ids = []
            for theme_ids_item_data in _theme_ids:
                theme_ids_item = UUID(theme_ids_item_data)

                theme_ids.append(theme_ids_item)

        title = d.pop("title", UNSET)

        topic_tags = cast(list[str], d.pop("topicTags", UNSET))

        recommendation_update = cls(
            addressed_to=addressed_to,
            addressed_to_board_id=addressed_to_board_id,
            agreed_by_poll_id=agreed_by_poll_id,
            body=body,
            issue_ids=issue_ids,
            presented_at_meeting_id=presented_at_meeting_id,
            priority=priority,
            rationale=rationale,
            theme_ids=theme_ids,
            title=title,
            topic_tags=topic_tags,
        )

        return recommendation_update
