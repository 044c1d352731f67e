"""Per-person preferences kept in the store: time zone, language, and the entity used for the floor."""

from __future__ import annotations

from typing import Any

from bot.store import Store, Transaction

NAMESPACE = "user"


def user_key(platform: str, user_id: str) -> str:
    """The store key of one person on one platform."""
    return f"{platform}:{user_id}"


def read_preferences(store: Store, key: str) -> dict[str, Any]:
    """Everything remembered about a person (empty when nothing)."""
    return dict(store.read(NAMESPACE, key) or {})


def get_in(tx: Transaction, key: str) -> dict[str, Any]:
    """A person's preferences, inside an open transaction."""
    return dict(tx.get(NAMESPACE, key) or {})


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
