"""Subject access and erasure reach every area that holds something about a person:
elections, polls, surveys, recruitment, shadowing, actions and procurement scoring, not
only the first areas built. Ballots and anonymous answers stay out of reach: the export
says that they voted, never what."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import timedelta
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from app.db.models import (
    ActionItem,
    Application,
    Board,
    Election,
    Meeting,
    Nomination,
    Opportunity,
    Organisation,
    Pairing,
    Person,
    Poll,
    PollBallot,
    PollVoter,
    Survey,
    SurveyRespondent,
    SurveyResponse,
    VoterRecord,
)
from app.db.types import utcnow
from tests import factories
from tests.api.helpers import API
from tests.factories import Caller

STATEMENT = "I have sat on the wing forum for two years."
ANSWER = "Whether the prison knows my conviction."


async def _history(
    db: async_sessionmaker[AsyncSession], org: Organisation, subject: Person, other: Person
) -> Board:
    board = await factories.board(db, org)
    now = utcnow()
    async with db() as session:
        o = org.id
        meeting = Meeting(
            organisation_id=o,
            board_id=board.id,
            title="Forum",
            starts_at=now,
            ends_at=now + timedelta(hours=2),
        )
        election = Election(
            organisation_id=o, board_id=board.id, title="Chair", role="chair", method="fptp"
        )
        poll = Poll(
            organisation_id=o, board_id=board.id, title="Next focus", kind="options", closes_at=now
        )
        survey = Survey(organisation_id=o, board_id=board.id, title="Listened to?")
        opportunity = Opportunity(organisation_id=o, board_id=board.id, title="Wing rep")
        session.add_all([meeting, election, poll, survey, opportunity])
        await session.flush()
        session.add_all(
            [
                ActionItem(
                    organisation_id=o,
                    board_id=board.id,
                    meeting_id=meeting.id,
                    description="Ask about visits",
                    owner_person_id=subject.id,
                ),
                Nomination(
                    organisation_id=o,
                    election_id=election.id,
                    person_id=subject.id,
                    nominated_by=subject.id,
                    status="standing",
                    statement=STATEMENT,
                ),
                VoterRecord(organisation_id=o, election_id=election.id, person_id=subject.id),
                PollVoter(organisation_id=o, poll_id=poll.id, person_id=subject.id),
                PollBallot(organisation_id=o, poll_id=poll.id, person_id=subject.id),
                SurveyRespondent(organisation_id=o, survey_id=survey.id, person_id=subject.id),
                SurveyResponse(
                    organisation_id=o, survey_id=survey.id, person_id=subject.id, answers={"q": 4}
                ),
                Application(
                    organisation_id=o,
                    opportunity_id=opportunity.id,
                    person_id=subject.id,
                    applicant_name="Sam Applicant",
                    applicant_phone="07700 900123",
                    answers={"why": ANSWER},
                    referral="member",
                    referrer_person_id=other.id,
                    referrer_name="Alex Referrer",
                    created_by_type="person",
                    created_by_id=subject.id,
                ),
                Pairing(
                    organisation_id=o,
                    kind="shadowing",
                    person_id=other.id,
                    partner_person_id=subject.id,
                    starts_on=now.date(),
                    ends_on=now.date() + timedelta(days=30),
                    created_by_id=other.id,
                ),
            ]
        )
        await session.commit()
    return board


def _files(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code == 200, response.text
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    return {name: json.loads(archive.read(name)) for name in archive.namelist()}


async def test_the_export_covers_every_area_and_never_a_ballot(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    app: FastAPI,
    org: Organisation,
    admin: Caller,
) -> None:
    subject = await factories.person(db, org)
    other = await factories.person(db, org)
    await _history(db, org, subject, other)
    me = factories.token_for(app, subject)
    files = _files(await client.get(f"{API}/people/{subject.id}/export", headers=me.headers))
    (nomination,) = files["election_nominations.json"]
    assert nomination["statement"] == STATEMENT
    assert len(files["elections_voted_in.json"]) == 1
    assert len(files["polls_voted_in.json"]) == 1
    assert len(files["poll_votes_named.json"]) == 1
    assert len(files["surveys_answered.json"]) == 1
    assert [r["answers"] for r in files["survey_answers_named.json"]] == [{"q": 4}]
    (application,) = files["applications.json"]
    assert application["answers"] == {"why": ANSWER}
    # Someone else's name is theirs, not the subject's: the ID is enough.
    assert "referrer_name" not in application
    assert application["referrer_person_id"] == str(other.id)
    assert [p["person_id"] for p in files["pairings.json"]] == [str(other.id)]
    assert [a["description"] for a in files["actions_owned.json"]] == ["Ask about visits"]
    assert "election_ballots.json" not in files
    # Monitoring answers are in their own export only: an administrator running it for
    # them would be reading one person's answers, which nobody may.
    assert files["equality_answers.json"] == []
    for_them = _files(await client.get(f"{API}/people/{subject.id}/export", headers=admin.headers))
    assert "equality_answers.json" not in for_them
    assert for_them["election_nominations.json"] == files["election_nominations.json"]


async def test_erasure_clears_applications_statements_and_named_answers(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
) -> None:
    subject = await factories.person(db, org)
    other = await factories.person(db, org)
    await _history(db, org, subject, other)
    response = await client.post(f"{API}/people/{subject.id}/erasure", headers=admin.headers)
    assert response.status_code == 201, response.text
    async with db() as session:
        (application,) = list(await session.scalars(select(Application)))
        assert (application.applicant_name, application.applicant_phone) == (None, None)
        assert application.answers == {}
        assert application.person_id == subject.id  # the stages and counts stay
        (nomination,) = list(await session.scalars(select(Nomination)))
        assert (nomination.statement, nomination.status) == (None, "standing")
        (answer,) = list(await session.scalars(select(SurveyResponse)))
        assert (answer.person_id, answer.answers) == (None, {"q": 4})  # counted, unnamed
        voted = list(await session.scalars(select(VoterRecord)))
        assert len(voted) == 1  # turnout does not change
    exported = await client.get(f"{API}/people/{subject.id}/export", headers=admin.headers)
    text = exported.content.decode("latin-1")
    assert STATEMENT not in text
    assert ANSWER not in text
