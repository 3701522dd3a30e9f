"""Training records, declarations of interest and unavailability of a person."""

import uuid

from fastapi import APIRouter, Response
from pydantic import BaseModel

from app.api.deps import CurrentActor, Pagination, Session
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.views.base import PageOut, View
from app.api.views.people import InterestOut, TrainingRecordOut, UnavailabilityOut
from app.db.models import Interest, TrainingRecord, Unavailability
from app.domain.people import records
from app.domain.people.schemas import InterestCreate, TrainingRecordCreate, UnavailabilityCreate

router = APIRouter(prefix="/people/{person_id}", tags=["people"], route_class=TransactionalRoute)

_READ_ERRORS = error_responses(401, 403, 404, 422)
_WRITE_ERRORS = error_responses(401, 403, 404, 422)


def _register(
    path: str,
    model: type[records.R],
    create: type[BaseModel],
    out: type[View],
    noun: str,
) -> None:
    """The three record kinds share one shape: list, add, delete."""

    async def list_(
        session: Session, actor: CurrentActor, person_id: uuid.UUID, page: Pagination
    ) -> PageOut[View]:
        result = await records.list_records(session, actor, person_id, model, page)
        return PageOut(
            items=[out.model_validate(r) for r in result.items], next_cursor=result.next_cursor
        )

    async def add(
        session: Session,
        actor: CurrentActor,
        person_id: uuid.UUID,
        body: create,  # type: ignore[valid-type]
        response: Response,
    ) -> View:
        record = await records.add_record(session, actor, person_id, model, body)
        # Records are read in their list; this is the address that deletes this one.
        response.headers["Location"] = f"/api/v1/people/{person_id}{path}/{record.id}"
        return out.model_validate(record)

    async def delete(
        session: Session, actor: CurrentActor, person_id: uuid.UUID, record_id: uuid.UUID
    ) -> Response:
        await records.delete_record(session, actor, person_id, model, record_id)
        return Response(status_code=204)

    router.add_api_route(
        path,
        list_,
        methods=["GET"],
        response_model=PageOut[out],  # type: ignore[valid-type]
        responses=_READ_ERRORS,
        summary=f"List a person's {noun}",
        name=f"list_{path[1:]}",
    )
    router.add_api_route(
        path,
        add,
        methods=["POST"],
        status_code=201,
        response_model=out,
        responses=_WRITE_ERRORS,
        summary=f"Add to a person's {noun}",
        name=f"add_{path[1:]}",
    )
    router.add_api_route(
        f"{path}/{{record_id}}",
        delete,
        methods=["DELETE"],
        status_code=204,
        responses=_WRITE_ERRORS,
        summary=f"Remove one of a person's {noun}",
        name=f"delete_{path[1:]}",
    )


_register(
    "/training-records", TrainingRecord, TrainingRecordCreate, TrainingRecordOut, "training records"
)
_register("/interests", Interest, InterestCreate, InterestOut, "declarations of interest")
_register(
    "/unavailability", Unavailability, UnavailabilityCreate, UnavailabilityOut, "unavailability"
)
