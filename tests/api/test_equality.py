"""Equality monitoring: questions, a person's own answers, and aggregate reports with
primary and secondary suppression, beside the population served."""

from __future__ import annotations

from datetime import date

import httpx
from fastapi import FastAPI
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Membership, Organisation
from tests import factories
from tests.api.equality_setup import SEX, answer, group, row
from tests.api.helpers import API, problem
from tests.graphql.helpers import gql, ok


async def test_the_equality_act_characteristics_ship_and_the_organisation_adds_its_own(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    member = await factories.caller(db, app, org)
    coordinator = await factories.caller(db, app, org, "coordinator")
    listed = (await client.get(f"{API}/equality/questions", headers=member.headers)).json()
    keys = [q["key"] for q in listed]
    assert keys[:9] == [
        "age_band",
        "disability",
        "gender_reassignment",
        "marriage_civil_partnership",
        "pregnancy_maternity",
        "ethnic_group",
        "religion_belief",
        "sex",
        "sexual_orientation",
    ]
    assert all(q["options"][-1]["key"] == "prefer_not_to_say" for q in listed)
    body = {
        "key": "care_experienced",
        "label": "Have you been in care?",
        "options": [{"key": "yes", "label": "Yes"}, {"key": "no", "label": "No"}],
    }
    problem(await client.post(f"{API}/equality/questions", json=body, headers=member.headers), 403)
    made = await client.post(f"{API}/equality/questions", json=body, headers=coordinator.headers)
    assert made.status_code == 201, made.text
    assert [o["key"] for o in made.json()["options"]] == ["yes", "no", "prefer_not_to_say"]
    assert made.json()["protected"] is False
    read = await client.get(made.headers["location"], headers=member.headers)
    assert read.json() == made.json()
    again = await client.post(f"{API}/equality/questions", json=body, headers=coordinator.headers)
    problem(again, 409)
    clash = {**body, "key": "sex"}
    problem(
        await client.post(f"{API}/equality/questions", json=clash, headers=coordinator.headers), 409
    )


async def test_a_person_gives_changes_reads_and_withdraws_their_own_answers(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    me = await factories.caller(db, app, org)
    path = f"{API}/me/equality-answers"
    assert (await client.get(path, headers=me.headers)).json() == {"answers": []}
    given = await answer(client, me, answers=[(SEX, "female")])
    assert given.status_code == 200, given.text
    assert given.json() == {"answers": [{"questionId": str(SEX), "option": "female"}]}
    changed = await answer(client, me, answers=[(SEX, "prefer_not_to_say")])
    assert changed.json()["answers"][0]["option"] == "prefer_not_to_say"
    assert (await client.get(path, headers=me.headers)).json() == changed.json()
    bad = problem(await answer(client, me, answers=[(SEX, "unknown")]), 422)
    assert [e["pointer"] for e in bad["errors"]] == ["/answers/0/option"]
    twice = problem(await answer(client, me, answers=[(SEX, "male"), (SEX, "female")]), 422)
    assert [e["pointer"] for e in twice["errors"]] == ["/answers/1/questionId"]
    assert (await client.delete(path, headers=me.headers)).status_code == 204
    assert (await client.get(path, headers=me.headers)).json() == {"answers": []}
    # Withdrawing what is not there is no error: the answer is the same.
    assert (await client.delete(path, headers=me.headers)).status_code == 204
    # A partner system has no answers of its own and reads nobody's.
    partner = factories.token_for(app, await factories.api_client(db, org, ["people:read"]))
    problem(await client.get(path, headers=partner.headers), 403)


async def test_board_report_suppresses_small_counts_and_the_cells_that_would_reveal_them(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    g = await group(db, app, org, 12)
    for who in g.members[:6]:
        await answer(client, who, answers=[(SEX, "female")])
    for who in g.members[6:11]:
        await answer(client, who, answers=[(SEX, "male")])
    await answer(client, g.members[11], answers=[(SEX, "prefer_not_to_say")])
    path = f"{API}/boards/{g.board.id}/equality-report"
    problem(await client.get(path, headers=g.members[0].headers), 403)
    report = (await client.get(path, headers=g.coordinator.headers)).json()
    assert (report["people"], report["threshold"], report["subject"]) == (12, 5, "board")
    # 1 prefer-not-to-say and 0 unanswered are small; together they hold 1, which would
    # still say each is under 5, so the next smallest (male, 5) goes too.
    assert row(report, "sex") == {"female": 6, "male": None, "prefer_not_to_say": None, "-": None}
    (sex,) = [q for q in report["questions"] if q["key"] == "sex"]
    assert sex["cells"][0]["percentage"] == 50.0
    assert sex["cells"][1]["percentage"] is None
    # Nobody answered the others: every cell of their rows is withheld.
    assert set(row(report, "disability").values()) == {None}


async def test_withdrawal_takes_answers_out_of_every_report(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    g = await group(db, app, org, 12)
    for who in g.members[:7]:
        await answer(client, who, answers=[(SEX, "female")])
    for who in g.members[7:]:
        await answer(client, who, answers=[(SEX, "male")])
    path = f"{API}/boards/{g.board.id}/equality-report"
    before = (await client.get(path, headers=g.coordinator.headers)).json()
    assert row(before, "sex")["female"] == 7
    await client.delete(f"{API}/me/equality-answers", headers=g.members[0].headers)
    after = (await client.get(path, headers=g.coordinator.headers)).json()
    assert row(after, "sex")["female"] == 6
    assert after["people"] == 12


async def test_the_organisations_threshold_applies(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    g = await group(db, app, org, 6)
    options = ["female", "female", "female", "male", "male", "prefer_not_to_say"]
    for who, option in zip(g.members, options, strict=True):
        await answer(client, who, answers=[(SEX, option)])
    path = f"{API}/boards/{g.board.id}/equality-report"
    report = (await client.get(path, headers=g.coordinator.headers)).json()
    assert set(row(report, "sex").values()) == {None}
    admin = await factories.caller(db, app, org, "administrator")
    settings = await client.patch(
        f"{API}/organisation",
        json={"smallCountThreshold": 2},
        headers={**admin.headers, "If-Match": "*"},
    )
    assert settings.status_code == 200, settings.text
    report = (await client.get(path, headers=g.coordinator.headers)).json()
    assert report["threshold"] == 2
    # 1 and 0 are under 2 and hold 1 between them: male (2) goes with them.
    assert row(report, "sex") == {"female": 3, "male": None, "prefer_not_to_say": None, "-": None}


async def test_members_beside_the_population_as_of_a_date(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    g = await group(db, app, org, 10)
    for who in g.members[:5]:
        await answer(client, who, answers=[(SEX, "female")])
    for who in g.members[5:]:
        await answer(client, who, answers=[(SEX, "male")])
    # Two members left at the end of March; the five men joined the rest on 1 January.
    async with db() as session:
        left = [m.id for m in g.members[8:]]
        await session.execute(
            update(Membership)
            .where(Membership.person_id.in_(left))  # type: ignore[attr-defined]
            .values(status="left", term_end=date(2026, 3, 31))
        )
        await session.commit()
    figures = {
        "questionId": str(SEX),
        "source": "HMPPS annual digest",
        "asOf": "2026-01-01",
        "kind": "count",
        "values": {"female": 400, "male": 3600},
    }
    member = g.members[0]
    post = f"{API}/equality/population-figures"
    problem(await client.post(post, json=figures, headers=member.headers), 403)
    made = await client.post(post, json=figures, headers=g.coordinator.headers)
    assert made.status_code == 201, made.text
    later = {**figures, "asOf": "2026-06-01", "kind": "percentage", "values": {"female": 12}}
    assert (await client.post(post, json=later, headers=g.coordinator.headers)).status_code == 201
    wrong = {**figures, "values": {"unknown": 3}}
    bad = problem(await client.post(post, json=wrong, headers=g.coordinator.headers), 422)
    assert [e["pointer"] for e in bad["errors"]] == ["/values/unknown"]
    listed = (await client.get(post, headers=g.coordinator.headers)).json()
    assert [f["asOf"] for f in listed] == ["2026-06-01", "2026-01-01"]

    path = f"{API}/boards/{g.board.id}/equality-report"
    march = (await client.get(f"{path}?asOf=2026-03-15", headers=g.coordinator.headers)).json()
    assert march["people"] == 10
    # Nobody preferred not to say and everyone answered: two zeros would say so, so the
    # first of the two fives is withheld with them.
    assert row(march, "sex") == {"female": None, "male": 5, "prefer_not_to_say": None, "-": None}
    (sex,) = [q for q in march["questions"] if q["key"] == "sex"]
    assert (sex["populationSource"], sex["populationAsOf"]) == ("HMPPS annual digest", "2026-01-01")
    shares = {c["option"]: c["populationPercentage"] for c in sex["cells"]}
    assert shares == {"female": 10.0, "male": 90.0, "prefer_not_to_say": None}
    assert [c["percentage"] for c in sex["cells"]] == [None, 50.0, None]

    now = (await client.get(path, headers=g.coordinator.headers)).json()
    assert now["people"] == 8
    (sex,) = [q for q in now["questions"] if q["key"] == "sex"]
    assert sex["populationAsOf"] == "2026-06-01"
    assert sex["cells"][0]["populationPercentage"] == 12.0


async def test_graphql_gives_the_same_answers_and_reports(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    g = await group(db, app, org, 11)
    set_answers = """
      mutation($input: SetEqualityAnswersInput!) {
        setMyEqualityAnswers(input: $input) { answers { questionId option } }
      }"""
    for index, who in enumerate(g.members):
        option = "female" if index < 6 else "male"
        data = ok(
            await gql(
                client,
                who,
                set_answers,
                {"input": {"answers": [{"questionId": str(SEX), "option": option}]}},
            )
        )
        assert data["setMyEqualityAnswers"]["answers"] == [
            {"questionId": str(SEX), "option": option}
        ]
    mine = ok(await gql(client, g.members[0], "{ myEqualityAnswers { answers { option } } }"))
    assert mine["myEqualityAnswers"]["answers"] == [{"option": "female"}]
    report_query = """
      query($id: UUID!) {
        boardEqualityReport(boardId: $id) {
          people threshold
          questions { key notAnswered cells { option count percentage populationPercentage } }
        }
      }"""
    data = ok(await gql(client, g.coordinator, report_query, {"id": str(g.board.id)}))
    report = data["boardEqualityReport"]
    rest = (
        await client.get(
            f"{API}/boards/{g.board.id}/equality-report", headers=g.coordinator.headers
        )
    ).json()
    assert report["people"] == rest["people"] == 11
    (sex,) = [q for q in report["questions"] if q["key"] == "sex"]
    assert [c["count"] for c in sex["cells"]] == [6, None, None]
    denied = await gql(client, g.members[0], report_query, {"id": str(g.board.id)})
    assert denied["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    withdrawn = ok(await gql(client, g.members[0], "mutation { withdrawMyEqualityAnswers }"))
    assert withdrawn == {"withdrawMyEqualityAnswers": True}
    data = ok(await gql(client, g.coordinator, report_query, {"id": str(g.board.id)}))
    (sex,) = [q for q in data["boardEqualityReport"]["questions"] if q["key"] == "sex"]
    # 5 and 5 with one unanswered: a five goes with the one, and the men's five shows.
    assert [c["count"] for c in sex["cells"]] == [None, 5, None]


async def test_graphql_enters_population_figures(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    coordinator = await factories.caller(db, app, org, "coordinator")
    mutation = """
      mutation($input: AddPopulationFiguresInput!, $values: [PopulationValueInput!]!) {
        addPopulationFigures(input: $input, values: $values) { source asOf kind values }
      }"""
    variables = {
        "input": {
            "questionId": str(SEX),
            "source": "Census",
            "asOf": "2026-01-01",
            "kind": "COUNT",
        },
        "values": [{"option": "female", "value": 30}, {"option": "male", "value": 70}],
    }
    data = ok(await gql(client, coordinator, mutation, variables))
    assert data["addPopulationFigures"] == {
        "source": "Census",
        "asOf": "2026-01-01",
        "kind": "COUNT",
        "values": {"female": 30.0, "male": 70.0},
    }
    listed = ok(await gql(client, coordinator, "{ populationFigures { source } }"))
    assert listed == {"populationFigures": [{"source": "Census"}]}
