"""The report as CSV: one row per recommendation, safe to open in a spreadsheet. Its
progress notes share one cell, a line each, oldest first."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import date, datetime

from app.db.types import iso_text
from app.domain.recommendations.report import Report, ReportItem, Step

COLUMNS = [
    "recommendationId",
    "title",
    "body",
    "themes",
    "priority",
    "status",
    "addressedToBoardId",
    "addressedTo",
    "firstSubmittedAt",
    "submittedAt",
    "responseDueOn",
    "overdue",
    "decision",
    "reasons",
    "owner",
    "targetDate",
    "revisitOn",
    "respondedAt",
    "daysToResponse",
    "answeredOnTime",
    "progressNotes",
    "daysToImplemented",
]

# A cell starting with one of these is a formula to Excel, LibreOffice and Sheets; tab and
# carriage return are included because some of them strip those before looking.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """Text as it should show, never as something a spreadsheet would run."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = iso_text(value) if isinstance(value, date | datetime) else str(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def note_line(step: Step) -> str:
    update = step.update
    label = "reopened" if update.reopened else update.status.replace("_", " ")
    after = (
        f", {step.days_since_response} days after the response"
        if step.days_since_response is not None
        else ""
    )
    return f"{iso_text(update.noted_on)} {label}{after}: {update.note}"


def _row(item: ReportItem) -> list[object]:
    rec, response, cycle = item.recommendation, item.response, item.cycle
    return [
        rec.id,
        rec.title,
        rec.body,
        "; ".join(t.name for t in item.themes),
        rec.priority,
        rec.status,
        rec.addressed_to_board_id,
        rec.addressed_to,
        rec.first_submitted_at,
        rec.submitted_at,
        rec.response_due_on,
        item.overdue,
        response.decision if response else None,
        response.reasons if response else None,
        response.owner if response else None,
        response.target_date if response else None,
        response.revisit_on if response else None,
        response.responded_at if response else None,
        cycle.days_to_response if cycle else None,
        cycle.on_time if cycle else None,
        "\n".join(note_line(step) for step in item.steps),
        item.days_to_implemented,
    ]


def report_csv(report: Report) -> str:
    return rows_csv(_row(item) for item in report.items)


def rows_csv(rows: Iterable[list[object]]) -> str:
    buffer = io.StringIO()
    # QUOTE_MINIMAL quotes any cell holding a comma, quote or line break, and doubles quotes.
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
    return buffer.getvalue()
