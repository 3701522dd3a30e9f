"""When a message may go, given a person's quiet hours and digest: pure, so the rule is
the same when a message is queued and when a worker is about to send it."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from app.db.models import NotificationPreference

LONDON = ZoneInfo("Europe/London")
# Sign-in links and secrets are asked for and expected now, by email, whatever the
# preferences: an email change must reach the new address to prove it, and a calendar
# feed URL is a credential that should not be printed or texted.
ACCOUNT_TEMPLATES = frozenset(
    {"invitation", "password_reset", "email_change", "calendar_feed_reissued"}
)


def _next_at(local: datetime, at: time) -> datetime:
    """The first wall-clock ``at`` after ``local`` (today's or tomorrow's), in UTC."""
    candidate = datetime.combine(local.date(), at, tzinfo=LONDON)
    if candidate <= local:
        candidate = datetime.combine(local.date() + timedelta(days=1), at, tzinfo=LONDON)
    return candidate.astimezone(UTC)


def in_quiet_hours(start: time, end: time, at: time) -> bool:
    if start <= end:
        return start <= at < end
    return at >= start or at < end  # overnight, 22:00-07:00


def release_at(
    preference: NotificationPreference | None, template: str, now: datetime
) -> datetime | None:
    """When a message now due should go instead, or None if it may go now."""
    if preference is None or template in ACCOUNT_TEMPLATES:
        return None
    local = now.astimezone(LONDON)
    if preference.digest:
        slot = datetime.combine(local.date(), time(preference.digest_hour), tzinfo=LONDON)
        # Within the digest hour, the day's digest is going out: join it.
        if not slot <= local < slot + timedelta(hours=1):
            return _next_at(local, time(preference.digest_hour))
        return None
    start, end = preference.quiet_from, preference.quiet_until
    if start is not None and end is not None and in_quiet_hours(start, end, local.time()):
        return _next_at(local, end)
    return None
