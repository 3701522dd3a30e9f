"""The demo's people, boards, memberships and records: the organisation the other
parts of the demo act in. Every name and email address is invented (the domain is
reserved by RFC 2606). Everyone gets a random password each time the demo is loaded; only
its argon2 hash is stored, and the plain text is returned once so the caller can show it.
"""

from __future__ import annotations

import asyncio
import secrets
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import (
    Board,
    Interest,
    Membership,
    Organisation,
    Person,
    TrainingRecord,
    Unavailability,
)
from app.domain.actors import Actor, OrgRole
from app.domain.passwords import hash_password

ORGANISATION_NAME = "Northshire Recovery & Justice Partnership"
EMAIL_DOMAIN = "northshire-demo.example.org"

TERMS_OF_REFERENCE = """\
Purpose. The Lived Experience Team brings the knowledge of people who have been through
prison, probation, addiction and mental health services to the Northshire Recovery &
Justice Programme. It advises the Programme Board and speaks with one voice: its
recommendations belong to the team, not to any one member.

Membership. Up to eight members with lived experience, appointed for two years. The team
elects a chair, a vice chair and a secretary from its members each year.

Seats. Two members sit on the Programme Board as equal partners: the chair in a fixed
seat, and a second seat that rotates fairly among the other members.

Meetings. Monthly, hybrid, before each Programme Board. Papers reach members at least
seven days ahead. A meeting is quorate with four members, including the chair or vice
chair.

Expenses. Travel, care costs and subsistence are reimbursed; an involvement payment is
offered for each meeting, and any member may decline it.
"""


@dataclass(frozen=True)
class DemoAccount:
    """An account someone can sign in with, to see the API as that role."""

    role: str
    display_name: str
    email: str
    # Kept out of repr so that a logged or printed DemoAccounts does not leak it by accident.
    password: str = field(repr=False)
    note: str = ""


@dataclass(frozen=True)
class _PersonSpec:
    display_name: str
    email_local: str
    pronouns: str
    roles: tuple[OrgRole, ...] = (OrgRole.MEMBER,)
    team_role: str | None = None  # role on the Lived Experience Team, if any
    categories: tuple[str, ...] = ()
    access_needs: str | None = None
    sign_in_as: str | None = None  # the role shown with their password; "member" if None
    note: str = ""


_PEOPLE = (
    _PersonSpec(
        "Helen W.",
        "helen.ward",
        "she/her",
        roles=(OrgRole.ADMINISTRATOR,),
        sign_in_as="administrator",
        note="programme manager",
    ),
    _PersonSpec(
        "Marcus O.",
        "marcus.osei",
        "he/him",
        roles=(OrgRole.COORDINATOR,),
        sign_in_as="coordinator",
        note="runs the Lived Experience Team day to day",
    ),
    _PersonSpec(
        "Priya K.",
        "priya.kaur",
        "she/her",
        roles=(OrgRole.FINANCE,),
        sign_in_as="finance",
        note="approves and pays expense claims",
    ),
    _PersonSpec(
        "Dean R.",
        "dean.roberts",
        "he/him",
        team_role="chair",
        categories=("prison", "probation", "addiction"),
        sign_in_as="member",
        note="chair of the Lived Experience Team",
    ),
    _PersonSpec(
        "Shanice B.",
        "shanice.brown",
        "she/her",
        team_role="vice_chair",
        categories=("mental health", "police custody"),
    ),
    _PersonSpec(
        "Tom H.",
        "tom.hughes",
        "he/him",
        team_role="secretary",
        categories=("probation", "mental health"),
        access_needs="Dyslexic: papers as Word documents in a sans-serif font, 14pt or larger.",
    ),
    _PersonSpec(
        "Aisha M.",
        "aisha.mahmood",
        "she/her",
        team_role="member",
        categories=("mental health",),
        access_needs="Wheelchair user: step-free venue and an accessible toilet.",
    ),
    _PersonSpec(
        "Gary P.",
        "gary.price",
        "he/him",
        team_role="member",
        categories=("prison", "addiction"),
    ),
    _PersonSpec(
        "Jo L.",
        "jo.lewis",
        "they/them",
        team_role="member",
        categories=("addiction", "mental health"),
    ),
    _PersonSpec(
        "Kwame A.",
        "kwame.asante",
        "he/him",
        team_role="member",
        categories=("prison", "probation"),
    ),
)


@dataclass
class Cast:
    """Who and what the rest of the demo acts on."""

    organisation: Organisation
    team: Board
    programme_board: Board
    people: dict[str, Person]
    accounts: list[DemoAccount]

    @property
    def members(self) -> list[str]:
        """The team's members, by the email local parts ``people`` is keyed by."""
        return [spec.email_local for spec in _PEOPLE if spec.team_role]

    def actor(self, who: str) -> Actor:
        """The person as the domain sees them when they sign in."""
        person = self.people[who]
        return Actor(
            "person",
            person.id,
            person.organisation_id,
            roles=frozenset(OrgRole(r) for r in person.roles),
        )


async def add_organisation(session: AsyncSession, today: date) -> Cast:
    """The organisation, its two boards, its people (each with a password) and the team's
    memberships and records: the ground every use case afterwards stands on."""
    organisation = Organisation(name=ORGANISATION_NAME)
    session.add(organisation)
    await session.flush()
    org_id = organisation.id

    programme_board = Board(
        organisation_id=org_id,
        name="Programme Board",
        kind="governance",
        description=(
            "Commissions and oversees the Northshire Recovery & Justice Programme. "
            "Two seats are held by the Lived Experience Team."
        ),
        notice_period_days=7,
    )
    session.add(programme_board)
    await session.flush()  # the advisory board refers to it
    team = Board(
        organisation_id=org_id,
        name="Lived Experience Team",
        kind="advisory",
        description="Seven people with lived experience who advise the Programme Board.",
        advises_board_id=programme_board.id,
        notice_period_days=7,
        terms_of_reference=TERMS_OF_REFERENCE,
        # As the terms of reference say: four members, the chair or vice chair among them.
        quorum=4,
        quorum_needs_chair=True,
    )
    session.add(team)

    people: dict[str, Person] = {}
    accounts: list[DemoAccount] = []
    # Everyone can sign in, so a newcomer can see the API as any member, not only the
    # chair: the rota, the claims and the seats look different to each.
    passwords = [secrets.token_urlsafe(12) for _ in _PEOPLE]
    # argon2 is slow on purpose; in threads the hashes share the cores and the loop.
    hashes = await asyncio.gather(*(asyncio.to_thread(hash_password, p) for p in passwords))
    for spec, password, password_hash in zip(_PEOPLE, passwords, hashes, strict=True):
        email = f"{spec.email_local}@{EMAIL_DOMAIN}"
        person = Person(
            organisation_id=org_id,
            email=email,
            display_name=spec.display_name,
            pronouns=spec.pronouns,
            roles=[role.value for role in spec.roles],
            lived_experience_categories=list(spec.categories),
            access_needs=spec.access_needs,
            password_hash=password_hash,
        )
        session.add(person)
        people[spec.email_local] = person
        role = spec.sign_in_as or "member"
        note = spec.note or (spec.team_role or "member").replace("_", " ")
        accounts.append(DemoAccount(role, spec.display_name, email, password, note))
    await session.flush()

    term_start = today - timedelta(days=300)
    for spec in _PEOPLE:
        if spec.team_role:
            session.add(
                Membership(
                    organisation_id=org_id,
                    board_id=team.id,
                    person_id=people[spec.email_local].id,
                    role=spec.team_role,
                    term_start=term_start,
                    term_end=term_start + timedelta(days=730),
                )
            )
    await session.flush()
    return Cast(organisation, team, programme_board, people, accounts)


def add_records(
    session: AsyncSession,
    org_id: uuid.UUID,
    people: dict[str, Person],
    today: date,
    first_team_meeting: date,
) -> None:
    """Training, interests and unavailability that make the rotation rules visible."""

    def training(who: str, kind: str, months_ago: int, valid_years: int, provider: str) -> None:
        completed = today - timedelta(days=30 * months_ago)
        session.add(
            TrainingRecord(
                organisation_id=org_id,
                person_id=people[who].id,
                training_type=kind,
                completed_on=completed,
                expires_on=completed + timedelta(days=365 * valid_years),
                provider=provider,
            )
        )

    in_house = ORGANISATION_NAME
    college = "Northshire College"
    for member in (s.email_local for s in _PEOPLE if s.team_role):
        training(member, "accredited_induction", 10, 3, college)
    for member in ("dean.roberts", "shanice.brown", "tom.hughes", "kwame.asante", "jo.lewis"):
        training(member, "governance", 9, 2, in_house)
    # Lapsed last month: the rota should skip Gary until he has done the refresher.
    training("gary.price", "governance", 25, 2, in_house)
    for member in ("dean.roberts", "aisha.mahmood"):
        training(member, "presentation_skills", 6, 2, college)

    session.add_all(
        [
            Interest(
                organisation_id=org_id,
                person_id=people["gary.price"].id,
                description=(
                    "Volunteers as a peer mentor with Northshire Recovery Café, which is "
                    "bidding for the peer support contract."
                ),
                topic_tags=["peer_support", "recovery_cafe"],
                declared_on=today - timedelta(days=60),
            ),
            Interest(
                organisation_id=org_id,
                person_id=people["shanice.brown"].id,
                description="Sister is a probation officer in the Northshire delivery unit.",
                topic_tags=["probation"],
                declared_on=today - timedelta(days=200),
            ),
            Unavailability(
                organisation_id=org_id,
                person_id=people["kwame.asante"].id,
                starts_on=first_team_meeting - timedelta(days=3),
                ends_on=first_team_meeting + timedelta(days=10),
                reason="Planned operation and recovery.",
            ),
        ]
    )
