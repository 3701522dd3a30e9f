"""Members' voice surveys: a coordinator's survey of a board, answered once by its
members, with results in aggregate once closed and small numbers withheld."""

from __future__ import annotations

from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tests.api.helpers import problem
from tests.api.polls_setup import API
from tests.api.recommendations_setup import events
from tests.api.surveys_setup import QUESTIONS, answers, board_group, open_survey, respond
from tests.graphql.helpers import gql, ok
from tests.support import StatementCounter


async def test_members_answer_once_and_results_come_in_aggregate_after_closing(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    g = await board_group(db, app)
    # Only coordinators and administrators draft surveys; a member cannot.
    body = {"title": "x", "questions": QUESTIONS}
    url = f"{API}/boards/{g.board.id}/surveys"
    problem(await client.post(url, json=body, headers=g.members[0].headers), 403)
    draft = await client.post(url, json=body, headers=g.coordinator.headers)
    # A draft is not known to members.
    problem(
        await client.get(f"{API}/surveys/{draft.json()['id']}", headers=g.members[0].headers), 404
    )
    assert (await client.get(url, headers=g.members[0].headers)).json()["items"] == []

    survey = await open_survey(client, g)
    assert (survey["status"], survey["anonymous"]) == ("open", True)
    (opened,) = await events(db, "survey.opened")
    assert opened == {
        "surveyId": survey["id"],
        "boardId": str(g.board.id),
        "status": "open",
        "anonymous": True,
    }
    mine = await client.get(f"{API}/me/surveys", headers=g.members[0].headers)
    assert [(s["id"], s["answered"]) for s in mine.json()] == [(survey["id"], False)]
    # Someone of the organisation who is not on the board neither sees nor answers it.
    assert (await client.get(f"{API}/me/surveys", headers=g.outsider.headers)).json() == []
    problem(await respond(client, survey, g.outsider, answers(survey, 3, 0, None)), 404)

    first = await respond(client, survey, g.members[0], answers(survey, 4, 0, "More notice"))
    assert first.status_code == 200, first.text
    assert (first.json()["answered"], first.json()["respondentCount"]) == (True, 1)
    problem(await respond(client, survey, g.members[0], answers(survey, 1, 1, None)), 409)
    assert (
        await respond(client, survey, g.members[1], answers(survey, 2, None, None))
    ).status_code == 200
    assert (
        await respond(client, survey, g.members[2], answers(survey, 5, None, None))
    ).status_code == 200

    # While answers come in, only their number is shown.
    early = (
        await client.get(f"{API}/surveys/{survey['id']}/results", headers=g.coordinator.headers)
    ).json()
    assert (early["final"], early["respondents"], early["questions"]) == (False, 3, [])
    problem(
        await client.post(f"{API}/surveys/{survey['id']}/close", headers=g.members[0].headers), 403
    )
    closed = await client.post(f"{API}/surveys/{survey['id']}/close", headers=g.coordinator.headers)
    assert closed.json()["status"] == "closed"
    assert len(await events(db, "survey.closed")) == 1
    problem(await respond(client, survey, g.chair, answers(survey, 3, None, None)), 409)
    problem(
        await client.post(f"{API}/surveys/{survey['id']}/open", headers=g.coordinator.headers), 409
    )

    results = (
        await client.get(f"{API}/surveys/{survey['id']}/results", headers=g.members[1].headers)
    ).json()
    assert (results["final"], results["respondents"], results["threshold"]) == (True, 3, 2)
    scale, choice, text = results["questions"]
    assert (scale["answers"], scale["counts"], scale["mean"], scale["suppressed"]) == (
        3,
        [0, 1, 0, 1, 1],
        3.67,
        False,
    )
    # One answer each, under the threshold of 2: withheld, free text included.
    assert (choice["suppressed"], choice["answers"], choice["counts"]) == (True, None, [])
    assert (text["suppressed"], text["texts"]) == (True, [])


async def test_a_named_survey_shows_free_text_but_withholds_small_counts(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    g = await board_group(db, app, size=2)
    survey = await open_survey(client, g, anonymous=False)
    await respond(client, survey, g.members[0], answers(survey, 4, 1, "Thank you"))
    await respond(client, survey, g.members[1], answers(survey, None, 1, "Zebra crossing"))
    await client.post(f"{API}/surveys/{survey['id']}/close", headers=g.coordinator.headers)
    results = (
        await client.get(f"{API}/surveys/{survey['id']}/results", headers=g.coordinator.headers)
    ).json()
    scale, choice, text = results["questions"]
    assert scale["suppressed"] is True
    assert (choice["counts"], choice["answers"]) == ([0, 2], 2)
    assert text["texts"] == ["Thank you", "Zebra crossing"]


async def test_questions_and_answers_are_checked(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    g = await board_group(db, app, size=1)
    url = f"{API}/boards/{g.board.id}/surveys"
    one_option = {"title": "x", "questions": [{"kind": "choice", "prompt": "?", "options": ["A"]}]}
    body = problem(await client.post(url, json=one_option, headers=g.coordinator.headers), 422)
    assert "/questions/0/options" in str(body)
    scale_options = {
        "title": "x",
        "questions": [{"kind": "scale", "prompt": "?", "options": ["A"]}],
    }
    problem(await client.post(url, json=scale_options, headers=g.coordinator.headers), 422)
    problem(
        await client.post(url, json={"title": "x", "questions": []}, headers=g.coordinator.headers),
        422,
    )
    survey = await open_survey(client, g)
    scale_q, choice_q, text_q = (q["id"] for q in survey["questions"])
    who = g.members[0]
    wrongs: list[dict[str, Any]] = [
        {"answers": [{"questionId": scale_q, "scale": 6}]},
        {"answers": [{"questionId": scale_q, "text": "five"}]},
        {"answers": [{"questionId": choice_q, "option": 2}]},
        {"answers": [{"questionId": text_q, "text": "a"}, {"questionId": text_q, "text": "b"}]},
        {"answers": [{"questionId": str(g.board.id), "scale": 3}]},
        {"answers": []},
    ]
    for wrong in wrongs:
        problem(await respond(client, survey, who, wrong), 422)
    assert (await respond(client, survey, who, answers(survey, 3, 1, "ok"))).status_code == 200


async def test_graphql_runs_the_same_survey(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    g = await board_group(db, app, size=2)
    created = ok(
        await gql(
            client,
            g.coordinator,
            """mutation($board: UUID!) { createSurvey(boardId: $board, input: {
                title: "Voice", questions: [{kind: SCALE, prompt: "Listened to?"}]
            }) { id status anonymous questions { id kind } } }""",
            {"board": str(g.board.id)},
        )
    )["createSurvey"]
    assert (created["status"], created["anonymous"]) == ("DRAFT", True)
    sid = created["id"]
    ok(
        await gql(
            client,
            g.coordinator,
            "mutation($id: UUID!) { openSurvey(id: $id) { id } }",
            {"id": sid},
        )
    )
    answer = """mutation($id: UUID!, $q: UUID!) { respondToSurvey(surveyId: $id,
        input: {answers: [{questionId: $q, scale: 5}]}) { answered respondentCount } }"""
    q = created["questions"][0]["id"]
    for who in g.members:
        data = ok(await gql(client, who, answer, {"id": sid, "q": q}))
        assert data["respondToSurvey"]["answered"] is True
    again = await gql(client, g.members[0], answer, {"id": sid, "q": q})
    assert again["errors"][0]["extensions"]["code"] == "CONFLICT"
    mine = ok(await gql(client, g.members[0], "{ mySurveys { id answered } }"))
    assert mine["mySurveys"] == [{"id": sid, "answered": True}]
    ok(
        await gql(
            client,
            g.coordinator,
            "mutation($id: UUID!) { closeSurvey(id: $id) { id } }",
            {"id": sid},
        )
    )
    results = ok(
        await gql(
            client,
            g.coordinator,
            "query($id: UUID!) { surveyResults(id: $id) { final respondents "
            "questions { answers counts mean suppressed } } }",
            {"id": sid},
        )
    )["surveyResults"]
    assert results == {
        "final": True,
        "respondents": 2,
        "questions": [{"answers": 2, "counts": [0, 0, 0, 0, 2], "mean": 5.0, "suppressed": False}],
    }
    listed = ok(
        await gql(
            client,
            g.members[1],
            "query($b: UUID!) { surveys(boardId: $b) { edges { node { id status } } } }",
            {"b": str(g.board.id)},
        )
    )
    assert listed["surveys"]["edges"] == [{"node": {"id": sid, "status": "CLOSED"}}]


async def test_a_board_list_costs_the_same_statements_for_1_or_4_surveys(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    statements: StatementCounter,
) -> None:
    g = await board_group(db, app, size=1)
    url = f"{API}/boards/{g.board.id}/surveys"
    await open_survey(client, g)
    statements.reset()
    few = await client.get(url, headers=g.members[0].headers)
    few_count = statements.count
    for _ in range(3):
        await open_survey(client, g)
    statements.reset()
    many = await client.get(url, headers=g.members[0].headers)
    assert (len(few.json()["items"]), len(many.json()["items"])) == (1, 4)
    assert statements.count == few_count, statements.statements
