"""A lot's shortlist from the expert bank: members not already on the lot's panel, less
anyone connected to one of its bidders or unavailable today, each of those with why.

A connection is a current declaration of interest naming a bidder's organisation, or a
declared connection, on any procurement panel, to a bidder of the same name. Names are
compared without case or spacing differences. Only coordinators see the shortlist, since
the reasons name bidders and rest on declarations.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import (
    Bidder,
    Declaration,
    ExpertBankEntry,
    Interest,
    PanelMember,
    Unavailability,
)
from app.domain.actors import Actor, Permission, require
from app.domain.expenses.judging import uk_today
from app.domain.procurement import bank
from app.domain.procurement.access import lot_access
from app.domain.procurement.setup import bidders_of


@dataclass(frozen=True)
class Excluded:
    view: bank.BankView
    reasons: list[str]


@dataclass(frozen=True)
class Shortlist:
    candidates: list[bank.BankView]
    excluded: list[Excluded]


def normal(name: str) -> str:
    return " ".join(name.casefold().split())


async def shortlist(session: AsyncSession, actor: Actor, lot_id: uuid.UUID) -> Shortlist:
    access = await lot_access(session, actor, lot_id)
    access.require_manager()
    require(actor, Permission.EXPERT_BANK_MANAGE)
    bidders = {normal(b.name): b.name for b in await bidders_of(session, lot_id)}
    on_lot = col(ExpertBankEntry.person_id).in_(
        select(PanelMember.person_id).where(PanelMember.lot_id == lot_id)
    )
    entries = await bank.entries_for_lot(session, actor, on_lot)
    views = await bank.views(session, actor, entries)
    reasons: defaultdict[uuid.UUID, list[str]] = defaultdict(list)
    person_ids = [e.person_id for e in entries]
    if person_ids and bidders:
        interests = await session.execute(
            select(Interest.person_id, Interest.organisations).where(
                col(Interest.person_id).in_(person_ids),
                col(Interest.withdrawn_at).is_(None),
                Interest.organisation_id == actor.organisation_id,
            )
        )
        for person_id, named in interests:
            for name in named:
                if normal(name) in bidders:
                    reasons[person_id].append(
                        f"Has declared an interest naming {bidders[normal(name)]}, a bidder "
                        "for this lot."
                    )
        declared = await session.execute(
            select(PanelMember.person_id, Bidder.name)
            .select_from(Declaration)
            .join(PanelMember, col(PanelMember.id) == Declaration.member_id)
            .join(Bidder, col(Bidder.id) == Declaration.bidder_id)
            .where(
                col(PanelMember.person_id).in_(person_ids),
                col(Declaration.connected),
                Declaration.organisation_id == actor.organisation_id,
            )
        )
        for person_id, name in declared:
            if normal(name) in bidders:
                reasons[person_id].append(
                    f"Declared a connection to {bidders[normal(name)]} on a procurement panel."
                )
    today = uk_today()
    if person_ids:
        away = set(
            await session.scalars(
                select(Unavailability.person_id).where(
                    col(Unavailability.person_id).in_(person_ids),
                    col(Unavailability.starts_on) <= today,
                    col(Unavailability.ends_on) >= today,
                )
            )
        )
        for e in entries:
            if e.person_id in away or (
                e.unavailable_until is not None and e.unavailable_until >= today
            ):
                reasons[e.person_id].append("Unavailable today.")
    return Shortlist(
        [v for v in views if v.entry.person_id not in reasons],
        [
            Excluded(v, list(dict.fromkeys(reasons[v.entry.person_id])))
            for v in views
            if v.entry.person_id in reasons
        ],
    )
