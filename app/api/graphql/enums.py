"""The domain's enums as GraphQL enums: one definition, two transports."""

from __future__ import annotations

from enum import Enum

import strawberry

from app.domain.actors import OrgRole
from app.domain.boards.schemas import (
    AdvisedBoardPapers,
    BoardKind,
    MembershipRole,
    MembershipStatus,
)
from app.domain.elections.schemas import (
    ElectedRole,
    ElectionMethod,
    ElectionPhase,
    NominationStatus,
)
from app.domain.expenses.schemas import (
    Category,
    ClaimStatus,
    ClearedBy,
    DayPart,
    RunStatus,
    Vehicle,
)
from app.domain.meetings.schemas import (
    ActionStatus,
    AttendanceStatus,
    MeetingSort,
    MeetingStatus,
)
from app.domain.notifications.schemas import NotificationChannel
from app.domain.papers.schemas import Classification, PaperStatus, ReadingStatus, RecipientSource
from app.domain.polls.schemas import (
    ConsentChoice,
    ObjectionStatus,
    PollKind,
    PollOutcome,
    PollStatus,
)
from app.domain.procurement.schemas import LotPhase, PanelRole, ProcurementStatus
from app.domain.recommendations.schemas import (
    Decision,
    IssueStatus,
    Priority,
    ProgressStatus,
    RecommendationStatus,
)
from app.domain.recruitment.schemas import OpportunityStatus, PairingKind, ReferralKind
from app.domain.recruitment.stages import Stage
from app.domain.seats.schemas import SeatKind
from app.domain.support.schemas import SupervisionKind
from app.domain.surveys.schemas import QuestionKind, SurveyStatus

# strawberry.enum only attaches a definition to the class; the domain classes stay
# transport-free in their own modules. All of them are registered here, before any view
# names one (see derive.py).
strawberry.enum(OrgRole, description="What a person may do across the organisation.")
strawberry.enum(BoardKind, description="Advisory boards advise a governance board.")
strawberry.enum(
    AdvisedBoardPapers,
    description="Who of an advisory board receives the advised board's papers.",
)
strawberry.enum(MembershipRole, description="A member's role on a board.")
strawberry.enum(MembershipStatus, description="Whether a membership is current.")
strawberry.enum(
    ElectionPhase,
    description="DRAFT, NOMINATIONS, VOTING, COUNTING, COUNTED, DECLARED, CLOSED (the "
    "challenge window over); CANCELLED before the declaration.",
)
strawberry.enum(
    ElectionMethod, description="FPTP (first past the post), APPROVAL, or STV (Scottish STV)."
)
strawberry.enum(ElectedRole, description="The role, or the places, an election fills.")
strawberry.enum(NominationStatus, description="Where a candidate's nomination stands.")
strawberry.enum(
    ClaimStatus,
    name="ExpenseClaimStatus",
    description="DRAFT, SUBMITTED, then APPROVED, REJECTED or RETURNED (to amend and submit "
    "again); WITHDRAWN by the claimant before approval; APPROVED, IN_PAYMENT_RUN, PAID.",
)
strawberry.enum(Category, name="ExpenseCategory", description="What a line of a claim is for.")
strawberry.enum(
    RunStatus, name="PaymentRunStatus", description="OPEN until marked PAID, or CANCELLED."
)
strawberry.enum(ClearedBy, name="HeldBackStep", description="The step that frees a held claim.")
strawberry.enum(Vehicle, name="ExpenseVehicle", description="The vehicle of a mileage line.")
strawberry.enum(
    DayPart, name="ExpenseDayPart", description="The part of a day an involvement payment is for."
)
strawberry.enum(
    MeetingStatus,
    description="SCHEDULED, then POSTPONED (and SCHEDULED again), CANCELLED or HELD; HELD "
    "and CANCELLED are final.",
)
strawberry.enum(
    MeetingSort,
    description="STARTS_AT: soonest first; STARTS_AT_DESC: latest first. The ID breaks ties.",
)
strawberry.enum(AttendanceStatus, description="Whether a person attended a meeting.")
strawberry.enum(ActionStatus, description="OPEN actions are carried to every later meeting.")
strawberry.enum(Classification, description="OFFICIAL_SENSITIVE papers reach only recipients.")
strawberry.enum(
    PaperStatus, description="DRAFT and READY wait; a circulation makes a paper CIRCULATED."
)
strawberry.enum(
    ReadingStatus,
    description="Where a recipient stands with the current version: CHANGED means they "
    "opened or acknowledged an earlier one.",
)
strawberry.enum(
    RecipientSource,
    description="Why a person has a paper: board member, seat holder, ADVISORY (a member of "
    "an advisory board to this one), GUEST (invited to the meeting), or EXTRA (named, or "
    "shadowing a holder).",
)
strawberry.enum(RecommendationStatus, description="Where a recommendation is in its life.")
strawberry.enum(Decision, description="The addressee's decision on a recommendation.")
strawberry.enum(Priority, description="How pressing the board thinks a recommendation is.")
strawberry.enum(ProgressStatus, description="The status a progress update leaves behind.")
strawberry.enum(
    PollKind,
    description="OPTIONS: choose one; APPROVAL: any number; RANKED: "
    "in order of preference, counted by instant runoff; CONSENT: consent or object.",
)
strawberry.enum(PollStatus, description="DRAFT, OPEN, CLOSED, then DECIDED; or CANCELLED.")
strawberry.enum(PollOutcome, description="What a poll's count gave.")
strawberry.enum(ObjectionStatus, description="An objection to a consent proposal.")
strawberry.enum(ConsentChoice, description="An answer to a consent proposal.")
strawberry.enum(OpportunityStatus, description="OPEN opportunities take applications.")
strawberry.enum(
    Stage,
    name="ApplicationStage",
    description="APPLIED, ELIGIBLE, INTERVIEWED, TRAINING, ACTIVE; or WITHDRAWN or "
    "UNSUCCESSFUL before then. ACTIVE, WITHDRAWN and UNSUCCESSFUL are final.",
)
strawberry.enum(ReferralKind, description="SELF, by a MEMBER, or from OUTSIDE (by name).")
strawberry.enum(PairingKind, description="COACHING a new member, or SHADOWING a seat holder.")
strawberry.enum(
    IssueStatus,
    description="OPEN, IN_PROGRESS, ESCALATED, then RESOLVED (and OPEN again) or CLOSED, "
    "which is final.",
)
strawberry.enum(SeatKind, description="A FIXED seat has one holder; a ROTATING one, a rota.")
strawberry.enum(SupervisionKind, description="A supervision session or a check-in.")
strawberry.enum(SurveyStatus, description="DRAFT, OPEN (taking answers), then CLOSED.")
strawberry.enum(
    QuestionKind,
    name="SurveyQuestionKind",
    description="SCALE: 1 to 5; CHOICE: one of the options; TEXT: free text.",
)
strawberry.enum(
    NotificationChannel,
    description="EMAIL, TEXT (a text message), POST (printed by a coordinator) or NONE.",
)
strawberry.enum(
    ProcurementStatus,
    description="DRAFT, OPEN (inviting bids), EVALUATING (panels score), MODERATING, "
    "then CONCLUDED.",
)
strawberry.enum(
    LotPhase,
    name="ProcurementLotPhase",
    description="SCORING (sealed), MODERATING (opened by the chair), then CONCLUDED.",
)
strawberry.enum(
    PanelRole,
    name="ProcurementPanelRole",
    description="An EXPERT_BY_EXPERIENCE, a PROFESSIONAL, or the panel's CHAIR.",
)


@strawberry.enum(description="Who is calling: a person, or a partner system's API client.")
class ActorKind(Enum):
    PERSON = "person"
    CLIENT = "client"


__all__ = ["ActorKind", "BoardKind", "MembershipRole", "MembershipStatus", "OrgRole"]
