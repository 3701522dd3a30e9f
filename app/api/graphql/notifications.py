"""Notification preferences and the log in GraphQL: the same domain functions as
``/people/{id}/notification-preferences`` and ``/people/{id}/notifications``."""

from __future__ import annotations

import uuid

import strawberry

from app.api.graphql import fields
from app.api.graphql.connections import Connection, connection, page_request
from app.api.graphql.context import Info
from app.api.graphql.derive import Node, input_type, node, nodes, object_type
from app.api.graphql.inputs import to_domain
from app.api.views import notifications as views
from app.domain.notifications import log, preferences
from app.domain.notifications.schemas import NotificationPreferencesInput
from app.domain.pagination import DEFAULT_LIMIT


@object_type(views.NotificationPreferencesOut, name="NotificationPreferences")
class NotificationPreferences(Node):
    pass


@object_type(views.NotificationOut, name="Notification")
class Notification(Node):
    pass


@input_type(NotificationPreferencesInput, name="NotificationPreferencesInput")
class NotificationPreferencesGqlInput:
    pass


@strawberry.type
class NotificationQueries:
    @fields.field(description="How a person is told: the person, coordinators and administrators.")
    async def notification_preferences(
        self, info: Info, person_id: uuid.UUID
    ) -> NotificationPreferences:
        async with info.context.reading() as session:
            found = await preferences.get_preferences(session, info.context.actor, person_id)
        return node(NotificationPreferences, found)

    @fields.field(
        description="A person's notification log, oldest first: template, subject and "
        "status, never the body. The person, coordinators and administrators."
    )
    async def notifications(
        self, info: Info, person_id: uuid.UUID, first: int = DEFAULT_LIMIT, after: str | None = None
    ) -> Connection[Notification]:
        request = page_request(first, after)
        async with info.context.reading() as session:
            page = await log.list_notifications(session, info.context.actor, person_id, request)
        return connection(nodes(Notification, page.items), page.next_cursor, after)


@strawberry.type
class NotificationMutations:
    @fields.mutation(
        description="Set how a person is told (the person, coordinators, administrators). "
        "Send `version` once preferences exist; it applies to messages already waiting."
    )
    async def set_notification_preferences(
        self,
        info: Info,
        person_id: uuid.UUID,
        input: NotificationPreferencesGqlInput,
        version: int | None = None,
    ) -> NotificationPreferences:
        data = to_domain(NotificationPreferencesInput, input)
        async with info.context.writing() as session:
            found = await preferences.set_preferences(
                session, info.context.actor, person_id, data, version
            )
        return node(NotificationPreferences, found)
