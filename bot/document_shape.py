"""Reading a stored document as its model: a document of any other shape is damage, never taken as empty.

The store decodes JSON (and refuses text that is not JSON, or ``null``); here a decoded
document is checked against the pydantic model it was written from. ``[]`` where an
object belongs, a string where a list belongs, a naive instant where an aware one
belongs: each becomes a :class:`~bot.store.DamagedDocument` naming the document and
the first problem, so a reader stops (and its transaction rolls back) instead of
overwriting what it could not read.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from bot.store import DamagedDocument

M = TypeVar("M", bound=BaseModel)


def json_kind(value: Any) -> str:
    """The JSON name of a decoded value's type (``object``, ``list``, ``string`` …), for messages."""
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "list"
    if isinstance(value, str):
        return "string"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    return "null" if value is None else type(value).__name__


def problem_of(error: ValidationError) -> str:
    """The first problem of a validation error in one short line (``queue.0.since: Input should be …``)."""
    problems = error.errors(include_url=False)
    first = problems[0]
    where = ".".join(str(part) for part in first["loc"]) or "document"
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return f"{where}: {first['msg']}{more}"


def as_model(model: type[M], namespace: str, key: str, raw: Any) -> M:
    """The decoded document ``raw`` as ``model``: :class:`DamagedDocument` unless it is an object of that shape."""
    if not isinstance(raw, dict):
        raise DamagedDocument(namespace, key, f"a JSON {json_kind(raw)} where an object belongs")
    try:
        return model.model_validate(raw)
    except ValidationError as error:
        raise DamagedDocument(namespace, key, problem_of(error)) from None
