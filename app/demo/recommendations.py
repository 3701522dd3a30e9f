"""The team's issue log, its themes, and recommendations to the Programme Board in every
state of their lifecycle, one of them overdue for a response."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import Meeting
from app.demo.inputs import build
from app.demo.people import Cast
from app.domain.recommendations import issues, service, themes, trail, workflow
from app.domain.recommendations.schemas import (
    IssueCreate,
    IssueTransition,
    IssueUpdate,
    ProgressUpdateCreate,
    RecommendationCreate,
    ResponseCreate,
    SubmitRequest,
    ThemeCreate,
)

_THEMES = {
    "release": ("Leaving prison", "Housing, ID, benefits and medication on the day of release."),
    "probation": ("Probation appointments", "Getting to appointments, and what happens there."),
    "peer": ("Peer support", "Being met by someone who has been there."),
}
# (theme, category, service, summary, status the log has moved it to)
_ISSUES = (
    (
        "release",
        "housing",
        "HMP Northshire resettlement",
        "Released on a Friday with no accommodation booked; the council office was closed.",
        "open",
    ),
    (
        "release",
        "medication",
        "HMP Northshire healthcare",
        "Left with two days of medication and no GP registration.",
        "in_progress",
    ),
    (
        "probation",
        "access",
        "Northshire probation office",
        "Appointments at 9am need two buses for people living in the villages.",
        "resolved",
    ),
    (
        "probation",
        "communication",
        "Northshire probation office",
        "Letters about appointments arrive after the appointment.",
        "closed",
    ),
    ("peer", "availability", "Recovery Café", "No peer mentor available at weekends.", "open"),
)


async def add_issue_log(session: AsyncSession, cast: Cast, today: date) -> dict[str, Any]:
    """Themes by key, for the recommendations that rest on them; issues logged by members
    (the log records what was raised, never by whom it was raised)."""
    coordinator = cast.actor("marcus.osei")
    member = cast.actor("shanice.brown")
    found = {
        key: await themes.create_theme(
            session, coordinator, cast.team.id, build(ThemeCreate, name=name, description=text)
        )
        for key, (name, text) in _THEMES.items()
    }
    for days_ago, (key, category, where, summary, status) in enumerate(_ISSUES, start=10):
        issue = await issues.create_issue(
            session,
            member,
            cast.team.id,
            build(
                IssueCreate,
                category=category,
                service=where,
                summary=summary,
                raised_on=today - timedelta(days=days_ago * 3),
            ),
        )
        # Grouping issues into themes is the coordinator's part.
        issue = await issues.update_issue(
            session,
            coordinator,
            issue.id,
            build(IssueUpdate, theme_id=found[key].id),
            issue.version,
        )
        if status != "open":
            reason = None if status == "in_progress" else "Raised with the service manager."
            await trail.transition_issue(
                session, member, issue.id, build(IssueTransition, status=status, reason=reason)
            )
    return found


async def add_recommendations(
    session: AsyncSession, cast: Cast, theme_ids: dict[str, Any], presented_at: Meeting, today: date
) -> None:
    chair = cast.actor("dean.roberts")
    # The Programme Board's answers are recorded by staff on its behalf (or by a partner
    # system with recommendations:respond).
    responder = cast.actor("helen.ward")

    async def draft(title: str, body: str, theme: str) -> Any:
        return await service.create_recommendation(
            session,
            chair,
            cast.team.id,
            build(
                RecommendationCreate,
                title=title,
                body=body,
                priority="high" if theme == "release" else "medium",
                theme_ids=[theme_ids[theme].id],
                presented_at_meeting_id=presented_at.id,
            ),
        )

    async def submitted(title: str, body: str, theme: str, due: date | None = None) -> Any:
        made = await draft(title, body, theme)
        return await workflow.submit(
            session, chair, made.id, build(SubmitRequest, response_due_on=due)
        )

    async def respond(rec: Any, **response: Any) -> None:
        await workflow.respond(session, responder, rec.id, build(ResponseCreate, **response))

    async def progress(rec: Any, status: str, note: str) -> None:
        await workflow.add_update(
            session, responder, rec.id, build(ProgressUpdateCreate, status=status, note=note)
        )

    await draft("Peer mentors at weekends", "Fund weekend cover at the Recovery Café.", "peer")
    await submitted(
        "Release day checklist",
        "No one leaves HMP Northshire without a bed booked for that night.",
        "release",
    )
    overdue = await submitted(
        "Evening probation appointments",
        "Offer appointments after 4pm one day a week.",
        "probation",
        due=today,
    )
    # The use case rightly refuses a due date in the past; the demo's history began before
    # it was loaded, so this one's response period has already run out. The scheduler's
    # overdue sweep announces it once the server runs.
    overdue.submitted_at = overdue.submitted_at - timedelta(days=35)
    overdue.first_submitted_at = overdue.submitted_at
    overdue.response_due_on = today - timedelta(days=7)
    await session.flush()

    deferred = await submitted(
        "Peer support in the tender", "Score lived experience in the peer support tender.", "peer"
    )
    await respond(
        deferred,
        decision="deferred",
        reasons="The tender's scoring is set by the procurement team; revisit in the spring.",
        revisit_on=(today + timedelta(days=90)).isoformat(),
    )
    declined = await submitted(
        "Free bus passes", "Give everyone on probation a bus pass.", "probation"
    )
    await respond(declined, decision="not_accepted", reasons="Outside the programme's budget.")
    target = (today + timedelta(days=120)).isoformat()
    owner = "Head of Resettlement"
    for title, body, outcome in (
        ("GP registration before release", "Register people with a GP before release.", None),
        ("Two weeks of medication", "Release with fourteen days of medication.", "implemented"),
        ("Text reminders", "Text a reminder the day before each appointment.", "not_implemented"),
    ):
        rec = await submitted(
            title, body, "release" if outcome != "not_implemented" else "probation"
        )
        await respond(rec, decision="accepted", owner=owner, target_date=target)
        await progress(rec, "in_progress", "Work has started with the healthcare provider.")
        if outcome == "implemented":
            await progress(rec, "implemented", "In place since last month.")
        elif outcome == "not_implemented":
            await progress(rec, "not_implemented", "The text service contract ended.")
    withdrawn = await draft("Monthly surgeries", "Hold drop-in surgeries monthly.", "peer")
    await workflow.withdraw(session, chair, withdrawn.id)
