"""Calendar feeds (RFC 5545): a board's meetings, and a person's behind a secret URL token.

A feed says when and where, never who: no attendees, agenda, interests or access needs.
Anything put here ends up in third-party calendar services, so it stays that way.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Calendar, Event, Timezone
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Board, CalendarFeedToken, Meeting, Person
from app.db.types import utcnow
from app.domain import audit
from app.domain.actors import Actor, OrgRole, Permission, require
from app.domain.errors import NotFound, PermissionDenied
from app.domain.meetings.schemas import MeetingStatus
from app.domain.meetings.service import meeting_board, personal_boards
from app.domain.notifications import outbox

PRODID = "-//Chorus//Meetings//EN"
DEFAULT_TIMEZONE = "Europe/London"
# A personal feed is for what is coming; a month back lets last week's meeting stay put.
PERSONAL_FEED_HISTORY = timedelta(days=30)

Row = tuple[Meeting, Board]
# RFC 5545 3.8.1.11: a postponed meeting is still in the diary, its date not settled.
_STATUS = {MeetingStatus.CANCELLED: "CANCELLED", MeetingStatus.POSTPONED: "TENTATIVE"}


def _digest(secret: str) -> str:
    # 256 random bits: a plain digest makes a stolen table useless, as for refresh tokens.
    return hashlib.sha256(secret.encode()).hexdigest()


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        # Board time zones are validated on the way in; a zone dropped from tzdata since
        # must not take the whole feed down.
        return ZoneInfo(DEFAULT_TIMEZONE)


def _event(meeting: Meeting, board: Board) -> Event:
    zone = _zone(board.timezone)
    # Without METHOD, DTSTAMP is when the event was last revised (RFC 5545 3.8.7.2), so
    # the feed is the same bytes until a meeting changes.
    revised = meeting.updated_at or meeting.created_at
    event = Event()
    event.add("uid", f"{meeting.id}@chorus")
    event.add("dtstamp", revised)
    event.add("created", meeting.created_at)
    event.add("last-modified", revised)
    event.add("dtstart", meeting.starts_at.astimezone(zone))
    event.add("dtend", meeting.ends_at.astimezone(zone))
    event.add("summary", f"{board.name}: {meeting.title}")
    if meeting.location:
        event.add("location", meeting.location)
    if meeting.online_url:
        event.add("url", meeting.online_url)
    # The row version starts at 1 and grows with every change; SEQUENCE starts at 0.
    event.add("sequence", meeting.version - 1)
    event.add("status", _STATUS.get(MeetingStatus(meeting.status), "CONFIRMED"))
    return event


def _timezones(rows: Sequence[Row]) -> list[Timezone]:
    """VTIMEZONEs for the zones used, covering just the years the events span."""
    if not rows:
        return []
    # Clamped so a mistyped year (0001, 9999) cannot break the feed; outside the range
    # clients fall back on their own tz database for the TZID.
    first = min(max(min(m.starts_at for m, _ in rows).year - 1, 1970), 2099)
    last = max(min(max(m.ends_at for m, _ in rows).year + 2, 2100), first + 1)
    names = sorted({_zone(b.timezone).key for _, b in rows})
    return [
        Timezone.from_tzinfo(
            ZoneInfo(n), n, first_date=date(first, 1, 1), last_date=date(last, 1, 1)
        )
        for n in names
    ]


def render(name: str, rows: Sequence[Row]) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    # VTIMEZONE before the events that use it: some clients read in one pass.
    for timezone in _timezones(rows):
        calendar.add_component(timezone)
    for meeting, board in rows:
        calendar.add_component(_event(meeting, board))
    ics: bytes = calendar.to_ical()  # untyped in icalendar
    return ics


async def board_feed(session: AsyncSession, actor: Actor, board_id: uuid.UUID) -> bytes:
    """Every meeting of one board, cancelled ones included so calendars drop them."""
    require(actor, Permission.MEETINGS_READ)
    board = await meeting_board(session, actor, board_id)
    meetings = await session.scalars(
        select(Meeting)
        .where(Meeting.board_id == board.id)
        .order_by(col(Meeting.starts_at), col(Meeting.id))
    )
    return render(board.name, [(m, board) for m in meetings])


async def _token_holder(session: AsyncSession, secret: str) -> Person:
    person = await session.scalar(
        select(Person)
        .join(CalendarFeedToken, col(CalendarFeedToken.person_id) == col(Person.id))
        .where(
            CalendarFeedToken.token_hash == _digest(secret),
            col(CalendarFeedToken.revoked_at).is_(None),
            col(Person.active).is_(True),
        )
    )
    if person is None:
        raise NotFound("calendar feed")
    return person


async def personal_feed(session: AsyncSession, secret: str) -> bytes:
    """Meetings of the boards a person is an active member of, and of the governance
    boards those advise, from a month back onward. The secret is the only credential."""
    person = await _token_holder(session, secret)
    actor = Actor(
        kind="person",
        id=person.id,
        organisation_id=person.organisation_id,
        roles=frozenset(OrgRole(r) for r in person.roles),
    )
    require(actor, Permission.MEETINGS_READ)
    rows = await session.execute(
        select(Meeting, Board)
        .join(Board, col(Board.id) == col(Meeting.board_id))
        .where(
            Meeting.organisation_id == person.organisation_id,
            personal_boards(person.id, person.organisation_id),
            col(Meeting.starts_at) >= utcnow() - PERSONAL_FEED_HISTORY,
        )
        .order_by(col(Meeting.starts_at), col(Meeting.id))
    )
    return render("My Chorus meetings", [(m, b) for m, b in rows])


async def _revoke_active(
    session: AsyncSession, actor: Actor, now: datetime, person_id: uuid.UUID | None = None
) -> None:
    active = await session.scalars(
        select(CalendarFeedToken).where(
            CalendarFeedToken.person_id == (person_id or actor.id),
            col(CalendarFeedToken.revoked_at).is_(None),
        )
    )
    for token in active:
        token.revoked_at = now
        audit.record(
            session,
            actor,
            "calendar_feed.revoked",
            "calendar_feed_token",
            token.id,
            token.organisation_id,
            {"revoked_at"},
        )


def _require_person(actor: Actor) -> None:
    if not actor.is_person:
        raise PermissionDenied("Only a person has a personal calendar feed.")
    require(actor, Permission.MEETINGS_READ)


async def create_feed_token(session: AsyncSession, actor: Actor) -> tuple[CalendarFeedToken, str]:
    """A new feed secret, returned once. It replaces any earlier one: one feed per person."""
    _require_person(actor)
    now = utcnow()
    await _revoke_active(session, actor, now)
    secret = secrets.token_urlsafe(32)
    token = CalendarFeedToken(
        organisation_id=actor.organisation_id,
        person_id=actor.id,
        token_hash=_digest(secret),
        created_at=now,
    )
    session.add(token)
    await session.flush()
    audit.record(
        session,
        actor,
        "calendar_feed.created",
        "calendar_feed_token",
        token.id,
        token.organisation_id,
    )
    return token, secret


async def revoke_feed_token(session: AsyncSession, actor: Actor) -> None:
    """Stop the person's feed. Revoking when there is none is not an error."""
    _require_person(actor)
    await _revoke_active(session, actor, utcnow())
    await session.flush()


async def on_reactivation_change(
    session: AsyncSession, actor: Actor, person: Person, feed_base_url: str
) -> None:
    """Deactivating a person ends their feed for good; reactivating them issues a new
    secret (if they had a feed), sent to them alone, so the old URL, which may have been
    shared or left in a calendar service, stays 404 whatever happens later."""
    now = utcnow()
    had_feed = await session.scalar(
        select(CalendarFeedToken.id).where(CalendarFeedToken.person_id == person.id).limit(1)
    )
    await _revoke_active(session, actor, now, person.id)
    if not person.active or had_feed is None:
        return
    secret = secrets.token_urlsafe(32)
    token = CalendarFeedToken(
        organisation_id=person.organisation_id,
        person_id=person.id,
        token_hash=_digest(secret),
        created_at=now,
    )
    session.add(token)
    await session.flush()
    audit.record(
        session,
        actor,
        "calendar_feed.created",
        "calendar_feed_token",
        token.id,
        person.organisation_id,
    )
    outbox.enqueue(
        session,
        person,
        "calendar_feed_reissued",
        {"name": person.display_name, "link": f"{feed_base_url.rstrip('/')}/{secret}.ics"},
    )
