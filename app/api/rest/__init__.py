"""The REST API under ``/api/v1``: one router module per area."""

from fastapi import APIRouter

from app.api.rest import (
    api_clients,
    audit,
    auth,
    boards,
    calendar,
    me,
    meetings,
    people,
    person_records,
    seats,
)

api_router = APIRouter()
for module in (auth, me, people, person_records, boards, meetings, seats, api_clients, audit):
    api_router.include_router(module.router)
api_router.include_router(calendar.router)
