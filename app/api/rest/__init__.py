"""The REST API under ``/api/v1``: one router module per area."""

from fastapi import APIRouter

from app.api.rest import api_clients, audit, auth, boards, me, people, person_records

api_router = APIRouter()
for module in (auth, me, people, person_records, boards, api_clients, audit):
    api_router.include_router(module.router)
