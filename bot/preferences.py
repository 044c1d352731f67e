"""Per-person preferences kept in the store: time zone, language, and the entity used for the floor.

A stored document that is not an object of strings for the known names is damage
(:class:`~bot.store.DamagedDocument`): never read as "no preferences", never overwritten.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, StrictStr

from bot.document_shape import as_model
from bot.store import Store, Transaction

NAMESPACE = "user"


class Preferences(BaseModel):
    """The shape of a person's stored preferences; names not known here are kept as they are."""

    model_config = ConfigDict(extra="allow")

    tz: StrictStr | None = None
    lang: StrictStr | None = None
    entity: StrictStr | None = None


def user_key(platform: str, user_id: str) -> str:
    """The store key of one person on one platform."""
    return f"{platform}:{user_id}"


def parse_preferences(key: str, raw: Any) -> dict[str, Any]:
    """A stored preferences document as a dict (empty when there is none; damage when misshapen)."""
    if raw is None:
        return {}
    as_model(Preferences, NAMESPACE, key, raw)
    return dict(raw)


def read_preferences(store: Store, key: str) -> dict[str, Any]:
    """Everything remembered about a person (empty when nothing)."""
    return parse_preferences(key, store.read(NAMESPACE, key))


def get_in(tx: Transaction, key: str) -> dict[str, Any]:
    """A person's preferences, inside an open transaction."""
    return parse_preferences(key, tx.get(NAMESPACE, key))


def update_preferences(store: Store, key: str, **changes: Any) -> dict[str, Any]:
    """Set (or, with None, forget) preferences; returns the new set."""
    with store.transaction() as tx:
        prefs = get_in(tx, key)
        for name, value in changes.items():
            if value is None:
                prefs.pop(name, None)
            else:
                prefs[name] = value
        tx.put(NAMESPACE, key, prefs)
        return prefs
