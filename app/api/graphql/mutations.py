"""Write operations: the same domain functions the REST routers call, in the request's
one transaction (``Context.writing``), committed or rolled back by the transport.
"""

from __future__ import annotations

import uuid
from typing import TypeVar

import strawberry

from app.api.graphql import fields
from app.api.graphql.access import AccessMutations
from app.api.graphql.boards import Board, Membership, board_node, membership_nodes
from app.api.graphql.context import Info
from app.api.graphql.datarights import DataRightsMutations
from app.api.graphql.derive import node
from app.api.graphql.elections import ElectionMutations
from app.api.graphql.equality import EqualityMutations
from app.api.graphql.expenses import ExpenseMutations
from app.api.graphql.expert_bank import ExpertBankMutations
from app.api.graphql.inputs import (
    ChangePasswordInput,
    CreateBoardInput,
    CreateMembershipInput,
    CreatePersonInput,
    InterestInput,
    TrainingRecordInput,
    UnavailabilityInput,
    UpdateBoardInput,
    UpdateMembershipInput,
    UpdateOrganisationInput,
    UpdatePersonInput,
    Version,
    to_domain,
)
from app.api.graphql.issue_log import IssueLogMutations
from app.api.graphql.me import Organisation
from app.api.graphql.meeting_guests import MeetingGuestMutations
from app.api.graphql.meeting_lifecycle import MeetingLifecycleMutations
from app.api.graphql.meetings import MeetingMutations
from app.api.graphql.notifications import NotificationMutations
from app.api.graphql.papers import PaperMutations
from app.api.graphql.people import Interest, Person, TrainingRecord, Unavailability, person_node
from app.api.graphql.polls import PollMutations
from app.api.graphql.procurement import ProcurementMutations
from app.api.graphql.publishing import PublishingMutations
from app.api.graphql.recommendations import RecommendationMutations
from app.api.graphql.records import RecordMutations
from app.api.graphql.recruitment import RecruitmentMutations
from app.api.graphql.seat_operations import SeatMutations
from app.api.graphql.selection import selects
from app.api.graphql.support import SupervisionMutations, SupportMutations
from app.api.graphql.surveys import SurveyMutations
from app.api.graphql.trail import TrailMutations
from app.db import models as db
from app.domain import organisations
from app.domain.boards import memberships as membership_service
from app.domain.boards import service as board_service
from app.domain.boards.schemas import (
    BoardCreate,
    BoardUpdate,
    MembershipCreate,
    MembershipUpdate,
)
from app.domain.organisations import OrganisationUpdate
from app.domain.people import records
from app.domain.people import service as people_service
from app.domain.people.schemas import (
    InterestCreate,
    PasswordChange,
    PersonCreate,
    PersonUpdate,
    TrainingRecordCreate,
    UnavailabilityCreate,
)

RecordNode = TypeVar("RecordNode", TrainingRecord, Interest, Unavailability)
RecordInput = TypeVar("RecordInput", TrainingRecordCreate, InterestCreate, UnavailabilityCreate)


async def _add_record(
    info: Info,
    person_id: uuid.UUID,
    model: type[records.R],
    schema: type[RecordInput],
    data: object,
    node_type: type[RecordNode],
) -> RecordNode:
    create = to_domain(schema, data)
    async with info.context.writing() as session:
        row = await records.add_record(session, info.context.actor, person_id, model, create)
    return node(node_type, row)


async def _delete_record(
    info: Info, person_id: uuid.UUID, model: type[records.R], record_id: uuid.UUID
) -> uuid.UUID:
    async with info.context.writing() as session:
        await records.delete_record(session, info.context.actor, person_id, model, record_id)
    return record_id


async def _membership(info: Info, row: db.Membership) -> Membership:
    (node,) = await membership_nodes(
        info.context,
        [row],
        with_board=selects(info, "board"),
        with_person=selects(info, "person"),
    )
    return node


@strawberry.type
class Mutation(
    AccessMutations,
    MeetingMutations,
    MeetingLifecycleMutations,
    MeetingGuestMutations,
    SeatMutations,
    PaperMutations,
    RecommendationMutations,
    TrailMutations,
    RecordMutations,
    IssueLogMutations,
    ExpenseMutations,
    ElectionMutations,
    PollMutations,
    PublishingMutations,
    RecruitmentMutations,
    ProcurementMutations,
    ExpertBankMutations,
    DataRightsMutations,
    SupportMutations,
    SupervisionMutations,
    NotificationMutations,
    SurveyMutations,
    EqualityMutations,
):
    @fields.mutation(description="Coordinators add members; administrators grant roles.")
    async def create_person(self, info: Info, input: CreatePersonInput) -> Person:
        data = to_domain(PersonCreate, input)
        async with info.context.writing() as session:
            row = await people_service.create_person(session, info.context.actor, data)
        return person_node(info.context.actor, row)

    @fields.mutation(
        description=(
            "People may edit their own name, pronouns, phone, access needs and email. A new "
            "email is in force only once confirmed from that address (pendingEmail until then)."
        )
    )
    async def update_person(
        self,
        info: Info,
        id: uuid.UUID,
        version: Version,
        input: UpdatePersonInput,
    ) -> Person:
        data = to_domain(PersonUpdate, input)
        async with info.context.writing() as session:
            row = await people_service.update_person(
                session,
                info.context.actor,
                id,
                data,
                version,
                feed_base_url=f"{info.context.base_url}/api/v1/calendar",
                confirm_email_url=info.context.state.settings.confirm_email_url,
            )
        return person_node(info.context.actor, row)

    @fields.mutation(
        description=(
            "Every sign-in of yours ends and every earlier access token (this one too) stops "
            "working: sign in again with the new password. Returns true."
        )
    )
    async def change_my_password(self, info: Info, input: ChangePasswordInput) -> bool:
        data = to_domain(PasswordChange, input)
        async with info.context.writing() as session:
            await people_service.change_own_password(session, info.context.actor, data)
        return True

    @fields.mutation(description="Staff only.")
    async def add_training_record(
        self, info: Info, person_id: uuid.UUID, input: TrainingRecordInput
    ) -> TrainingRecord:
        return await _add_record(
            info,
            person_id,
            db.TrainingRecord,
            TrainingRecordCreate,
            input,
            TrainingRecord,
        )

    @fields.mutation(description="Returns the ID of the record deleted.")
    async def delete_training_record(
        self, info: Info, person_id: uuid.UUID, id: uuid.UUID
    ) -> uuid.UUID:
        return await _delete_record(info, person_id, db.TrainingRecord, id)

    @fields.mutation(description="A person may declare their own interests.")
    async def add_interest(
        self, info: Info, person_id: uuid.UUID, input: InterestInput
    ) -> Interest:
        return await _add_record(info, person_id, db.Interest, InterestCreate, input, Interest)

    @fields.mutation(description="Returns the ID of the record deleted.")
    async def delete_interest(self, info: Info, person_id: uuid.UUID, id: uuid.UUID) -> uuid.UUID:
        return await _delete_record(info, person_id, db.Interest, id)

    @fields.mutation(description="A person may record their own unavailability.")
    async def add_unavailability(
        self, info: Info, person_id: uuid.UUID, input: UnavailabilityInput
    ) -> Unavailability:
        return await _add_record(
            info,
            person_id,
            db.Unavailability,
            UnavailabilityCreate,
            input,
            Unavailability,
        )

    @fields.mutation(description="Returns the ID of the record deleted.")
    async def delete_unavailability(
        self, info: Info, person_id: uuid.UUID, id: uuid.UUID
    ) -> uuid.UUID:
        return await _delete_record(info, person_id, db.Unavailability, id)

    @strawberry.mutation
    async def create_board(self, info: Info, input: CreateBoardInput) -> Board:
        data = to_domain(BoardCreate, input)
        async with info.context.writing() as session:
            row = await board_service.create_board(session, info.context.actor, data)
        return board_node(row)

    @fields.mutation(description="Administrators only. `version` is the organisation's.")
    async def update_organisation(
        self, info: Info, version: Version, input: UpdateOrganisationInput
    ) -> Organisation:
        data = to_domain(OrganisationUpdate, input)
        async with info.context.writing() as session:
            row = await organisations.update_organisation(
                session, info.context.actor, data, version
            )
        return node(Organisation, row)

    @strawberry.mutation
    async def update_board(
        self,
        info: Info,
        id: uuid.UUID,
        version: Version,
        input: UpdateBoardInput,
    ) -> Board:
        data = to_domain(BoardUpdate, input)
        async with info.context.writing() as session:
            row = await board_service.update_board(session, info.context.actor, id, data, version)
        return board_node(row)

    @fields.mutation(description="A board has at most one active chair, vice chair and secretary.")
    async def create_membership(
        self, info: Info, board_id: uuid.UUID, input: CreateMembershipInput
    ) -> Membership:
        data = to_domain(MembershipCreate, input)
        async with info.context.writing() as session:
            row = await membership_service.create_membership(
                session, info.context.actor, board_id, data
            )
        return await _membership(info, row)

    @fields.mutation(description="Change role, status (ACTIVE, PAUSED, LEFT) or term.")
    async def update_membership(
        self,
        info: Info,
        id: uuid.UUID,
        version: Version,
        input: UpdateMembershipInput,
    ) -> Membership:
        data = to_domain(MembershipUpdate, input)
        async with info.context.writing() as session:
            row = await membership_service.update_membership(
                session, info.context.actor, id, data, version
            )
        return await _membership(info, row)
