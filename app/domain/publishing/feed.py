"""The public page as an Atom feed (RFC 4287), built by feedgen (lxml escapes the text).

Entries: approved minutes' public text, responses to the board's recommendations and
their progress notes, and public papers as they come out of embargo. Every time is
taken from the record, never the clock, so the same record gives the same bytes (and
the same strong ETag). Entry IDs are ``urn:uuid:`` of the row behind them.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, time

from feedgen.feed import FeedGenerator

from app.domain.publishing.page import PublicPage

# Characters XML 1.0 cannot carry at all, even escaped (lxml refuses them): dropped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


def _text(value: str) -> str:
    return _NOT_XML.sub("", value)


def _entries(page: PublicPage) -> list[tuple[str, str, datetime, str]]:
    """(id, title, updated, content) for every entry, newest first."""
    found: list[tuple[str, str, datetime, str]] = []
    for minutes in page.minutes:
        day = minutes.meeting_starts_at.date().isoformat()
        found.append(
            (
                f"urn:uuid:{minutes.id}",
                f"Minutes: {minutes.meeting_title} ({day})",
                minutes.updated_at,
                minutes.text,
            )
        )
    for rec in page.you_said_we_did:
        if rec.response_id is not None and rec.responded_at is not None:
            decision = (rec.decision or "").replace("_", " ")
            body = f"You said: {rec.text}\n\nWe decided: {decision}."
            if rec.reasons:
                body += f"\n\n{rec.reasons}"
            found.append(
                (f"urn:uuid:{rec.response_id}", f"Response: {rec.title}", rec.responded_at, body)
            )
        for note in rec.progress:
            found.append(
                (
                    f"urn:uuid:{note.id}",
                    f"Progress: {rec.title}",
                    datetime.combine(note.noted_on, time(), UTC),
                    f"We did ({note.status.replace('_', ' ')}): {note.note}",
                )
            )
    for paper in page.papers:
        day = paper.meeting_starts_at.date().isoformat()
        found.append(
            (
                f"urn:uuid:{paper.id}",
                f"Paper: {paper.title}",
                paper.released_at,
                f"A public paper for {paper.meeting_title} ({day}).",
            )
        )
    found.sort(key=lambda e: (e[2], e[0]), reverse=True)
    return found


def atom(page: PublicPage, page_url: str, feed_url: str) -> bytes:
    entries = _entries(page)
    feed = FeedGenerator()
    feed.id(page_url)
    feed.title(_text(page.board_name))
    feed.author({"name": _text(page.board_name)})
    feed.link(href=feed_url, rel="self")
    feed.link(href=page_url, rel="alternate", type="application/json")
    feed.generator("Chorus")
    if page.easy_read_summary:
        feed.subtitle(_text(page.easy_read_summary))
    newest = [e[2] for e in entries[:1]] + [t for t in (page.published_at,) if t is not None]
    feed.updated(max(newest, default=_EPOCH))
    for entry_id, title, updated, content in entries:
        entry = feed.add_entry(order="append")
        entry.id(entry_id)
        entry.title(_text(title))
        entry.updated(updated)
        entry.content(_text(content), type="text")
    result: bytes = feed.atom_str(pretty=True)
    return result
