"""The REST API under ``/api/v1``: one router module per area."""

from fastapi import APIRouter

from app.api.rest import (
    access,
    api_clients,
    audit,
    auth,
    boards,
    calendar,
    circulations,
    expenses,
    expenses_items,
    expenses_policy,
    expenses_preferences,
    expenses_reports,
    issue_log,
    me,
    meetings,
    meetings_lifecycle,
    papers,
    papers_content,
    papers_report,
    payment_runs,
    people,
    person_records,
    recommendations,
    recommendations_report,
    seats,
    webhooks,
)

api_router = APIRouter()
for module in (
    auth,
    access,
    me,
    people,
    person_records,
    boards,
    meetings,
    meetings_lifecycle,
    seats,
    papers,
    papers_content,
    circulations,
    papers_report,
    recommendations_report,
    recommendations,
    issue_log,
    expenses_policy,
    expenses_reports,
    expenses,
    expenses_items,
    expenses_preferences,
    payment_runs,
    api_clients,
    webhooks,
    audit,
):
    api_router.include_router(module.router)
api_router.include_router(calendar.router)
