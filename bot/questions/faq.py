"""Reading the meeting's FAQ entries for the question answering."""

from __future__ import annotations

from bot.faq import FaqEntry


def faq_of(meeting: object) -> list[FaqEntry]:
    """The meeting's FAQ entries (validated), or an empty list when the model has no ``faq`` field."""
    raw = getattr(meeting, "faq", None) or []
    return [entry if isinstance(entry, FaqEntry) else FaqEntry.model_validate(entry) for entry in raw]
