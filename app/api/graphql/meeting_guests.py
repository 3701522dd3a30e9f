"""Guests of a meeting over GraphQL: ``Meeting.guests`` and the invite/remove mutations,
calling the same domain functions as REST (``app/domain/meetings/guests.py``)."""

from __future__ import annotations

import uuid

import strawberry

from app.api.graphql import fields
from app.api.graphql.context import Info
from app.api.graphql.derive import input_type, node, object_type
from app.api.graphql.inputs import to_domain
from app.api.views.meetings import GuestOut
from app.domain.meetings import guests
from app.domain.meetings import schemas as domain


@object_type(GuestOut, name="MeetingGuest")
class MeetingGuest:
    pass


@input_type(domain.GuestInvite, name="InviteMeetingGuestInput")
class InviteMeetingGuestInput:
    pass


@strawberry.type
class MeetingGuestMutations:
    @fields.mutation(
        description="Invite someone who is not a member (staff, the chair or the secretary): "
        "they receive the meeting's papers as GUEST and may be recorded on its attendance. "
        "Emits meeting.guest_invited."
    )
    async def invite_meeting_guest(
        self, info: Info, meeting_id: uuid.UUID, input: InviteMeetingGuestInput
    ) -> MeetingGuest:
        data = to_domain(domain.GuestInvite, input)
        async with info.context.writing() as session:
            row = await guests.invite_guest(session, info.context.actor, meeting_id, data)
        return node(MeetingGuest, row)

    @fields.mutation(
        description="Withdraw an invitation; papers already circulated stay with the guest. "
        "Returns the person's ID. Emits meeting.guest_removed."
    )
    async def remove_meeting_guest(
        self, info: Info, meeting_id: uuid.UUID, person_id: uuid.UUID
    ) -> uuid.UUID:
        async with info.context.writing() as session:
            await guests.remove_guest(session, info.context.actor, meeting_id, person_id)
        return person_id
