"""GraphQL types derived from the declarations the REST API already serves.

Views (``app/api/views``) give the object types and the domain's ``Input`` models give
the input types, so a field is declared once. We generate plain strawberry classes here
rather than use ``strawberry.experimental.pydantic``: that integration gives every type an
``is_type_of`` check and converts each object through ``from_pydantic``, which costs a
call per object and defeats the plain-subtree executor on the hot lists. Here an object
is a strawberry dataclass filled straight from a row's attributes (``node``).

A decorated class body adds what the view does not have: resolvers for nested lists and
computed fields, and plain attributes for related objects. A name the body defines wins
over the view's field of that name: a resolver replaces it, an annotation retypes it (in
the view's position, with the view's description unless the body gives one).
"""

from __future__ import annotations

import inspect
import operator
import types
import uuid
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from enum import Enum
from functools import reduce
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeVar, Union, get_args, get_origin

import strawberry
from pydantic import AnyUrl, AwareDatetime, BaseModel, SecretStr
from strawberry import UNSET

# The domain's enums must carry their GraphQL definitions before any view refers to them;
# strawberry would otherwise make a second definition of its own for the same class.
from app.api.graphql import enums as _enums  # noqa: F401
from app.api.views.base import GraphQLName
from app.domain.schemas import Patch

T = TypeVar("T")

NULL_REFUSED = "Null is refused (VALIDATION): leave the field out to keep its value."

# Each view's GraphQL type, and each domain input's, so a model nested in another maps to
# the generated type.
_TYPES: dict[type[BaseModel], Any] = {}
_INPUTS: dict[type[BaseModel], Any] = {}
# Per generated class: (attribute name, converter or None) for every view field.
_FILL: dict[type, tuple[tuple[str, Callable[[Any], Any] | None], ...]] = {}


class Node:
    """What type checkers know of every derived object: its ``id``. A body that reads
    other fields of ``self`` declares them under ``if TYPE_CHECKING:``, which adds nothing
    at run time, so the GraphQL type still comes from the view alone."""

    if TYPE_CHECKING:
        id: uuid.UUID


def _strip(annotation: Any, derived: dict[type[BaseModel], Any] = _TYPES) -> Any:
    """The GraphQL-facing form of a pydantic annotation."""
    origin = get_origin(annotation)
    if origin is Annotated:
        return _strip(get_args(annotation)[0], derived)
    if origin in (Union, types.UnionType):
        return reduce(operator.or_, [_strip(arg, derived) for arg in get_args(annotation)])
    if origin is list:
        return list[_strip(get_args(annotation)[0], derived)]  # type: ignore[misc]
    if origin is Literal:
        return str
    if annotation is SecretStr or getattr(annotation, "__name__", "") == "EmailStr":
        return str
    if isinstance(annotation, type) and issubclass(annotation, AnyUrl):
        return str
    if annotation is AwareDatetime:
        return datetime
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        if annotation not in derived:
            raise TypeError(f"{annotation.__name__} needs its GraphQL type derived first")
        return derived[annotation]
    return annotation


def _converter(annotation: Any) -> Callable[[Any], Any] | None:
    """What turns a stored value into what the GraphQL type expects, or None for as-is."""
    origin = get_origin(annotation)
    if origin is Annotated:
        return _converter(get_args(annotation)[0])
    if origin in (Union, types.UnionType):
        inner = [a for a in get_args(annotation) if a is not type(None)]
        convert = _converter(inner[0]) if len(inner) == 1 else None
        return None if convert is None else (lambda v: None if v is None else convert(v))
    if origin is list:
        item = _converter(get_args(annotation)[0])
        return list if item is None else (lambda v: [item(x) for x in v])
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return annotation
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        target = _TYPES[annotation]
        return lambda v: node(target, v)
    return None


def _derive(
    view: type[BaseModel], cls: type[T], exclude: Iterable[str]
) -> tuple[dict[str, Any], tuple[tuple[str, Callable[[Any], Any] | None], ...]]:
    skip = set(exclude)
    own = inspect.get_annotations(cls)
    annotations: dict[str, Any] = {}
    fill: list[tuple[str, Callable[[Any], Any] | None]] = []
    for name, info in view.model_fields.items():
        if name in skip:
            continue
        if name in own:
            # The body gives this field another GraphQL type (an enum for a string, a
            # GraphQL object for a summary); the caller supplies the value ready-made.
            annotations[name] = own[name]
            fill.append((name, None))
            if name not in cls.__dict__ and info.description:
                setattr(cls, name, strawberry.field(description=info.description))
            continue
        if name in cls.__dict__:
            continue  # a resolver of the body's own
        annotations[name] = _strip(info.annotation)
        renamed = next((m.name for m in info.metadata if isinstance(m, GraphQLName)), None)
        if info.description or renamed:
            setattr(cls, name, strawberry.field(name=renamed, description=info.description))
        fill.append((name, _converter(info.annotation)))
    # Generated fields first, in the view's order, then the body's own.
    cls.__annotations__ = {**annotations, **own}
    return annotations, tuple(fill)


def object_type(
    view: type[BaseModel],
    *,
    name: str,
    description: str | None = None,
    exclude: Iterable[str] = (),
) -> Callable[[type[T]], type[T]]:
    """``@object_type(BoardOut, name="Board")`` on a class holding the extra resolvers."""

    def decorate(cls: type[T]) -> type[T]:
        _, fill = _derive(view, cls, exclude)
        made = strawberry.type(cls, name=name, description=description or _doc(view))
        _TYPES.setdefault(view, made)
        _FILL[made] = fill
        return made

    return decorate


def interface(
    view: type[BaseModel], *, name: str, description: str | None = None
) -> Callable[[type[T]], type[T]]:
    """The fields shared by several object types; implementations subclass it."""

    def decorate(cls: type[T]) -> type[T]:
        _derive(view, cls, ())
        return strawberry.interface(cls, name=name, description=description or _doc(view))

    return decorate


def node(cls: type[T], row: Any, **related: Any) -> T:
    """An object of a derived type from a row (an ORM object or a mapping), plus any
    related objects the body declares. No ``__init__``: these are plain values."""
    get: Callable[[str], Any] = (
        row.__getitem__ if isinstance(row, Mapping) else (lambda name: getattr(row, name))
    )
    obj = object.__new__(cls)
    values = obj.__dict__
    for name, convert in _FILL[cls]:
        if name in related:
            continue
        value = get(name)
        values[name] = value if convert is None else convert(value)
    values.update(related)
    return obj


def nodes(cls: type[T], rows: Iterable[Any]) -> list[T]:
    return [node(cls, row) for row in rows]


def input_type(
    model: type[BaseModel],
    *,
    name: str,
    description: str | None = None,
    exclude: Iterable[str] = (),
) -> Callable[[type[T]], type[T]]:
    """``@input_type(BoardCreate, name="CreateBoardInput")`` on an empty class: one GraphQL
    field per domain field, required where the domain requires it. Every optional field
    defaults to UNSET, which ``to_domain`` leaves out, so a partial update tells a field
    left out from an explicit null."""

    def decorate(cls: type[T]) -> type[T]:
        skip = set(exclude)
        annotations: dict[str, Any] = {}
        for field_name, info in model.model_fields.items():
            if field_name in skip:
                continue
            annotation = _strip(info.annotation, _INPUTS)
            if info.is_required():
                annotations[field_name] = annotation
                if info.description:
                    setattr(cls, field_name, strawberry.field(description=info.description))
                continue
            # GraphQL has no "optional but not null": a non-null input field without a
            # default must be sent. So a field the domain refuses null for stays nullable
            # here, and its description says what the type cannot.
            annotations[field_name] = annotation | None
            text = info.description
            if issubclass(model, Patch) and field_name in model.NOT_NULL:
                text = f"{text} {NULL_REFUSED}" if text else NULL_REFUSED
            setattr(
                cls,
                field_name,
                strawberry.field(default=UNSET, description=text) if text else UNSET,
            )
        cls.__annotations__ = annotations
        text = description
        if text is None and issubclass(model, Patch):
            text = "Only the fields sent are changed."
        made = strawberry.input(cls, name=name, description=text)
        _INPUTS.setdefault(model, made)
        return made

    return decorate


def _doc(view: type[BaseModel]) -> str | None:
    # pydantic gives BaseModel's own docstring to models that have none.
    # A subclass without one describes what it extends. Lines are rejoined: a docstring
    # wraps for the source, a description for whoever reads it.
    for cls in view.__mro__:
        doc = cls.__dict__.get("__doc__")
        if cls is BaseModel or not issubclass(cls, BaseModel):
            return None
        if doc:
            return " ".join(doc.split())
    return None
